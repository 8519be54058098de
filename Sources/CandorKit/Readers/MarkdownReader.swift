/// Reads `.txt`, `.md` and `.markdown` drafts: optional YAML front matter as metadata (its `candor-disable`
/// key switches rules off for the whole draft), then one post, or a thread of posts separated by lines holding
/// only `---`.
///
/// For Markdown, what is not prose (code, HTML comments, link destinations, autolinks, markup characters) is
/// blanked in `Post.prose` byte for byte, and the blocks Vale's scopes name are recorded. Hand-written rather
/// than a Markdown library: a post needs only this much of CommonMark, and it must keep exact byte offsets,
/// which the available parsers do not expose.
///
/// Streams line by line, as the JSONL and CSV readers do: each post is a `SourceFile` window of its own lines
/// (`PostWindow`), so a thread of a million posts is never held whole and memory stays flat.
public struct MarkdownReader: PostReader {
    public static let extensions = ["md", "markdown", "txt", "text"]

    public init() {}

    /// Hands out the posts of the input one by one, each as soon as the `---` line (or the end) closing it is
    /// reached. What is held is the current post's lines and the fence state; nothing grows with the thread.
    public func read(_ input: Input, options: ReadOptions, emit: (Post) -> Void) throws(InputError) {
        let markdown = input.fileExtension != "txt" && input.fileExtension != "text"
        let lines = try LineReader(input)
        var window = PostWindow()
        guard let head = try lines.next() else { return }
        var first = window.append(head, lineNumber: lines.lineNumber)
        if window.bytes.starts(with: [0xEF, 0xBB, 0xBF]) { first.start += 3 }
        var body: Line? = first
        var metadata: [String: String] = [:]
        // Set once a byte before the current post was not valid UTF-8 (in front matter, or an earlier post):
        // every later post's file says so, as every post of a file read whole did.
        var repaired = false
        if first.trimmed(window.bytes) == "---" {
            window.removeLast()
            var front: [UInt8] = []
            var closed = false
            while let raw = try lines.next() {
                let lineStart = front.count
                front.append(contentsOf: raw)
                if ["---", "..."].contains(Line(start: lineStart, end: lineStart + PostWindow.contentLength(raw)).trimmed(front)) {
                    front.removeSubrange(lineStart...)
                    closed = true
                    break
                }
            }
            guard closed else {
                throw InputError(path: input.path, line: 1, column: 1, message: "front matter opened with '---' is never closed")
            }
            repaired = !UTF8Repair.isValid(front)
            metadata = try FrontMatter.parse(front[...], path: input.path, firstLine: 2)
            body = try lines.next().map { window.append($0, lineNumber: lines.lineNumber) }
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
        func finish() {
            guard let (bytes, firstLine, start) = window.take() else { return }
            let file = SourceFile(path: input.path, bytes: bytes, firstLine: firstLine, repairedUTF8: repaired)
            repaired = file.repairedUTF8
            // The window ends with the post's last non-blank line; repairing invalid UTF-8 changed no ASCII
            // byte, so its trailing spaces are where they were.
            var end = file.bytes.count
            while end > start, [0x20, 0x09, 0x0D].contains(file.bytes[end - 1]) { end -= 1 }
            let text = Array(file.bytes[start..<end])
            let structure = markdown
                ? MarkdownStructure(text).parts : MarkdownStructure.suppressionsOnly(text)
            emit(Post(file: file, index: index, text: text, prose: structure.prose,
                      offsets: OffsetMap(contiguousFrom: start), metadata: metadata, blocks: structure.blocks,
                      suppressions: structure.suppressions + QueueFields.suppressions(disabled, length: text.count)))
            index += 1
        }
        var fence: Fence?
        var next = body
        while let line = next {
            if markdown, let open = fence {
                if open.closes(line, in: window.bytes) { fence = nil }
            } else if markdown, let opened = Fence.opening(line, in: window.bytes) {
                fence = opened
            } else if line.trimmed(window.bytes) == "---" {
                window.removeLast()
                finish()
                next = try lines.next().map { window.append($0, lineNumber: lines.lineNumber) }
                continue
            }
            if line.isBlank(window.bytes) { window.blank() } else { window.content(line) }
            next = try lines.next().map { window.append($0, lineNumber: lines.lineNumber) }
        }
        finish()
    }
}
