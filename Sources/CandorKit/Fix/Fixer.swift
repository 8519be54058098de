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
        /// The file does not hold the text its fixes were found in (it changed, or another input goes by
        /// its name): an error, not a fix left to the writer.
        public let textChanged: Bool
        public var description: String { "\(path): not fixed: \(reason)" }

        public init(path: String, reason: String, textChanged: Bool = false) {
            self.path = path
            self.reason = reason
            self.textChanged = textChanged
        }
    }

    /// The file with `fixes` applied. A fix that is written with escapes, overlaps an earlier fix or cannot
    /// be written in its field is left out, with the reason.
    ///
    /// A fix is made once, and a fix that would make no change is not made: when its replacement already
    /// stands where it matched (the match is part of the replacement, at the place it holds in it, as
    /// "COVID" in "COVID-19" for `covid: COVID-19`, or either "dog" of "dog dog" for `dog: dog dog`), it is
    /// dropped without a word, so a replacement that holds its own match is not made again and again, and a
    /// second run changes nothing. `earlier` are the replacements already made in `bytes` (by earlier passes
    /// of the same run); a fix whose match lies wholly inside one is not made either, and that earlier fix
    /// is listed in `rematched`, since a second run would change its replacement again.
    ///
    /// Throws when some match is no longer where it was found: the file is not the text that was linted, so
    /// none of its fixes is made, and it is said once for the file.
    public func apply(_ fixes: [Fix], to bytes: [UInt8], path: String, earlier: [FixedFile.Replacement] = []) throws(Failure) -> FixedFile {
        // Fixes stand at offsets of the UTF-8 the file was read as; written back, it would no longer be UTF-16.
        guard !UTF16Text.hasByteOrderMark(bytes) else {
            throw Failure(path: path, reason: "UTF-16, which --fix does not write, so it is left as it is")
        }
        let input = Input(path: path, origin: .bytes(bytes))
        let fileExtension = input.readerExtension
        let posts = try read(input, fileExtension: fileExtension)
        guard !posts.contains(where: \.file.repairedUTF8) else {
            throw Failure(path: path, reason: "not valid UTF-8, so it is left as it is")
        }
        // Lines end as the readers end them (a lone carriage return too), so a window's first line is found.
        let lineStarts = Line.split(bytes).map(\.start)

        var edits: [(range: Range<Int>, replacement: [UInt8])] = []
        var postEdits: [Int: [(range: Range<Int>, replacement: [UInt8])]] = [:]
        var skipped: [(fix: Fix, reason: String)] = []
        var made: [Fix] = []
        var rematched: [Fix] = []
        var lastRematched = -1
        var moved = 0
        let ordered = fixes.sorted { ($0.post, $0.range.lowerBound, $0.range.upperBound) < ($1.post, $1.range.lowerBound, $1.range.upperBound) }
        for fix in ordered {
            let match = Array(fix.match.utf8)
            guard fix.post < posts.count, fix.range.upperBound <= posts[fix.post].text.count,
                  Array(posts[fix.post].text[fix.range]) == match else {
                moved += 1
                continue
            }
            let post = posts[fix.post]
            // A post lives in a window of its file (a JSONL line, a CSV record, a thread's post) that starts at
            // the beginning of its first line.
            let base = lineStarts[post.file.firstLine - 1]
            let start = base + post.offsets.fileOffset(fix.range.lowerBound)
            let end = base + post.offsets.fileOffset(fix.range.upperBound)
            guard start <= end, end <= bytes.count, Array(bytes[start..<end]) == match else {
                skipped.append((fix, "the match is written with escapes or across lines"))
                continue
            }
            if Self.alreadyMade(fix, in: post.text) { continue }
            // The replacements are sorted and do not overlap: only the last to start at or before the match can hold it.
            let last = Self.firstIndex(in: earlier.count) { earlier[$0].range.lowerBound > start } - 1
            if last >= 0, end <= earlier[last].range.upperBound {
                if last != lastRematched { rematched.append(earlier[last].fix) }
                lastRematched = last
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
            made.append(fix)
            postEdits[fix.post, default: []].append((fix.range, Array(fix.replacement.utf8)))
        }

        guard moved == 0 else {
            let findings = moved == 1 ? "1 finding's match is" : "\(moved) findings' matches are"
            throw Failure(path: path, reason: "the text changed since it was linted (\(findings) no longer there); run again",
                          textChanged: true)
        }
        let result = FixedFile(path: path, original: bytes, fixed: Self.applying(edits, to: bytes), applied: edits.count, skipped: skipped,
                               replacements: Self.replacements(earlier, edits: edits, fixes: made), rematched: rematched)
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

    /// Whether `fix`'s replacement already stands where it matched in `text`: an occurrence of the
    /// replacement holds the match at a place where the replacement holds it.
    static func alreadyMade(_ fix: Fix, in text: [UInt8]) -> Bool {
        let match = Array(fix.match.utf8), replacement = Array(fix.replacement.utf8)
        guard replacement.count >= match.count else { return false }
        for offset in 0...(replacement.count - match.count) where offset <= fix.range.lowerBound {
            let start = fix.range.lowerBound - offset
            guard start + replacement.count <= text.count else { continue }
            if text[start..<(start + replacement.count)].elementsEqual(replacement) { return true }
        }
        return false
    }

    /// Where the replacements stand after `edits` (sorted, not overlapping, made by `fixes`): each edit's
    /// bytes, and the parts of the `earlier` replacements (sorted, not overlapping) no edit covers, moved as
    /// the edits before them grew or shrank the file. Empty replacements are left out: nothing lies inside.
    static func replacements(_ earlier: [FixedFile.Replacement], edits: [(range: Range<Int>, replacement: [UInt8])],
                             fixes: [Fix]) -> [FixedFile.Replacement] {
        // How much the edits before each one grew the file.
        var growth = [0]
        for edit in edits { growth.append(growth.last! + edit.replacement.count - edit.range.count) }
        var result: [FixedFile.Replacement] = []
        for replacement in earlier {
            // The edits that overlap it (an edit ends after it starts, and starts before it ends).
            var index = firstIndex(in: edits.count) { edits[$0].range.upperBound > replacement.range.lowerBound }
            var start = replacement.range.lowerBound
            while true {
                let end = index < edits.count ? min(replacement.range.upperBound, edits[index].range.lowerBound) : replacement.range.upperBound
                // `index` edits lie wholly before the part start..<end.
                if start < end {
                    result.append(FixedFile.Replacement(fix: replacement.fix, range: (start + growth[index])..<(end + growth[index])))
                }
                guard index < edits.count, edits[index].range.lowerBound < replacement.range.upperBound else { break }
                start = max(start, edits[index].range.upperBound)
                index += 1
            }
        }
        for (index, (edit, fix)) in zip(edits, fixes).enumerated() where !edit.replacement.isEmpty {
            let start = edit.range.lowerBound + growth[index]
            result.append(FixedFile.Replacement(fix: fix, range: start..<(start + edit.replacement.count)))
        }
        return result.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// The first of `0..<count` for which `isPast` holds, which holds for every one after it too (`count`
    /// when none does).
    static func firstIndex(in count: Int, where isPast: (Int) -> Bool) -> Int {
        var low = 0, high = count
        while low < high {
            let middle = (low + high) / 2
            if isPast(middle) { high = middle } else { low = middle + 1 }
        }
        return low
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
