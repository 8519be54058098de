/// Vale's `capitalization`: each part of the scope (usually `heading`) must be in `$title`, `$sentence`,
/// `$lower` or `$upper` case, or match a pattern; `exceptions` are words exempt from the style.
struct CapitalizationCheck: Check {
    enum Style: Sendable {
        case title, sentence, lower, upper
        case pattern(Pattern)
    }
    private let style: Style
    private let exceptions: Set<String>

    /// Words a title keeps in lower case (AP and Chicago agree on these).
    private static let minorWords: Set<String> = [
        "a", "an", "the", "and", "but", "or", "nor", "for", "so", "yet", "as", "at", "by", "in", "of", "off", "on",
        "per", "to", "up", "via", "vs", "from", "into", "with",
    ]

    init(match: String, exceptions: [String]) throws(PatternError) {
        switch match {
        case "$title": style = .title
        case "$sentence": style = .sentence
        case "$lower": style = .lower
        case "$upper": style = .upper
        default: style = .pattern(try Pattern("^(?:\(match))$"))
        }
        self.exceptions = Set(exceptions)
    }

    var patterns: [String] {
        if case .pattern(let pattern) = style { return [pattern.expression] }
        return []
    }

    func run(_ context: PostContext, scope: Scope, emit: (CheckMatch) -> Void) throws(MatchError) {
        try context.withScope(scope) { buffer, ranges throws(MatchError) in
            for range in ranges {
                // Vale's text has no markup: its filler (`PostContext.valeProse`) reads as the space it replaced.
                let text = String(decoding: buffer[range].map { $0 == PostContext.valeFiller ? 0x20 : $0 }, as: UTF8.self)
                let trimmed = text.trimmingSpaces()
                guard !trimmed.isEmpty else { continue }
                let start = range.lowerBound + text.utf8.count - text.drop(while: \.isWhitespace).utf8.count
                let span = start..<start + trimmed.utf8.count
                if try !conforms(String(trimmed), scratch: context.scratch) {
                    emit(CheckMatch(range: span, arguments: [String(trimmed)]))
                }
            }
        }
    }

    private func conforms(_ text: String, scratch: MatchScratch) throws(MatchError) -> Bool {
        let words = text.split(whereSeparator: { $0.isWhitespace }).map(String.init)
        switch style {
        case .lower: return words.allSatisfy { exceptions.contains($0) || $0 == $0.lowercased() }
        case .upper: return words.allSatisfy { exceptions.contains($0) || $0 == $0.uppercased() }
        case .title:
            return words.enumerated().allSatisfy { index, word in
                guard let first = word.first(where: \.isLetter), !exceptions.contains(word) else { return true }
                let edge = index == 0 || index == words.count - 1
                if !edge, CapitalizationCheck.minorWords.contains(word.lowercased()) { return true }
                return first.isUppercase
            }
        case .sentence:
            return words.enumerated().allSatisfy { index, word in
                guard let first = word.first(where: \.isLetter), !exceptions.contains(word) else { return true }
                if index == 0 { return first.isUppercase }
                // Acronyms, "I", and words after a colon or full stop keep their capitals.
                let previous = words[index - 1]
                if let end = previous.last, ":.!?".contains(end) { return true }
                return first.isLowercase || word == "I" || word.filter(\.isLetter).allSatisfy(\.isUppercase)
            }
        case .pattern(let pattern):
            return try !pattern.matches(in: text, scratch: scratch).isEmpty
        }
    }
}
