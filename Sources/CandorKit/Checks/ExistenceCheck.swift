/// Vale's `existence`: flags every occurrence of any token (or of the `raw` pattern).
struct ExistenceCheck: Check {
    private enum Matcher: Sendable {
        case tokens(TokenMatcher)
        case pattern(Pattern)
    }
    private let matcher: Matcher
    private let exceptions: Exceptions

    /// `raw` is Vale's: regex text put before (or, with `append`, after) the word-bounded token alternation.
    init(
        tokens: [String], raw: [String], ignoreCase: Bool, nonword: Bool, append: Bool, exceptions: [String],
        phraseCache: ContentCache? = nil
    ) throws(PatternError) {
        if raw.isEmpty {
            matcher = .tokens(try TokenMatcher(tokens: tokens, ignoreCase: ignoreCase, nonword: nonword, phraseCache: phraseCache))
        } else {
            let rawText = raw.joined()
            let alternation = tokens.isEmpty ? "" : TokenMatcher.alternation(tokens, nonword: nonword)
            matcher = .pattern(try Pattern(append ? alternation + rawText : rawText + alternation, caseless: ignoreCase))
        }
        self.exceptions = try Exceptions(exceptions, ignoreCase: ignoreCase)
    }

    var patterns: [String] {
        switch matcher {
        case .tokens(let tokens): tokens.patterns
        case .pattern(let pattern): [pattern.expression]
        }
    }

    func run(_ context: PostContext, scope: Scope, emit: (CheckMatch) -> Void) throws(MatchError) {
        try context.withScope(scope) { buffer, ranges throws(MatchError) in
            func report(_ range: Range<Int>) {
                let text = String(decoding: buffer[range], as: UTF8.self)
                if !exceptions.contains(text, scratch: context.scratch) {
                    emit(CheckMatch(range: range, arguments: [text]))
                }
            }
            switch matcher {
            case .tokens(let tokens):
                let words = context.words(for: scope)
                try tokens.forEachMatch(
                    in: buffer, ranges: ranges, words: words, foldedHashes: context.foldedWordHashes, scratch: context.scratch
                ) { range, _ in
                    report(range)
                }
            case .pattern(let pattern):
                for range in ranges {
                    try pattern.forEachMatch(in: buffer, range: range, scratch: context.scratch) { match in
                        if !match.range.isEmpty { report(match.range) }
                        return true
                    }
                }
            }
        }
    }
}
