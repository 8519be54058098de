import CandorRegex

/// Vale's `existence`: flags every occurrence of any token (or of the `raw` pattern).
struct ExistenceCheck: Check {
    /// Exactly one of the two is set. Not an enum of them: with two class payloads Swift keeps the case in
    /// the reference's spare bits, and LeakSanitizer (`make sanitize`) does not take such a word for a pointer.
    private let tokens: TokenMatcher?
    private let pattern: Pattern?
    private let exceptions: Exceptions

    /// `raw` is Vale's: regex text put before (or, with `append`, after) the word-bounded token alternation.
    init(
        tokens: [String], raw: [String], ignoreCase: Bool, nonword: Bool, append: Bool, exceptions: [String],
        phraseCache: ContentCache? = nil
    ) throws(PatternError) {
        if raw.isEmpty {
            self.tokens = try TokenMatcher(tokens: tokens, ignoreCase: ignoreCase, nonword: nonword, phraseCache: phraseCache)
            pattern = nil
        } else {
            let rawText = raw.joined()
            let alternation = tokens.isEmpty ? "" : TokenMatcher.alternation(tokens, nonword: nonword)
            self.tokens = nil
            pattern = try Pattern(append ? alternation + rawText : rawText + alternation, caseless: ignoreCase)
        }
        self.exceptions = try Exceptions(exceptions, ignoreCase: ignoreCase)
    }

    var patterns: [String] {
        tokens?.patterns ?? pattern.map { [$0.expression] } ?? []
    }

    func run(_ context: PostContext, scope: Scope, emit: (CheckMatch) -> Void) throws(MatchError) {
        try context.withScope(scope) { buffer, ranges throws(MatchError) in
            func report(_ range: Range<Int>) {
                let text = String(decoding: buffer[range], as: UTF8.self)
                if !exceptions.contains(text, scratch: context.scratch) {
                    emit(CheckMatch(range: range, arguments: [text]))
                }
            }
            if let tokens {
                let words = context.words(for: scope)
                try tokens.forEachMatch(
                    in: buffer, ranges: ranges, words: words, foldedHashes: context.foldedWordHashes, scratch: context.scratch
                ) { range, _ in
                    report(range)
                }
            } else if let pattern {
                // Vale matches a `raw` pattern on each part of the scope (a sentence, a heading) as a text of
                // its own, so `^` and `$` hold at the part's ends and nothing before it is seen.
                for range in ranges {
                    let part = UnsafeBufferPointer(rebasing: buffer[range])
                    try pattern.forEachMatch(in: part, scratch: context.scratch) { match in
                        if !match.range.isEmpty {
                            report((match.range.lowerBound + range.lowerBound)..<(match.range.upperBound + range.lowerBound))
                        }
                        return true
                    }
                }
            }
        }
    }
}

extension ExistenceCheck: CheckType {
    static let name = "existence"
    static let keys: Set<String> = ["tokens", "raw", "ignorecase", "nonword", "exceptions", "append"]
    static var matchesWords: Bool { true }

    static func decode(_ keys: inout YAMLMapping, cache: ContentCache?, vale: Bool) throws(LoadError) -> Rule.Body {
        let ignoreCase = try keys.bool("ignorecase") ?? false
        let tokens = try keys.strings("tokens") ?? []
        let raw = try keys.strings("raw") ?? []
        guard !tokens.isEmpty || !raw.isEmpty else { throw keys.error("tokens", "an existence rule needs 'tokens' or 'raw'") }
        let nonword = try keys.bool("nonword") ?? false
        let append = try keys.bool("append") ?? false
        let exceptions = try keys.strings("exceptions") ?? []
        return try compiled(keys, raw.isEmpty ? "tokens" : "raw") { () throws(PatternError) in
            try ExistenceCheck(tokens: tokens, raw: raw, ignoreCase: ignoreCase, nonword: nonword, append: append,
                               exceptions: exceptions, phraseCache: cache)
        }
    }
}
