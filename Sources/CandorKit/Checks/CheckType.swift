import CandorRegex

/// A check type as a rule file names it in `extends`: the keys it takes beyond the common ones
/// (`RuleLoader.commonKeys`), how it decodes them into the rule's body, and what the rest of candor needs to
/// know of its matches. As in Vale, each check type owns its YAML: a new one is a type conforming to this
/// (beside its `Check`, in its own file) and a line in `RuleLoader.checkTypes`.
protocol CheckType: Sendable {
    /// The `extends` name, which `candor rules`, `explain` and the JSON listing print.
    static var name: String { get }
    /// The keys it takes beyond the common ones; the loader refuses any other before `decode` runs.
    static var keys: Set<String> { get }
    /// The rule's body from its keys. Every missing or bad value is a `LoadError` naming its key. `cache` keeps
    /// what is slow to build from a long list (`PhraseMatcher`) between runs; `vale`: the rule is a Vale
    /// style's, loaded through a Vale configuration.
    static func decode(_ keys: inout YAMLMapping, cache: ContentCache?, vale: Bool) throws(LoadError) -> Rule.Body
    /// What `candor explain` shows of its keys as written (`Rule.details`); `decode` has already checked them.
    static func details(_ keys: inout YAMLMapping) throws(LoadError) -> [String]
    /// Its matches are the words and phrases of a list: a configuration's `accept` lets them go, the language
    /// server offers to accept one, and a Vale style's rule places them as Vale does (`ValeLineLookup`).
    static var matchesWords: Bool { get }
    /// A finding stands where the check puts it, not trimmed to its visible text (a metric's whole post).
    static var placesItsFindings: Bool { get }
    /// `candor explain` lists its patterns; false where `details` says the same readably (a swap table).
    static var explainsPatterns: Bool { get }
}

extension CheckType {
    static func details(_ keys: inout YAMLMapping) throws(LoadError) -> [String] { [] }
    static var matchesWords: Bool { false }
    static var placesItsFindings: Bool { false }
    static var explainsPatterns: Bool { true }

    /// The check `make` compiles, as a post rule's body; a pattern PCRE2 refuses is an error on `key`.
    static func compiled(_ keys: YAMLMapping, _ key: String, _ make: () throws(PatternError) -> any Check) throws(LoadError) -> Rule.Body {
        do {
            return .post(try make())
        } catch {
            throw keys.error(key, "pattern does not compile: \(error.reason) at offset \(error.offset): \(error.caretDiagram)")
        }
    }
}
