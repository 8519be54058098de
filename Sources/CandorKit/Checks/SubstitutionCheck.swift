import CandorBytes
import CandorRegex

/// Vale's `substitution`: each `swap` key (observed) found is flagged with its replacement (expected);
/// `a|b` as a replacement offers choices. The message's first `%s` is the expected text, the second the
/// observed one, as in Vale. A replacement is a suggestion; `--fix` applies it only when the rule's `fix` key
/// marks its swap safe. With `capitalize`, a replacement of text that begins with a capital begins with one
/// too ("Aren't" for "Are not"), as Vale's `capitalize` does.
struct SubstitutionCheck: Check {
    private let matcher: TokenMatcher
    private let replacements: [String]
    private let ignoreCase: Bool
    private let exceptions: Exceptions
    /// The swaps (by position) `--fix` may apply: the rule's `fix` key.
    private let safe: Set<Int>
    private let capitalize: Bool
    private let keyPatterns: [Pattern?]
    /// Vale's `action: {name: replace}` without params: the replacements are the suggestions, and the
    /// message gets them quoted, one choice as 'a', several as 'a' or 'b'.
    private let quotesChoices: Bool

    init(
        swap: [(String, String)], ignoreCase: Bool, nonword: Bool, exceptions: [String], safe: Set<Int> = [],
        capitalize: Bool = false, quotesChoices: Bool = false, phraseCache: ContentCache? = nil
    ) throws(PatternError) {
        self.capitalize = capitalize
        self.quotesChoices = quotesChoices
        // A replacement with `$1` takes the text the swap key's groups matched, as Vale's regex replace does.
        var keyPatterns: [Pattern?] = []
        for (key, replacement) in swap {
            keyPatterns.append(SubstitutionCheck.hasGroupReference(replacement) ? try Pattern(key, caseless: ignoreCase) : nil)
        }
        self.keyPatterns = keyPatterns
        matcher = try TokenMatcher(tokens: swap.map(\.0), ignoreCase: ignoreCase, nonword: nonword, phraseCache: phraseCache)
        replacements = swap.map(\.1)
        self.safe = safe
        self.ignoreCase = ignoreCase
        self.exceptions = try Exceptions(exceptions, ignoreCase: ignoreCase)
    }

    var patterns: [String] { matcher.patterns }

    static func sentence(_ choices: [String]) -> String {
        let quoted = choices.map { "'\($0)'" }
        if quoted.count == 1 { return quoted[0] }
        if quoted.count == 2 { return quoted.joined(separator: " or ") }
        return quoted.dropLast().joined(separator: ", ") + ", or " + quoted.last!
    }

    func run(_ context: PostContext, scope: Scope, emit: (CheckMatch) -> Void) throws(MatchError) {
        try context.withScope(scope) { buffer, ranges throws(MatchError) in
            let words = context.words(for: scope)
            try matcher.forEachMatch(
                in: buffer, ranges: ranges, words: words, foldedHashes: context.foldedWordHashes, scratch: context.scratch
            ) { range, token in
                let observed = String(String(decoding: buffer[range], as: UTF8.self).trimmingSpaces())
                var expected = replacements[token]
                if let key = keyPatterns[token] { expected = SubstitutionCheck.expand(expected, key: key, observed: observed, scratch: context.scratch) }
                var choices = expected.split(separator: "|").map(String.init)
                if capitalize, SubstitutionCheck.capitalizedFirst(observed) == observed {
                    choices = choices.map(SubstitutionCheck.capitalizedFirst)
                }
                // Already the preferred form: Vale compares case and all, whatever `ignorecase` says, so
                // "Javascript" is flagged for "JavaScript".
                let same = choices.contains { $0 == observed }
                guard !same, !exceptions.contains(observed, scratch: context.scratch) else { return }
                // Several choices read as Vale writes them: 'a' or 'b'; 'a', 'b', or 'c'. They carry their own
                // quotes, so the message's quotes around the first %s are dropped.
                let quoted = choices.count > 1 || (quotesChoices && choices.count == 1)
                let expectedText = quoted ? SubstitutionCheck.sentence(choices) : (choices.first ?? expected)
                emit(CheckMatch(range: range, arguments: [expectedText, observed], suggestions: choices,
                                firstArgumentQuoted: quoted, fixable: choices.count == 1 && safe.contains(token)))
            }
        }
    }

