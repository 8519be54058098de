/// Reads `.jsonl` and `.ndjson` queues: one post object a line (blank lines are skipped), the text field chosen
/// as for CSV. Streams line by line: each line is its own `SourceFile` window, so memory stays flat however
/// long the queue.
///
/// Each line stands alone, so a line that is not a post (broken JSON, no text field) is reported with its
/// line and the lines after it are still read: one bad line in a 10,000-line export costs that line, and the
/// run still ends with exit status 2. A bad line takes no post index.
public struct JSONLReader: PostReader {
    public static let extensions = ["jsonl", "ndjson"]

    public init() {}

    /// Reads every line; the first bad line is thrown once the rest of the file has been read.
    public func read(_ input: Input, options: ReadOptions, emit: (Post) -> Void) throws(InputError) {
        var first: InputError?
        try read(input, options: options, emit: emit) { error in first = first ?? error }
        if let first { throw first }
    }

    public func read(
        _ input: Input, options: ReadOptions, emit: (Post) -> Void, problem: (InputError) -> Void
    ) throws(InputError) {
        let lines = try LineReader(input)
        var index = 0
        while let line = try lines.next() {
            guard line.contains(where: { !QueueFields.isBlank($0) }) else { continue }
            let file = SourceFile(
                path: input.path, bytes: Array(Self.withoutLineBreak(line)), firstLine: lines.lineNumber)
            do {
                if let post = try Self.post(file, isFirstLine: lines.lineNumber == 1, index: index, options: options) {
                    emit(post)
                    index += 1
                }
            } catch {
                problem(error)
            }
        }
    }

    /// The post one line holds (nil when its text is blank or null).
    private static func post(
        _ file: SourceFile, isFirstLine: Bool, index: Int, options: ReadOptions
    ) throws(InputError) -> Post? {
        var parser = JSONParser(file, skippingByteOrderMark: isFirstLine)
        guard parser.peek() == UInt8(ascii: "{") else {
            throw parser.error("expected a post (an object) on each line, found \(parser.found)")
        }
        let object = try parser.object(depth: 0)
        try parser.end()
        return try JSONReader.post(from: object, file: file, index: index, options: options)
    }

    /// The line without its `\n` or `\r\n`, so that a string left open ends with the line.
    private static func withoutLineBreak(_ line: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        var line = line
        if line.last == 0x0A { line.removeLast() }
        if line.last == 0x0D { line.removeLast() }
        return line
    }
}
