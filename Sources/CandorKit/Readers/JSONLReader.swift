/// Reads `.jsonl` and `.ndjson` queues: one post object a line (blank lines are skipped), the text field chosen
/// as for CSV. Streams line by line: each line is its own `SourceFile` window, so memory stays flat however
/// long the queue.
public struct JSONLReader: PostReader {
    public static let extensions = ["jsonl", "ndjson"]

    public init() {}

    public func read(_ input: Input, options: ReadOptions, emit: (Post) -> Void) throws(InputError) {
        let lines = try LineReader(input)
        var index = 0
        while let line = try lines.next() {
            guard line.contains(where: { !QueueFields.isBlank($0) }) else { continue }
            let file = SourceFile(
                path: input.path, bytes: Array(Self.withoutLineBreak(line)), firstLine: lines.lineNumber)
            var parser = JSONParser(file, skippingByteOrderMark: lines.lineNumber == 1)
            guard parser.peek() == UInt8(ascii: "{") else {
                throw parser.error("expected a post (an object) on each line, found \(parser.found)")
            }
            let object = try parser.object(depth: 0)
            try parser.end()
            if let post = try JSONReader.post(from: object, file: file, index: index, options: options) {
                emit(post)
                index += 1
            }
        }
    }

    /// The line without its `\n` or `\r\n`, so that a string left open ends with the line.
    private static func withoutLineBreak(_ line: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        var line = line
        if line.last == 0x0A { line.removeLast() }
        if line.last == 0x0D { line.removeLast() }
        return line
    }
}
