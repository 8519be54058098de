/// Where Vale reports a rule's matches in a paragraph of one line, and which it drops. Vale places such a
/// match by searching the paragraph's line for the first occurrence, as a word, of the text matched, in a
/// copy of the line where each earlier match of the rule in the paragraph is masked: the first occurrence of
/// its text, word or not, is blotted out. Where that occurrence was inside a longer word (the "is" of
/// "This"), the next "is" lands again on the first one, and Vale drops it as a finding it has already made
/// (same rule, line and column): in "This is a sentence. There is a sentence too.", write-good.E-Prime
/// reports the first "is" only. One of these is made per rule per post; it keeps the masked lines. Only the
/// dropping is Vale's: a finding kept stays where the rule matched it.
final class ValeLineLookup {
    private let text: [UInt8]
    private let blocks: [Post.Block]
    /// The masked copy of each one-line paragraph's line, by the line's first byte.
    private var masked: [Int: [UInt8]] = [:]
    /// Where this rule's matches have been reported (first bytes).
    private var reported: Set<Int> = []

    /// Each placement searches the line, so a line longer than this (no paragraph a person writes) keeps
    /// candor's own placement rather than costing a search of it per finding.
    static let longestLine = 16_384

    init(post: Post) {
        text = post.text
        blocks = post.blocks
    }

    /// The range to report for a match at `range` whose rendered text is `rendered`: nil when Vale drops it,
    /// having placed it where the rule already reported; else `range` itself.
    func place(_ range: Range<Int>, rendered: [UInt8]) -> Range<Int>? {
        guard !rendered.isEmpty, let line = oneLineParagraph(holding: range.lowerBound),
              line.count <= ValeLineLookup.longestLine
        else { return range }
        // Taken out of the table while it changes, so it is not copied.
        var copy = masked.removeValue(forKey: line.lowerBound) ?? Array(text[line])
        defer { masked[line.lowerBound] = copy }
        guard let found = firstWord(rendered, in: copy) ?? ValeLocator.occurrence(of: rendered, in: copy, from: 0, asWord: false)
        else { return range }
        if let blot = ValeLocator.occurrence(of: rendered, in: copy, from: 0, asWord: false) {
            for index in blot { copy[index] = UInt8(ascii: "#") }
        }
        let placed = line.lowerBound + found.lowerBound
        guard reported.insert(placed).inserted else { return nil }
        // Where Vale's search lands on another occurrence (one the rule did not match: "very" in "a very nice
        // and very good day" for `very(?= good)`), the finding stays where the rule matched, so that its fix
        // edits what the rule found.
        return range
    }

    /// The line of the paragraph holding `position` when the paragraph is all on that line (a post without
    /// blocks is one paragraph).
    private func oneLineParagraph(holding position: Int) -> Range<Int>? {
        let block: Range<Int>
        if blocks.isEmpty {
            block = 0..<text.count
        } else if let paragraph = blocks.first(where: { $0.range.contains(position) }), paragraph.kind == .paragraph {
            block = paragraph.range
        } else {
            return nil
        }
        var end = block.upperBound
        while end > block.lowerBound, Metrics.isSpace(text[end - 1]) { end -= 1 }
        guard !text[block.lowerBound..<end].contains(where: ValeLocator.isLineBreak) else { return nil }
        var start = block.lowerBound
        while start > 0, !ValeLocator.isLineBreak(text[start - 1]) { start -= 1 }
        let lineEnd = text[end...].firstIndex(where: ValeLocator.isLineBreak) ?? text.count
        return start..<lineEnd
    }

    /// The first occurrence of `needle` as a word (Vale's `(?:^|\b|_)...(?:_|\b|$)`), passing over one with a
    /// backtick or hyphen beside it when another has none, as Vale does for inline code.
    private func firstWord(_ needle: [UInt8], in line: [UInt8]) -> Range<Int>? {
        var first: Range<Int>?
        var from = 0
        while let found = ValeLocator.occurrence(of: needle, in: line, from: from, asWord: true) {
            if first == nil { first = found }
            let before = found.lowerBound > 0 ? line[found.lowerBound - 1] : 0
            let after = found.upperBound < line.count ? line[found.upperBound] : 0
            let code: Set<UInt8> = [UInt8(ascii: "`"), UInt8(ascii: "-")]
            if !code.contains(before), !code.contains(after) { return found }
            from = found.lowerBound + 1
        }
        return first
    }
}
