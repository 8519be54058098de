import CandorRegex

/// Finds any of a list of tokens at word boundaries (or anywhere, for `nonword`): literal words and phrases
/// go to a `PhraseMatcher`, tokens with regex syntax to PCRE2 alternations, split into as many patterns as
/// PCRE2's size limit needs. Matches come out in text order, leftmost-longest, never overlapping.
///
/// A class: a rule's check is copied out for every post, and a struct of this many stored arrays cost a
/// retain and a release of each at every copy.
final class TokenMatcher: Sendable {
    private let phrases: PhraseMatcher?
    /// Each pattern, with the token index of each of its top-level groups.
    private let alternations: [(pattern: Pattern, tokens: [Int], groups: [Int])]
    /// The literal tokens, kept to describe them as a pattern (`patterns`) only when asked.
    private let literals: [String]
    private let ignoreCase: Bool
    private let nonword: Bool

    /// `phraseCache` keeps the table of a long literal list between runs (`PhraseMatcher`).
    init(tokens: [String], ignoreCase: Bool, nonword: Bool, phraseCache: ContentCache? = nil) throws(PatternError) {
        let useLiterals = !nonword
        var literal: [String] = [], literalIDs: [Int] = [], regex: [(Int, String)] = []
        for (index, token) in tokens.enumerated() {
            if useLiterals && PhraseMatcher.isLiteral(token) {
                literal.append(token)
                literalIDs.append(index)
            } else {
                regex.append((index, token))
            }
        }
        phrases = literal.isEmpty ? nil : PhraseMatcher(phrases: literal, ignoreCase: ignoreCase, cache: phraseCache)
        literalMap = literalIDs
        alternations = try TokenMatcher.compile(regex, ignoreCase: ignoreCase, nonword: nonword)
        literals = literal
        self.ignoreCase = ignoreCase
        self.nonword = nonword
    }

    /// The expressions this matcher amounts to (`candor rules --format json`, the benchmark's floor): the
    /// literal tokens as one escaped alternation, then each PCRE2 alternation. Built on demand: escaping a
    /// long list at every start-up would cost more than linting a post.
    var patterns: [String] {
        let literalPattern = TokenMatcher.alternation(literals.map(TokenMatcher.escape), nonword: nonword)
        return (literals.isEmpty ? [] : [(ignoreCase ? "(?i)" : "") + literalPattern]) + alternations.map(\.pattern.expression)
    }

    private let literalMap: [Int]

    /// Calls `body` with every match and the index of the token that matched. `words`, when given, are the
    /// words of the only range, found once for the post (`PostContext.words(for:)`), and `foldedHashes` their
    /// case-folded hashes (`PostContext.foldedWordHashes`), asked for only when the list folds case.
    func forEachMatch(
        in bytes: UnsafeBufferPointer<UInt8>, ranges: [Range<Int>], words: [Range<Int>]? = nil,
        foldedHashes: @autoclosure () -> [UInt64]? = nil, scratch: MatchScratch, _ body: (Range<Int>, Int) -> Void
    ) throws(MatchError) {
        for range in ranges {
            var found: [(Range<Int>, Int)] = []
            let shared = ranges.count == 1 ? words : nil
            phrases?.forEachMatch(in: bytes, range: range, words: shared, foldedHashes: shared == nil ? nil : foldedHashes()) { match, id in
                found.append((match, literalMap[id]))
            }
            for alternation in alternations {
                try alternation.pattern.forEachMatch(in: bytes, range: range, scratch: scratch) { match in
                    let token = zip(alternation.groups, alternation.tokens).first { match.group($0.0) != nil }?.1
                    if let token, !match.range.isEmpty { found.append((match.range, token)) }
                    return true
                }
            }
            if alternations.isEmpty || (phrases == nil && alternations.count == 1) {
                found.forEach(body)
                continue
            }
            found.sort { $0.0.lowerBound != $1.0.lowerBound ? $0.0.lowerBound < $1.0.lowerBound : $0.0.count > $1.0.count }
            var end = Int.min
            for (match, token) in found where match.lowerBound >= end {
                body(match, token)
                end = match.upperBound
            }
        }
    }

    static func alternation(_ tokens: [String], nonword: Bool) -> String {
        let body = tokens.joined(separator: "|")
        return nonword ? "(?:\(body))" : "\\b(?:\(body))\\b"
    }

    /// One group per token, so the matching token is known; a token's own groups shift the numbering, so
    /// each token is compiled alone first to count them. Halves the list while PCRE2 finds it too large.
    private static func compile(
        _ tokens: [(Int, String)], ignoreCase: Bool, nonword: Bool
    ) throws(PatternError) -> [(pattern: Pattern, tokens: [Int], groups: [Int])] {
        guard !tokens.isEmpty else { return [] }
        var groups: [Int] = []
        var next = 1
        var sources: [String] = []
        for (_, token) in tokens {
            groups.append(next)
            let own = try Pattern.captureCount(of: token, caseless: ignoreCase)
            next += 1 + own
            sources.append("(\(eitherApostrophe(token)))")
        }
        do {
            let pattern = try Pattern(alternation(sources, nonword: nonword), caseless: ignoreCase)
            return [(pattern, tokens.map(\.0), groups)]
        } catch {
            guard tokens.count > 1 else { throw error }
            let half = tokens.count / 2
            return try compile(Array(tokens[..<half]), ignoreCase: ignoreCase, nonword: nonword)
                + compile(Array(tokens[half...]), ignoreCase: ignoreCase, nonword: nonword)
        }
    }

    /// The token with each apostrophe, straight or curly, matching either (as `PhraseMatcher` does for literal
    /// tokens): `'` becomes `['’]` outside a character class, and a class holding one gets the other too.
    /// What is escaped (`\'`, `\x{2019}`) is left as written.
    static func eitherApostrophe(_ token: String) -> String {
        // Quotes that are syntax (a named group `(?'name'…)`, a reference `\k'name'`) leave the token alone.
        guard token.contains(where: { $0 == "'" || $0 == "\u{2019}" }),
              !["(?'", "\\k'", "\\g'", "(?P'"].contains(where: token.contains) else { return token }
        var result = ""
        var inClass = false, escaped = false
        for character in token {
            if escaped {
                result.append(character)
                escaped = false
            } else if character == "\\" {
                result.append(character)
                escaped = true
            } else if character == "'" || character == "\u{2019}" {
                result += inClass ? "'\u{2019}" : "['\u{2019}]"
            } else {
                if character == "[" && !inClass { inClass = true } else if character == "]" && inClass { inClass = false }
                result.append(character)
            }
        }
        return result
    }

    /// `literal` as a PCRE2 pattern that matches it as written (also an `accept` entry the language
    /// server writes for a word).
    static func escape(_ literal: String) -> String {
        var result = ""
        for character in literal {
            if "\\^$.|?*+()[]{}".contains(character) { result.append("\\") }
            result.append(character)
        }
        return result
    }
}
