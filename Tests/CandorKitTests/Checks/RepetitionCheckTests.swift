import Testing
@testable import CandorKit

/// Vale's `repetition`: a token repeated back to back.
struct RepetitionCheckTests {
    private let repeated = #"""
        extends: repetition
        message: "'%s' is repeated!"
        level: error
        alpha: true
        tokens:
          - '[^\s]+'
        """#

    @Test func flagsTheRepeatedPair() throws {
        let found = try findings(repeated, on: "This is is a test.")
        #expect(found.map(\.match) == ["is is"])
        #expect(found.first?.message == "'is' is repeated!")
        #expect(found.first?.start == Location(line: 1, column: 6))
        #expect(found.first?.end == Location(line: 1, column: 11))
    }

    @Test func alphaIgnoresNonLetters() throws {
        #expect(try matches(repeated, on: "Call 555 555 now.").isEmpty)
        let any = repeated.replacingOccurrences(of: "alpha: true", with: "alpha: false")
        #expect(try matches(any, on: "Call 555 555 now.") == ["555 555"])
    }

    @Test func caseMattersUnlessIgnorecase() throws {
        #expect(try matches(repeated, on: "The the end.").isEmpty)
        #expect(try matches(repeated + "\nignorecase: true", on: "The the end.") == ["The the"])
    }

    @Test func maxAllowsThatManyRepeats() throws {
        let rule = repeated + "\nmax: 1"
        #expect(try matches(rule, on: "go go now").isEmpty)
        #expect(try matches(rule, on: "go go go now").count == 1)
    }

    @Test func separateRunsAreSeparateFindings() throws {
        #expect(try matches(repeated, on: "so so and then then").count == 2)
    }

    /// BUG (RepetitionCheck.swift, `runStart` is not moved after a finding): with `max: 0`, "go go go"
    /// gives "go go" and then "go go go", both at column 1. Vale reports each repeat from the previous
    /// match: "go go" at column 1 and "go go" at column 4.
    @Test func aRunOfThreeGivesTwoPairsAsVale() throws {
        let found = try findings(repeated, on: "go go go")
        #expect(found.map(\.match) == ["go go", "go go"])
        #expect(found.map(\.start.column) == [1, 4])
    }

    /// A Vale style's rule reads the rendered text: the link's markup between two "in" is gone, so they
    /// repeat. Vale, not finding "in in" in the source, reports the first line holding every word of the
    /// sentence, from its first column.
    @Test func aValeStyleRuleRepeatsAcrossALinkAndIsPlacedAsVale() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("styles/V/Repetition.yml", repeated)
        let rules = try RuleLoader.loadPack(at: folder.path + "/styles/V") { _ in }
        let text = "Some words on a first line.\nThese were [added to the API in](https://example.com/a) in GitLab.\n"
        let found = try lint(text, rules: rules).findings
        #expect(found.map(\.message) == ["'in' is repeated!"])
        #expect(found.map(\.start) == [Location(line: 2, column: 1)])
        // candor's own rule reads the markup as spaces and reports the repetition where it stands.
        #expect(try findings(repeated, on: text).map(\.start) == [Location(line: 2, column: 30)])
        // A sentence over two lines: no line holds all its words, and Vale, unable to place it, reports nothing.
        let spread = "Some words on a first line, and\nthese were [added to the API in](https://example.com/a) in GitLab.\n"
        #expect(try lint(spread, rules: rules).findings.isEmpty)
        // Where the rendered text stands in the source as a word, Vale reports it there: the repetition across
        // the link is placed on the later "in in", which is reported too.
        let plain = "First [the API in](https://example.com/a) in GitLab, in in short.\n"
        #expect(try lint(plain, rules: rules).findings.map(\.start.column) == [54, 54])
    }
}
