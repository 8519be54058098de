import Testing
@testable import CandorKit

/// Regression (found by FuzzRuleLoader): a `swap` entry whose replacement has no choice in it (empty, null
/// or only `|`) trapped on a force unwrap when the rule flagged its word, taking the whole run down. It is
/// now flagged with the replacement as written, and offers no suggestion.
struct EmptyReplacementTests {
    private let rule = """
        extends: substitution
        message: "'%[2]s', not '%[1]s'"
        swap:
          leverage:
          synergy: ''
          paradigm: '|'
        """

    @Test func aReplacementWithoutChoicesIsFlaggedWithoutSuggestions() throws {
        let found = try findings(rule, on: "We leverage synergy as a paradigm.")
        #expect(found.map(\.match) == ["leverage", "synergy", "paradigm"])
        #expect(found.map(\.message) == ["'leverage', not ''", "'synergy', not ''", "'paradigm', not '|'"])
        #expect(found.allSatisfy { $0.suggestions.isEmpty })
    }
}
