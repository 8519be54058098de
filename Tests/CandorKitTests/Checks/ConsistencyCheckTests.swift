import Testing
@testable import CandorKit

/// Vale's `consistency`: one post, one spelling; the form used second is flagged.
struct ConsistencyCheckTests {
    private let spelling = """
        extends: consistency
        message: "Inconsistent spelling of '%s'."
        level: error
        ignorecase: true
        either:
          advisor: adviser
          centre: center
        """

    @Test func secondFormIsFlaggedWhereverItStands() throws {
        let found = try findings(spelling, on: "The adviser met the advisor and another Advisor.")
        #expect(found.map(\.match) == ["advisor", "Advisor"])
        #expect(found.first?.message == "Inconsistent spelling of 'advisor'.")
        #expect(try matches(spelling, on: "The advisor met the adviser.") == ["adviser"])
    }

    @Test func oneFormIsConsistent() throws {
        #expect(try matches(spelling, on: "The advisor met another advisor at the centre.").isEmpty)
    }

    @Test func pairsAreIndependent() throws {
        #expect(try matches(spelling, on: "advisor, center, adviser, centre") == ["adviser", "centre"])
    }
}
