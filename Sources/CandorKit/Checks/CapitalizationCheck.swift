import CandorBytes
import CandorRegex

/// Vale's `capitalization`: each part of the scope (usually `heading`) must be in `$title`, `$sentence`,
/// `$lower` or `$upper` case, or match a pattern; `exceptions` are words exempt from the style.
struct CapitalizationCheck: Check {
    enum Style: Sendable {
        case title, sentence, lower, upper
        case pattern(Pattern)
    }
    private let style: Style
    /// Single-word exceptions, compared without the punctuation around a word ("foo," is "foo").
    private let exceptions: Set<String>
    /// Exceptions of several words ("Axon Server"), exempting each word where the whole phrase stands.
    private let phrases: [[String]]
    /// Vale's `indicators`: a word after a word ending in one of these keeps its capital in sentence case;
    /// nil: after `:`, `.`, `!` or `?`.
    private let indicators: [String]?
    /// Vale's `prefix`: text at the start that is left out before the case is checked ("a. ").
    private let prefix: Pattern?
    /// Vale's `threshold`: the share of words that must conform; nil: all of them.
    private let threshold: Double?

    /// Words a title keeps in lower case (AP and Chicago agree on these).
    private static let minorWords: Set<String> = [
        "a", "an", "the", "and", "but", "or", "nor", "for", "so", "yet", "as", "at", "by", "in", "of", "off", "on",
        "per", "to", "up", "via", "vs", "from", "into", "with",
    ]

    init(
        match: String, exceptions: [String], indicators: [String]? = nil, prefix: String? = nil, threshold: Double? = nil
    ) throws(PatternError) {
        switch match {
        case "$title": style = .title
        case "$sentence": style = .sentence
        case "$lower": style = .lower
        case "$upper": style = .upper
        default: style = .pattern(try Pattern("^(?:\(match))$"))
        }
        self.exceptions = Set(exceptions.filter { !$0.contains(" ") })
        phrases = exceptions.filter { $0.contains(" ") }.map { $0.split(separator: " ").map(String.init) }
        self.indicators = indicators
        if let prefix { self.prefix = try Pattern(prefix) } else { self.prefix = nil }
        self.threshold = threshold
    }

    var patterns: [String] {
        if case .pattern(let pattern) = style { return [pattern.expression] }
        return []
    }

    func run(_ context: PostContext, scope: Scope, emit: (CheckMatch) -> Void) throws(MatchError) {
        // A Vale style's rule takes the vocabulary's accepted terms as exceptions too, as in Vale.
        let accepted = context.readsValeProse ? context.acceptedTerms : []
        try context.withScope(scope) { buffer, ranges throws(MatchError) in
            for range in CapitalizationCheck.paragraphs(of: ranges, in: buffer) {
                // Vale's text has no markup: its filler (`PostContext.valeProse`) reads as the space it replaced.
                let text = String(decoding: buffer[range].map { $0 == PostContext.valeFiller ? 0x20 : $0 }, as: UTF8.self)
                let trimmed = text.trimmingSpaces()
                guard !trimmed.isEmpty else { continue }
                let start = range.lowerBound + text.utf8.count - text.drop(while: \.isWhitespace).utf8.count
                let span = start..<start + trimmed.utf8.count
                var checked = String(trimmed)
                if let prefix, let found = try prefix.matches(in: checked, scratch: context.scratch).first, found.lowerBound == 0 {
                    checked = String(decoding: Array(checked.utf8)[found.upperBound...], as: UTF8.self)
                }
                if try !conforms(checked, accepted: accepted, scratch: context.scratch) {
                    emit(CheckMatch(range: span, arguments: [String(trimmed), titled(String(trimmed), accepted: accepted)]))
                }
            }
        }
    }

    /// Each range cut at its blank lines: Vale checks a paragraph at a time.
    static func paragraphs(of ranges: [Range<Int>], in buffer: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var parts: [Range<Int>] = []
        for range in ranges {
            var start = range.lowerBound
            var index = range.lowerBound
            var lineStart = range.lowerBound
            var lineBlank = true
            while index < range.upperBound {
                let byte = buffer[index]
                if byte == 0x0A {
                    if lineBlank, lineStart > start { parts.append(start..<lineStart); start = index + 1 }
                    lineStart = index + 1
                    lineBlank = true
                } else if byte != 0x20, byte != 0x09, byte != 0x0D, byte != PostContext.valeFiller {
                    lineBlank = false
                }
                index += 1
            }
            if start < range.upperBound { parts.append(start..<range.upperBound) }
        }
        return parts
    }

