/// An open document as the editor holds it: its bytes (UTF-8, as JSON carried them) and where each line
/// starts, so LSP positions turn into byte offsets and back. Byte offsets inside; positions only at the edge.
/// Lines end at `\n`, `\r\n` or a lone `\r`, as in LSP and as `SourceFile` counts them.
public struct TextDocument: Sendable {
    public let uri: String
    /// The file the document is (for its configuration and its reader), or a name with the extension of its
    /// language when it has no file.
    public let path: String
    public private(set) var version: Int
    public private(set) var bytes: [UInt8]
    /// Byte offset at which each line starts; `lineStarts[0] == 0`.
    private var lineStarts: [Int]

    public init(uri: String, path: String, version: Int, text: String) {
        self.uri = uri
        self.path = path
        self.version = version
        bytes = Array(text.utf8)
        lineStarts = TextDocument.lineStarts(of: bytes)
    }

    public var text: String { String(decoding: bytes, as: UTF8.self) }
    public var lineCount: Int { lineStarts.count }

    /// Replaces the bytes of `range` (the whole document when nil) with `text`, as `didChange` asks.
    public mutating func replace(_ range: Range<Int>?, with text: String, version: Int) {
        let range = range ?? 0..<bytes.count
        bytes.replaceSubrange(range.clamped(to: 0..<bytes.count), with: Array(text.utf8))
        lineStarts = TextDocument.lineStarts(of: bytes)
        self.version = version
    }

    /// The byte offset of an LSP position. A line past the end means the end of the document; a character
    /// past the end of its line, the end of the line (LSP: "defaults back to the line length"); a character
    /// inside a character (half of a surrogate pair), the start of that character.
    public func offset(of position: Position, encoding: PositionEncoding) -> Int {
        guard position.line < lineStarts.count else { return bytes.count }
        let end = contentEnd(ofLine: position.line)
        var offset = lineStarts[position.line], units = 0
        while offset < end {
            let step = encoding.units(lead: bytes[offset])
            guard units + step <= position.character else { break }
            units += step
            offset += PositionEncoding.scalarLength(lead: bytes[offset])
        }
        return min(offset, end)
    }

    /// The LSP position of a byte offset (one inside a character counts as that character's start).
    public func position(of offset: Int, encoding: PositionEncoding) -> Position {
        let offset = max(0, min(offset, bytes.count))
        let line = self.line(containing: offset)
        var index = lineStarts[line], units = 0
        while index < offset {
            let length = PositionEncoding.scalarLength(lead: bytes[index])
            guard index + length <= offset else { break }
            units += encoding.units(lead: bytes[index])
            index += length
        }
        return Position(line: line, character: units)
    }

    /// The byte offset of a candor location (line and Unicode-scalar column, both from 1), as findings carry.
    public func offset(of location: SourceLocation) -> Int {
        let line = location.line - 1
        guard line >= 0 else { return 0 }
        guard line < lineStarts.count else { return bytes.count }
        let end = contentEnd(ofLine: line)
        var offset = lineStarts[line], column = 1
        while offset < end, column < location.column {
            offset += PositionEncoding.scalarLength(lead: bytes[offset])
            column += 1
        }
        return min(offset, end)
    }

    /// The byte offset at which line `line` (from 0) starts; the end of the document past the last line.
    public func lineStart(_ line: Int) -> Int {
        line < lineStarts.count ? lineStarts[max(0, line)] : bytes.count
    }

    /// The line (from 0) that holds byte `offset`.
    public func line(containing offset: Int) -> Int {
        var low = 0, high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        return low
    }

    /// The line break the document uses: that of its first line, else `\n`.
    public var lineBreak: String {
        guard lineStarts.count > 1 else { return "\n" }
        let end = lineStarts[1]
        if end >= 2, bytes[end - 2] == 0x0D, bytes[end - 1] == 0x0A { return "\r\n" }
        return bytes[end - 1] == 0x0D ? "\r" : "\n"
    }

    /// Where line `line`'s text ends, before its line break.
    public func contentEnd(ofLine line: Int) -> Int {
        var end = line + 1 < lineStarts.count ? lineStarts[line + 1] : bytes.count
        if end > lineStarts[line], bytes[end - 1] == 0x0A { end -= 1 }
        if end > lineStarts[line], bytes[end - 1] == 0x0D { end -= 1 }
        return end
    }

    static func lineStarts(of bytes: [UInt8]) -> [Int] {
        var starts = [0]
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            if byte == 0x0A || (byte == 0x0D && (index == bytes.count || bytes[index] != 0x0A)) { starts.append(index) }
        }
        return starts
    }
}
