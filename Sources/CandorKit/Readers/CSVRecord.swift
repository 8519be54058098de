/// The cells of one CSV or TSV record (RFC 4180), parsed from the window that holds it. A quoted cell may hold
/// delimiters, line breaks and doubled quotes (`""`); a quote inside an unquoted cell, or anything but a
/// delimiter after a closing quote, is an error, so that record boundaries stay unambiguous.
struct CSVRecord {
    let cells: [FieldText]

    private static let quote = UInt8(ascii: "\"")

    /// The format's name for messages: a TSV file's errors say TSV.
    static func format(_ delimiter: UInt8) -> String { delimiter == UInt8(ascii: "\t") ? "TSV" : "CSV" }

    /// Parses `file`, a window holding exactly one record and its line break.
    init(_ file: SourceFile, delimiter: UInt8) throws(InputError) {
        let bytes = file.bytes
        var end = bytes.count
        if end > 0, bytes[end - 1] == 0x0A { end -= 1 }
        if end > 0, bytes[end - 1] == 0x0D { end -= 1 }
        var index = file.firstLine == 1 && bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        var cells: [FieldText] = []
        while true {
            if index < end, bytes[index] == Self.quote {
                let open = index
                index += 1
                var unescaped: MappedText?
                var run = index
                while true {
                    guard index < end else {
                        throw InputError(file, at: open, "invalid \(Self.format(delimiter)): quoted cell is never closed")
                    }
                    if bytes[index] != Self.quote {
                        index += 1
                    } else if index + 1 < end, bytes[index + 1] == Self.quote {
                        // A doubled quote stands for one.
                        var text = unescaped ?? MappedText()
                        // Let go of the optional's copy, or every append below would copy the whole text so far.
                        unescaped = nil
                        text.append(verbatim: bytes[run..<index], at: run)
                        text.append(unescaped: [Self.quote], at: index)
                        unescaped = text
                        index += 2
                        run = index
                    } else {
                        break
                    }
                }
                unescaped?.append(verbatim: bytes[run..<index], at: run)
                unescaped?.end(at: index)
                cells.append(FieldText(content: open + 1..<index, unescaped: unescaped))
                index += 1
                guard index == end || bytes[index] == delimiter else {
                    let message = "invalid \(Self.format(delimiter)): expected a delimiter or a line break after the closing quote"
                    throw InputError(file, at: index, message)
                }
            } else {
                let start = index
                while index < end, bytes[index] != delimiter {
                    guard bytes[index] != Self.quote else {
                        let message = "invalid \(Self.format(delimiter)): quote inside an unquoted cell (quote the whole cell and double this quote)"
                        throw InputError(file, at: index, message)
                    }
                    index += 1
                }
                cells.append(FieldText(content: start..<index, unescaped: nil))
            }
            guard index < end else { break }
            index += 1
        }
        self.cells = cells
    }
}