    /// `text` with its first character upper-cased, as Vale's `CapFirst`.
    static func capitalizedFirst(_ text: String) -> String {
        guard let first = text.first else { return text }
        return first.uppercased() + text.dropFirst()
    }

    static func hasGroupReference(_ text: String) -> Bool {
        var previousDollar = false
        for character in text {
            if previousDollar, character.isASCII, character.isNumber { return true }
            previousDollar = character == "$"
        }
        return false
    }

    /// `replacement` with each `$n` replaced by what group n of `key` matched in `observed`.
    static func expand(_ replacement: String, key: Pattern, observed: String, scratch: MatchScratch) -> String {
        let bytes = Array(observed.utf8)
        var groups: [String] = []
        bytes.withUnsafeBufferPointer { buffer in
            try? key.forEachMatch(in: buffer, scratch: scratch) { match in
                groups = (0...key.captureCount).map { index in
                    match.group(index).map { String(decoding: buffer[$0], as: UTF8.self) } ?? ""
                }
                return false
            }
        }
        guard !groups.isEmpty else { return replacement }
        var result = ""
        var characters = Array(replacement)[...]
        while let character = characters.popFirst() {
            if character == "$", let digit = characters.first, digit.isASCII, let index = digit.wholeNumberValue {
                characters.removeFirst()
                result += index < groups.count ? groups[index] : ""
            } else {
                result.append(character)
            }
        }
        return result
    }
}

extension SubstitutionCheck: CheckType {
    static let name = "substitution"
    static let keys: Set<String> = ["swap", "ignorecase", "nonword", "exceptions", "capitalize", "fix"]
    static var matchesWords: Bool { true }
    static var explainsPatterns: Bool { false }

    static func decode(_ keys: inout YAMLMapping, cache: ContentCache?, vale: Bool) throws(LoadError) -> Rule.Body {
        let ignoreCase = try keys.bool("ignorecase") ?? false
        guard let swap = try keys.pairs("swap"), !swap.isEmpty else {
            throw LoadError(path: keys.path, line: 1, key: "swap", message: "a substitution rule needs a 'swap' mapping")
        }
        let nonword = try keys.bool("nonword") ?? false
        let exceptions = try keys.strings("exceptions") ?? []
        let capitalize = try keys.bool("capitalize") ?? false
        var replaceAction = false
        if var action = try keys.mapping("action") {
            let name = try action.string("name")
            let params = try action.strings("params") ?? []
            replaceAction = name == "replace" && params.isEmpty
        }
        let safe = try safeSwaps(&keys, swap: swap)
        return try compiled(keys, "swap") { () throws(PatternError) in
            try SubstitutionCheck(swap: swap, ignoreCase: ignoreCase, nonword: nonword, exceptions: exceptions,
                                  safe: safe, capitalize: capitalize, quotesChoices: replaceAction, phraseCache: cache)
        }
    }

    /// The whole swap table, one entry a line, choices set apart.
    static func details(_ keys: inout YAMLMapping) throws(LoadError) -> [String] {
        guard let swap = try keys.pairs("swap") else { return [] }
        let width = swap.map(\.0.count).max() ?? 0
        return ["swap (\(Counted.text(swap.count, "entry", plural: "entries"))):"]
            + swap.map { "  \($0.0.padding(width))  →  \($0.1.split(separator: "|").joined(separator: " | "))" }
    }

    /// The `fix` key (candor's): which swaps `--fix` may apply, by position in `swap`. `all`, `none` (the
    /// default: each swap is a suggestion a person takes or leaves), or a list of the swap keys that are safe,
    /// those whose replacement reads right wherever the match stands: the same part of speech and number
    /// ("utilize: use"), unlike "synergies: working together", which turns "leverage synergies" into "use
    /// working together".
    private static func safeSwaps(_ keys: inout YAMLMapping, swap: [(String, String)]) throws(LoadError) -> Set<Int> {
        guard let named = try keys.strings("fix") else { return [] }
        if named == ["all"] { return Set(swap.indices) }
        if named == ["none"] || named.isEmpty { return [] }
        var safe: Set<Int> = []
        for name in named {
            let positions = swap.indices.filter { swap[$0].0 == name }
            guard !positions.isEmpty else {
                throw keys.error("fix", "'\(name)' is no key of 'swap' (fix takes all, none, or a list of swap keys)")
            }
            safe.formUnion(positions)
        }
        return safe
    }
}
