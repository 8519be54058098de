import CandorBytes
import Yams

/// Reads `.txt`, `.md` and `.markdown` drafts: optional YAML front matter as metadata (its `candor-disable`
/// key switches rules off for the whole draft), then one post, or a thread of posts separated by lines holding
/// only `---`.
///
/// For Markdown, what is not prose (code, HTML comments, link destinations, autolinks, markup characters) is
/// blanked in `Post.prose` byte for byte, and the blocks Vale's scopes name are recorded. Hand-written rather
/// than a Markdown library: a post needs only this much of CommonMark, and it must keep exact byte offsets,
/// which the available parsers do not expose.
public struct MarkdownReader: PostReader {
    public static let extensions = ["md", "markdown", "txt", "text"]

    public init() {}

    public func read(_ input: Input, options: ReadOptions, emit: (Post) -> Void) throws(InputError) {
        let file = SourceFile(path: input.path, bytes: try input.readAll())
        try posts(in: file, markdown: input.fileExtension != "txt" && input.fileExtension != "text", emit: emit)
    }

    /// Hands out the posts of `file` one by one, each as soon as the `---` line (or the end) closing it is
    /// reached. The file's bytes and line starts are held once, in `file`; nothing else grows with the
    /// thread (no array of its lines or of its posts), so a thread of a million posts keeps memory flat, as
    /// JSONL and CSV queues do.
    func posts(in file: SourceFile, markdown: Bool, emit: (Post) -> Void) throws(InputError) {
        let bytes = file.bytes
        var lines = Line.Cursor(bytes)
        var metadata: [String: String] = [:]
        guard var first = lines.next() else { return }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { first.start += 3 }
        var body: Line? = first
        if first.trimmed(bytes) == "---" {
            var frontStart: Int?
            var close: Line?
            while let line = lines.next() {
                if frontStart == nil { frontStart = line.start }
                if ["---", "..."].contains(line.trimmed(bytes)) { close = line; break }
            }
            guard let close, let frontStart else {
                throw InputError(path: file.path, line: 1, column: 1, message: "front matter opened with '---' is never closed")
            }
            metadata = try FrontMatter.parse(bytes[frontStart..<close.start], path: file.path, firstLine: file.firstLine + 1)
            body = lines.next()
        }
        // A `candor-disable` key switches rules off for every post of the draft, as the field of a queue does
        // for its post; it is no metadata.
        var disabled: String?
        if let key = metadata.keys.first(where: QueueFields.isSuppressionField) {
            disabled = metadata.removeValue(forKey: key)
        }

        // Split the body into the posts of a thread at `---` lines outside fenced code, each post running
        // from its first non-blank line to its last non-space byte.
        var index = 0
        var content: (start: Int, end: Int)?  // the current post's first non-blank line start, last one's end
        func finish() {
            defer { content = nil }
            guard let (start, lastEnd) = content else { return }
            var end = lastEnd
            while end > start, [0x20, 0x09, 0x0D].contains(bytes[end - 1]) { end -= 1 }
            let text = Array(bytes[start..<end])
            let offsets = OffsetMap(contiguousFrom: start)
            let structure = markdown
                ? MarkdownStructure(text).parts : MarkdownStructure.suppressionsOnly(text)
            emit(Post(file: file, index: index, text: text, prose: structure.prose, offsets: offsets,
                      metadata: metadata, blocks: structure.blocks,
                      suppressions: structure.suppressions + QueueFields.suppressions(disabled, length: text.count)))
            index += 1
        }
        var fence: Fence?
        var next = body
        while let line = next {
            next = lines.next()
            if markdown, let open = fence {
                if open.closes(line, in: bytes) { fence = nil }
            } else if markdown, let opened = Fence.opening(line, in: bytes) {
                fence = opened
            } else if line.trimmed(bytes) == "---" {
                finish()
                continue
            }
            if !line.isBlank(bytes) { content = (content?.start ?? line.start, line.end) }
        }
        finish()
    }
}

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

    /// The lines of a buffer one at a time, as `split` gives them, without an array of them all.
    struct Cursor {
        private let bytes: [UInt8]
        private var start = 0
        private var done = false

        init(_ bytes: [UInt8]) { self.bytes = bytes }

        mutating func next() -> Line? {
            guard !done else { return nil }
            var index = start
            while index < bytes.count, !Line.isBreak(bytes, at: index) { index += 1 }
            if index < bytes.count {
                defer { start = index + 1 }
                return Line(start: start, end: index)
            }
            done = true
            // The text after the last break, if any; an empty buffer is one empty line.
            return start < bytes.count || start == 0 ? Line(start: start, end: bytes.count) : nil
        }
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

/// A fenced code block's opening: three or more backticks or tildes, indented at most three spaces.
struct Fence {
    let marker: UInt8
    let count: Int

    static func opening(_ line: Line, in bytes: [UInt8]) -> Fence? {
        var index = line.start
        var indent = 0
        while index < line.end, bytes[index] == 0x20, indent < 4 { index += 1; indent += 1 }
        guard indent < 4, index < line.end, bytes[index] == UInt8(ascii: "`") || bytes[index] == UInt8(ascii: "~")
        else { return nil }
        let marker = bytes[index]
        var count = 0
        while index < line.end, bytes[index] == marker { index += 1; count += 1 }
        guard count >= 3 else { return nil }
        // A backtick fence's info string may not contain a backtick (CommonMark 4.5).
        if marker == UInt8(ascii: "`"), bytes[index..<line.end].contains(marker) { return nil }
        return Fence(marker: marker, count: count)
    }

    func closes(_ line: Line, in bytes: [UInt8]) -> Bool {
        let text = line.trimmed(bytes)
        return text.utf8.count >= count && text.utf8.allSatisfy { $0 == marker }
    }
}
