import CandorBytes

/// Reads `.csv` and `.tsv` content calendars: a header row naming the columns, then one post a row. The text
/// column is chosen as `QueueFields` says (`--text-field`, or the first of `text`, `content`, ...), a
/// `candor-disable` column switches rules off, and the other columns become metadata (empty cells left out).
/// Quoting follows RFC 4180 (`CSVRecord`), in TSV files too; CRLF line breaks and a byte order mark are read;
/// blank lines are skipped.
///
/// Streams record by record: each record is a `SourceFile` window of its own, so memory stays flat however
/// long the calendar. A record runs on past a line break while it holds an odd number of quotes, which is
/// exactly while a quoted cell is open, since `CSVRecord` allows quotes nowhere else.
public struct CSVReader: PostReader {
    public static let extensions = ["csv", "tsv"]

    public init() {}

    public func read(_ input: Input, options: ReadOptions, emit: (Post) -> Void) throws(InputError) {
        let delimiter = input.fileExtension.lowercased() == "tsv" ? UInt8(ascii: "\t") : UInt8(ascii: ",")
        let lines = try LineReader(input)
        var header: Header?
        var index = 0
        var record: [UInt8] = []
        var recordLine = 0
        var quotes = 0

        func readRecord() throws(InputError) {
            let file = SourceFile(path: input.path, bytes: record, firstLine: recordLine)
            record = []
            let cells = try CSVRecord(file, delimiter: delimiter)
            guard let header else {
                header = try Header(cells, file: file, options: options, format: CSVRecord.format(delimiter))
                return
            }
            if let post = try header.post(cells, file: file, index: index) {
                emit(post)
                index += 1
            }
        }

        while let line = try lines.next() {
            if record.isEmpty {
                guard line.contains(where: { !QueueFields.isBlank($0) }) else { continue }
                recordLine = lines.lineNumber
            }
            record.append(contentsOf: line)
            quotes += line.count(where: { $0 == UInt8(ascii: "\"") })
            if quotes % 2 == 0 { try readRecord() }
        }
        // The file ended inside a quoted cell: reading the rest reports where that cell opened.
        if !record.isEmpty { try readRecord() }
    }

    /// The column names, and which columns hold the text and the `candor-disable` switch.
    private struct Header {
        let names: [String]
        let textColumn: Int
        let suppressionColumn: Int?
        /// CSV or TSV, for messages.
        let format: String

        init(_ record: CSVRecord, file: SourceFile, options: ReadOptions, format: String) throws(InputError) {
            self.format = format
            names = record.cells.map { String($0.string(in: file.bytes).trimmingSpaces()) }
            guard let textColumn = QueueFields.textField(in: names, options: options) else {
                let message = "invalid \(format): the header row has " + QueueFields.missingText("column", options)
                throw InputError(file, at: 0, message)
            }
            self.textColumn = textColumn
            suppressionColumn = names.firstIndex(where: QueueFields.isSuppressionField)
        }

        func post(_ record: CSVRecord, file: SourceFile, index: Int) throws(InputError) -> Post? {
            let cells = record.cells
            guard textColumn < cells.count else {
                let message = "invalid \(format): the row ends before cell \(textColumn + 1), its text ('\(names[textColumn])')"
                throw InputError(file, at: 0, message)
            }
            // Empty cells past the header's last column are what spreadsheets export; others would be lost.
            if let extra = cells.dropFirst(names.count).first(where: { !$0.isEmpty }) {
                let message = "invalid \(format): the row has more cells than the header's \(names.count)"
                throw InputError(file, at: extra.content.lowerBound, message)
            }
            var metadata: [String: String] = [:]
            for (column, name) in names.enumerated()
            where column < cells.count && column != textColumn && column != suppressionColumn
                && !name.isEmpty && !cells[column].isEmpty {
                metadata[name] = cells[column].string(in: file.bytes)
            }
            // Every row has every column, so an empty `candor-disable` cell switches nothing off.
            let disabled = suppressionColumn.flatMap { column in
                column < cells.count && !cells[column].isEmpty ? cells[column].string(in: file.bytes) : nil
            }
            return QueueFields.post(
                file: file, index: index, text: cells[textColumn].mappedText(in: file.bytes), metadata: metadata,
                disabled: disabled)
        }
    }
}