    /// Which words an exception exempts: a word that is one (without its punctuation, or each part of a
    /// hyphenated word), and each word of a phrase exception where the phrase stands.
    private func exempt(_ words: [String], accepted: [String]) -> [Bool] {
        let bare = words.map { $0.trimmingCharacters(where: { !$0.isLetter && !$0.isNumber }) }
        let single = accepted.isEmpty ? exceptions : exceptions.union(accepted.filter { !$0.contains(" ") })
        let phrases = accepted.isEmpty ? self.phrases
            : self.phrases + accepted.filter { $0.contains(" ") }.map { $0.split(separator: " ").map(String.init) }
        var exempt = words.indices.map { index in
            single.contains(words[index]) || single.contains(bare[index])
                || (bare[index].contains("-") && bare[index].split(separator: "-").allSatisfy { single.contains(String($0)) })
        }
        for phrase in phrases where !phrase.isEmpty && phrase.count <= words.count {
            let wanted = phrase.map { $0.trimmingCharacters(where: { !$0.isLetter && !$0.isNumber }) }
            for start in 0...(words.count - phrase.count) where Array(bare[start..<start + phrase.count]) == wanted {
                for index in start..<start + phrase.count { exempt[index] = true }
            }
        }
        return exempt
    }

    private func conforms(_ text: String, accepted: [String], scratch: MatchScratch) throws(MatchError) -> Bool {
        let words = text.split(whereSeparator: { $0.isWhitespace }).map(String.init)
        let exempt = exempt(words, accepted: accepted)
        func share(_ conforming: (Int, String) -> Bool) -> Bool {
            let good = words.enumerated().filter { index, word in exempt[index] || conforming(index, word) }.count
            guard let threshold, !words.isEmpty else { return good == words.count }
            return Double(good) / Double(words.count) >= threshold
        }
        switch style {
        case .lower: return share { _, word in word == word.lowercased() }
        case .upper: return share { _, word in word == word.uppercased() }
        case .title:
            return share { index, word in
                guard let first = word.first(where: \.isLetter) else { return true }
                let edge = index == 0 || index == words.count - 1
                if !edge, CapitalizationCheck.minorWords.contains(word.lowercased()) { return true }
                return first.isUppercase
            }
        case .sentence:
            // The first word is the first with a letter: "1. An important heading" opens with "An".
            let opening = words.firstIndex { $0.contains(where: \.isLetter) } ?? 0
            return share { index, word in
                guard let first = word.first(where: \.isLetter) else { return true }
                if index <= opening { return first.isUppercase }
                // Acronyms, "I", and words after an indicator (a colon, or a full stop) keep their capitals.
                let previous = words[index - 1]
                if let indicators {
                    if indicators.contains(where: { previous.hasSuffix($0) }) { return true }
                } else if let end = previous.last, ":.!?".contains(end) {
                    return true
                }
                return first.isLowercase || word == "I" || word.filter(\.isLetter).allSatisfy(\.isUppercase)
            }
        case .pattern(let pattern):
            return try !pattern.matches(in: text, scratch: scratch).isEmpty
        }
    }

    /// The text in title case, for a message's second `%s` ("'intro' should be in title case ('Intro')").
    private func titled(_ text: String, accepted: [String]) -> String {
        let words = text.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        let exempt = exempt(words, accepted: accepted)
        return words.enumerated().map { index, word in
            let edge = index == 0 || index == words.count - 1
            if exempt[index] || (!edge && CapitalizationCheck.minorWords.contains(word.lowercased())) { return word }
            guard let first = word.first else { return word }
            return first.uppercased() + word.dropFirst()
        }.joined(separator: " ")
    }
}

extension String {
    /// The string without the characters at either end that `predicate` accepts.
    func trimmingCharacters(where predicate: (Character) -> Bool) -> String {
        var slice = Substring(self)
        while let first = slice.first, predicate(first) { slice.removeFirst() }
        while let last = slice.last, predicate(last) { slice.removeLast() }
        return String(slice)
    }
}

extension CapitalizationCheck: CheckType {
    static let name = "capitalization"
    static let keys: Set<String> = ["match", "exceptions", "indicators", "prefix", "threshold"]

    static func decode(_ keys: inout YAMLMapping, cache: ContentCache?, vale: Bool) throws(LoadError) -> Rule.Body {
        guard let match = try keys.string("match") else {
            throw LoadError(path: keys.path, line: 1, key: "match", message: "a capitalization rule needs 'match'")
        }
        let exceptions = try keys.strings("exceptions") ?? []
        let indicators = try keys.strings("indicators")
        let prefix = try keys.string("prefix")
        let threshold = try keys.double("threshold")
        return try compiled(keys, "match") { () throws(PatternError) in
            try CapitalizationCheck(match: match, exceptions: exceptions, indicators: indicators, prefix: prefix, threshold: threshold)
        }
    }
}
