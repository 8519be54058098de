/// Where Vale reports a match whose rendered text is not what the source reads at its place: a repetition
/// across a link's markup ("[... in](url) in"). Vale looks for the rendered text in the source (as a word
/// first, then anywhere); failing that it guesses: it takes the sentence of the block that holds the match,
/// and reports the first line that holds every one of its words, from that line's first column. This follows
/// it, reading the source from the block that holds the match on (Vale masks what it has read before).
enum ValeLocator {
    /// The source range Vale reports for `rendered`, found at `source` (from its first token to its last);
    /// nil when Vale's search and guess both fail, and Vale, not knowing where the match is, reports nothing.
    static func place(_ rendered: String, spanning source: Range<Int>, in context: PostContext) -> Range<Int>? {
        let text = context.post.text
        let block = context.post.blocks.first { $0.kind != .comment && $0.range.contains(source.lowerBound) }?.range
            ?? 0..<text.count
        let needle = Array(rendered.utf8)
        guard !needle.isEmpty else { return source }
        if let found = occurrence(of: needle, in: text, from: block.lowerBound, asWord: true)
            ?? occurrence(of: needle, in: text, from: block.lowerBound, asWord: false) {
            return found
        }
        let words = sentenceWords(around: source.lowerBound, in: block, of: context)
        guard !words.isEmpty else { return nil }
        var lineStart = block.lowerBound
        while lineStart > 0, !isLineBreak(text[lineStart - 1]) { lineStart -= 1 }
        while lineStart < text.count {
            let lineEnd = text[lineStart...].firstIndex(where: isLineBreak) ?? text.count
            let line = Array(text[lineStart..<lineEnd])
            if lineEnd > lineStart, words.allSatisfy({ occurrence(of: $0, in: line, from: 0, asWord: false) != nil }) {
                return lineStart..<lineEnd
            }
            lineStart = lineEnd + 1
        }
        return nil
    }

    /// A line feed or a carriage return (a file may end its lines with either).
    static func isLineBreak(_ byte: UInt8) -> Bool { byte == 0x0A || byte == 0x0D }

    /// The first place of `needle` in `text` from `from`; `asWord`: with a word boundary or `_` at each end,
    /// as Vale's `(?:^|\b|_)...(?:_|\b|$)`.
    static func occurrence(of needle: [UInt8], in text: [UInt8], from: Int, asWord: Bool) -> Range<Int>? {
        guard needle.count <= text.count else { return nil }
        var start = from
        while start + needle.count <= text.count {
            if text[start] == needle[0], text[start..<(start + needle.count)].elementsEqual(needle) {
                let end = start + needle.count
                if !asWord || (boundary(text, at: start) && boundary(text, at: end)) { return start..<end }
            }
            start += 1
        }
        return nil
    }

    /// Whether a word boundary (or an underscore beside it) stands at `index`.
    static func boundary(_ text: [UInt8], at index: Int) -> Bool {
        if index == 0 || index == text.count { return true }
        if text[index - 1] == UInt8(ascii: "_") || text[index] == UInt8(ascii: "_") { return true }
        return isWordByte(text[index - 1]) != isWordByte(text[index])
    }

    /// A word character as Go's `\b` reads it: ASCII letters, digits and `_`.
    private static func isWordByte(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A || byte >= 0x30 && byte <= 0x39 || byte == 0x5F
    }

    /// The words (runs between spaces, without the punctuation around them) of the rendered sentence of
    /// `block` that holds the byte at `position`; a line break inside the block is a space, as in Vale.
    private static func sentenceWords(around position: Int, in block: Range<Int>, of context: PostContext) -> [[UInt8]] {
        let prose = context.valeProse
        var rendered: [UInt8] = []
        var origin: [Int] = []
        for index in block where prose[index] != PostContext.valeFiller {
            rendered.append(prose[index])
            origin.append(index)
        }
        guard let at = origin.firstIndex(where: { $0 >= position }) else { return [] }
        let sentences = rendered.withUnsafeBufferPointer { Metrics.sentences(in: $0, lineBreakEnds: false) }
        guard let sentence = sentences.first(where: { $0.contains(at) }) else { return [] }
        let punctuation = Set(".,;:!?\"'()[]*_`".utf8)
        return rendered[sentence].split(whereSeparator: Metrics.isSpace).compactMap { word in
            let trimmed = word.drop(while: punctuation.contains).reversed().drop(while: punctuation.contains).reversed()
            return trimmed.isEmpty ? nil : Array(trimmed)
        }
    }
}
