/// A line of a buffer: `start..<end` excludes the newline.
struct Line {
    var start: Int
    var end: Int

    /// The lines of `bytes`, split at each line feed and at each carriage return not followed by one (old
    /// Mac files). A CRLF is one break, its carriage return left at the end of the line, as spaces are.
    static func split(_ bytes: [UInt8]) -> [Line] {
        var lines: [Line] = []
        var start = 0
        for index in bytes.indices where isBreak(bytes, at: index) {
            lines.append(Line(start: start, end: index))
            start = index + 1
        }
        if start < bytes.count || lines.isEmpty { lines.append(Line(start: start, end: bytes.count)) }
        return lines
    }

    /// Whether the byte at `index` ends a line: a line feed, or a carriage return alone.
    static func isBreak(_ bytes: [UInt8], at index: Int) -> Bool {
        bytes[index] == 0x0A || (bytes[index] == 0x0D && (index + 1 == bytes.count || bytes[index + 1] != 0x0A))
    }

    func trimmed(_ bytes: [UInt8]) -> Substring {
        let text = String(decoding: bytes[start..<end], as: UTF8.self)
        return Substring(text).trimmingSpaces()
    }

    func isBlank(_ bytes: [UInt8]) -> Bool {
        bytes[start..<end].allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }
    }
}
