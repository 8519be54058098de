/// The lines of the post a thread reader (`MarkdownReader`) is reading: from the post's first non-blank line to
/// the line last read, line breaks included, and the file line they start on. Blank lines and `---` lines
/// between posts are dropped as they are read, and `take()` hands the post's lines out and starts afresh, so
/// the window holds one post however long the thread: it becomes the post's own `SourceFile`, as a JSONL
/// line does.
struct PostWindow {
    private(set) var bytes: [UInt8] = []
    /// The file line (from 1) on which `bytes` begins.
    private(set) var firstLine = 1
    /// Where the line appended last starts in `bytes`.
    private var lastStart = 0
    /// The post so far: the start of its first non-blank line and the end of its last one, in `bytes`.
    private var content: (start: Int, end: Int)?

    /// Appends a line as `LineReader` hands it out (its break included), line `lineNumber` of the file, and
    /// returns it as a `Line` of `bytes`, its break left out.
    mutating func append(_ line: ArraySlice<UInt8>, lineNumber: Int) -> Line {
        if bytes.isEmpty { firstLine = lineNumber }
        lastStart = bytes.count
        bytes.append(contentsOf: line)
        return Line(start: lastStart, end: lastStart + Self.contentLength(line))
    }

    /// The length of a line without its break: a line feed, or a carriage return alone. A CRLF's carriage
    /// return stays, as `Line.split` leaves it.
    static func contentLength(_ line: ArraySlice<UInt8>) -> Int {
        line.last == 0x0A || line.last == 0x0D ? line.count - 1 : line.count
    }

    /// Drops the line appended last: a `---` line, which belongs to no post.
    mutating func removeLast() {
        bytes.removeSubrange(lastStart...)
    }

    /// The line appended last is blank: before the post's first non-blank line it is dropped; after it, kept
    /// until the next non-blank line (more of the post) or `---` (its end) says whether it is the post's.
    mutating func blank() {
        if content == nil { removeLast() }
    }

    /// The line appended last is not blank: part of the post.
    mutating func content(_ line: Line) {
        content = (content?.start ?? line.start, line.end)
    }

    /// The post read so far: its lines up to the end of its last non-blank line, the file line they start on,
    /// and where its text starts in them (after a byte order mark); nil when no post has begun. The window
    /// is empty after.
    mutating func take() -> (bytes: [UInt8], firstLine: Int, start: Int)? {
        defer {
            bytes = []
            content = nil
        }
        guard let content else { return nil }
        bytes.removeSubrange(content.end...)
        return (bytes, firstLine, content.start)
    }
}
