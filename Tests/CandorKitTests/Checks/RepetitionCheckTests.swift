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
}
