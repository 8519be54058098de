/// Applies fixes to one file's bytes. Each replacement goes where its match stands in the file (inside a CSV
/// cell or a JSON string too), written as the file's syntax needs; encoding, byte order mark and line endings
/// are left as they were, since only the matched bytes change. The result is read back and kept only if it
/// gives the same posts, with the same metadata and only the fixed text changed, so a CSV or JSON queue stays
/// valid and nothing else moves.
public struct Fixer: Sendable {
    public let readOptions: ReadOptions

    public init(readOptions: ReadOptions = ReadOptions()) {
        self.readOptions = readOptions
    }

    /// A fix that cannot be made to a whole file.
    public struct Failure: Error, CustomStringConvertible {
        public let path: String
        public let reason: String
        public var description: String { "\(path): not fixed: \(reason)" }
    }

    /// The file with `fixes` applied. A fix whose match is no longer where it was found, is written with
    /// escapes, overlaps an earlier fix or cannot be written in its field is left out, with the reason.
    public func apply(_ fixes: [Fix], to bytes: [UInt8], path: String) throws(Failure) -> FixedFile {
        let input = Input(path: path, origin: .bytes(bytes))
        let fileExtension = input.fileExtension.isEmpty ? "md" : input.fileExtension
        let posts = try read(input, fileExtension: fileExtension)
        guard !posts.contains(where: \.file.repairedUTF8) else {
            throw Failure(path: path, reason: "not valid UTF-8, so it is left as it is")
        }
        var lineStarts = [0]
        for (index, byte) in bytes.enumerated() where byte == 0x0A { lineStarts.append(index + 1) }

        var edits: [(range: Range<Int>, replacement: [UInt8])] = []
        var postEdits: [Int: [(range: Range<Int>, replacement: [UInt8])]] = [:]
        var skipped: [(fix: Fix, reason: String)] = []
        let ordered = fixes.sorted { ($0.post, $0.range.lowerBound, $0.range.upperBound) < ($1.post, $1.range.lowerBound, $1.range.upperBound) }
        for fix in ordered {
            let match = Array(fix.match.utf8)
            guard fix.post < posts.count, fix.range.upperBound <= posts[fix.post].text.count,
                  Array(posts[fix.post].text[fix.range]) == match else {
                skipped.append((fix, "the text changed since it was linted"))
                continue
            }
            let post = posts[fix.post]
            // A streaming reader's post lives in a window that starts at the beginning of its first line.
            let base = lineStarts[post.file.firstLine - 1]
            let start = base + post.offsets.fileOffset(fix.range.lowerBound)
            let end = base + post.offsets.fileOffset(fix.range.upperBound)
            guard start <= end, end <= bytes.count, Array(bytes[start..<end]) == match else {
                skipped.append((fix, "the match is written with escapes or across lines"))
                continue
            }
            let syntax = FieldSyntax(fileExtension: fileExtension, bytes: bytes, textStart: base + post.offsets.fileOffset(0))
            guard let encoded = syntax.encode(fix.replacement) else {
                skipped.append((fix, "'\(fix.replacement)' cannot be written there as it is"))
                continue
            }
            if let last = edits.last, last.range.upperBound > start {
                skipped.append((fix, "it overlaps another fix"))
                continue
            }
            edits.append((start..<end, Array(encoded.utf8)))
            postEdits[fix.post, default: []].append((fix.range, Array(fix.replacement.utf8)))
        }

        let result = FixedFile(path: path, original: bytes, fixed: Self.applying(edits, to: bytes), applied: edits.count, skipped: skipped)
        guard !edits.isEmpty else { return result }
        // Read back: the same posts, with the same metadata, and each text exactly as the fixes make it.
        let fixedPosts = try read(Input(path: path, origin: .bytes(result.fixed)), fileExtension: fileExtension)
        let readsBack = fixedPosts.count == posts.count && zip(posts, fixedPosts).allSatisfy { old, new in
            old.metadata == new.metadata && new.text == Self.applying(postEdits[old.index] ?? [], to: old.text)
        }
        guard readsBack else {
            throw Failure(path: path, reason: "the fixed file would not read back as the same posts, so it is left as it is")
        }
        return result
    }

    private func read(_ input: Input, fileExtension: String) throws(Failure) -> [Post] {
        guard let reader = ReaderRegistry.reader(forExtension: fileExtension) else {
            throw Failure(path: input.path, reason: "no reader for '.\(fileExtension)' files")
        }
        var posts: [Post] = []
        do {
            try reader.read(input, options: readOptions) { posts.append($0) }
        } catch {
            throw Failure(path: input.path, reason: error.description)
        }
        return posts
    }

    /// `bytes` with each range (sorted, not overlapping) replaced.
    static func applying(_ edits: [(range: Range<Int>, replacement: [UInt8])], to bytes: [UInt8]) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var position = 0
        for edit in edits {
            result += bytes[position..<edit.range.lowerBound]
            result += edit.replacement
            position = edit.range.upperBound
        }
        return result + bytes[position...]
    }
}
