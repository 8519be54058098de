/// Vale's `substitution`: each `swap` key (observed) found is flagged with its replacement (expected);
/// `a|b` as a replacement offers choices. The message's first `%s` is the expected text, the second the
/// observed one, as in Vale. A replacement is a suggestion; `--fix` applies it only when the rule's `fix` key
/// marks its swap safe.
struct SubstitutionCheck: Check {
    private let matcher: TokenMatcher
    private let replacements: [String]
    private let ignoreCase: Bool
    private let exceptions: Exceptions
    /// The swaps (by position) `--fix` may apply: the rule's `fix` key.
    private let safe: Set<Int>

    init(
        swap: [(String, String)], ignoreCase: Bool, nonword: Bool, exceptions: [String], safe: Set<Int> = [],
        phraseCache: ContentCache? = nil
    ) throws(PatternError) {
        matcher = try TokenMatcher(tokens: swap.map(\.0), ignoreCase: ignoreCase, nonword: nonword, phraseCache: phraseCache)
        replacements = swap.map(\.1)
        self.safe = safe
        self.ignoreCase = ignoreCase
        self.exceptions = try Exceptions(exceptions, ignoreCase: ignoreCase)
    }

    var patterns: [String] { matcher.patterns }

    static func sentence(_ choices: [String]) -> String {
        let quoted = choices.map { "'\($0)'" }
        if quoted.count == 2 { return quoted.joined(separator: " or ") }
        return quoted.dropLast().joined(separator: ", ") + ", or " + quoted.last!
    }

    func run(_ context: PostContext, scope: Scope, emit: (CheckMatch) -> Void) throws(MatchError) {
        try context.withScope(scope) { buffer, ranges throws(MatchError) in
            let words = context.words(for: scope)
            try matcher.forEachMatch(
                in: buffer, ranges: ranges, words: words, foldedHashes: context.foldedWordHashes, scratch: context.scratch
            ) { range, token in
                let observed = String(decoding: buffer[range], as: UTF8.self)
                let expected = replacements[token]
                let choices = expected.split(separator: "|").map(String.init)
                // Already the preferred form (Vale compares the same way).
                let same = choices.contains { ignoreCase ? $0.lowercased() == observed.lowercased() : $0 == observed }
                guard !same, !exceptions.contains(observed, scratch: context.scratch) else { return }
                // Several choices read as Vale writes them: 'a' or 'b'; 'a', 'b', or 'c'. They carry their own
                // quotes, so the message's quotes around the first %s are dropped.
                let expectedText = choices.count <= 1 ? expected : SubstitutionCheck.sentence(choices)
                emit(CheckMatch(range: range, arguments: [expectedText, observed], suggestions: choices,
                                firstArgumentQuoted: choices.count > 1, fixable: choices.count == 1 && safe.contains(token)))
            }
        }
    }
}
