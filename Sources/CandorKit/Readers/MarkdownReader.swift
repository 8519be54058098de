import Yams

/// Reads `.txt`, `.md` and `.markdown` drafts: optional YAML front matter as metadata, then one post, or a
/// thread of posts separated by lines holding only `---`.
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
        for post in try posts(in: file, markdown: input.fileExtension != "txt" && input.fileExtension != "text") {
            emit(post)
        }
    }

    func posts(in file: SourceFile, markdown: Bool) throws(InputError) -> [Post] {
        let bytes = file.bytes
        var lines = Line.split(bytes)
        var metadata: [String: String] = [:]
        var bodyStart = 0
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]), !lines.isEmpty {
            lines[0].start += 3
        }
        if let first = lines.first, first.trimmed(bytes) == "---" {
            guard let close = lines.dropFirst().firstIndex(where: { ["---", "..."].contains($0.trimmed(bytes)) }) else {
                throw InputError(path: file.path, line: 1, column: 1, message: "front matter opened with '---' is never closed")
            }
            metadata = try FrontMatter.parse(
                bytes[lines[1].start..<lines[close].start], path: file.path, firstLine: file.firstLine + 1)
            bodyStart = close + 1
        }

        // Split the body into the posts of a thread at `---` lines outside fenced code.
        var parts: [Range<Int>] = []  // line index ranges
        var partStart = bodyStart
        var fence: Fence?
        for index in bodyStart..<lines.count {
            let line = lines[index]
            if markdown, let open = fence {
                if open.closes(line, in: bytes) { fence = nil }
                continue
            }
            if markdown, let opened = Fence.opening(line, in: bytes) { fence = opened; continue }
            if line.trimmed(bytes) == "---" {
                parts.append(partStart..<index)
                partStart = index + 1
            }
        }
        parts.append(partStart..<lines.count)

        var posts: [Post] = []
        for part in parts {
            // The post runs from its first non-blank line to its last non-space byte.
            guard let firstLine = part.first(where: { !lines[$0].isBlank(bytes) }),
                  let lastLine = part.last(where: { !lines[$0].isBlank(bytes) }) else { continue }
            let start = lines[firstLine].start
            var end = lines[lastLine].end
            while end > start, [0x20, 0x09, 0x0D].contains(bytes[end - 1]) { end -= 1 }
            let text = Array(bytes[start..<end])
            var post = Post(file: file, index: posts.count, text: text, offsets: OffsetMap(contiguousFrom: start),
                            metadata: metadata)
            if markdown {
                let structure = MarkdownStructure(text)
                post = Post(file: file, index: posts.count, text: text, prose: structure.prose,
                            offsets: post.offsets, metadata: metadata, blocks: structure.blocks,
                            suppressions: structure.suppressions)
            } else {
                let comments = MarkdownStructure.suppressionsOnly(text)
                post = Post(file: file, index: posts.count, text: text, prose: comments.prose,
                            offsets: post.offsets, metadata: metadata, blocks: comments.blocks,
                            suppressions: comments.suppressions)
            }
            posts.append(post)
        }
        return posts
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
