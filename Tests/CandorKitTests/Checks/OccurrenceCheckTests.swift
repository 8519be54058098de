import Testing
@testable import CandorKit

/// Vale's `occurrence`: too many or too few of a token in each part of the scope.
struct OccurrenceCheckTests {
    private let commas = """
        extends: occurrence
        message: 'More than 3 commas! (found: %s)'
        level: error
        scope: sentence
        max: 3
        token: ','
        """

    @Test func maxFlagsASentenceWithTooMany() throws {
        let found = try findings(commas, on: "We have apples, pears, plums, figs, and more. Short, fine.")
        #expect(found.count == 1)
        #expect(found.first?.message == "More than 3 commas! (found: 4)")
        #expect(found.first?.level == .error)
        // From the first comma to the last: "apples" ends at column 15.
        #expect(found.first?.start == Location(line: 1, column: 15))
        #expect(found.first?.match == ", pears, plums, figs,")
    }

    @Test func maxCountsPerSentence() throws {
        #expect(try findings(commas, on: "A, b, c. D, e, f. G, h.").isEmpty)
        #expect(try findings(commas, on: "A, b, c, d.").isEmpty)  // three is not more than three
        #expect(try findings(commas, on: "A, b, c, d, e.").count == 1)
    }

    @Test func minFlagsAPartThatLacksTheToken() throws {
        let rule = "extends: occurrence\nmessage: 'Ask something (found %s).'\nmin: 1\ntoken: '\\?'\n"
        let found = try findings(rule, on: "No question here.")
        #expect(found.map(\.message) == ["Ask something (found 0)."])
        #expect(found.first?.match == "No question here.")
        #expect(try findings(rule, on: "Any questions?").isEmpty)
    }

    @Test func minAndMaxTogether() throws {
        let rule = "extends: occurrence\nmessage: '%s hashtags'\nmin: 1\nmax: 2\ntoken: '#\\w+'\n"
        #expect(try findings(rule, on: "none").map(\.message) == ["0 hashtags"])
        #expect(try findings(rule, on: "#a #b").isEmpty)
        #expect(try findings(rule, on: "#a #b #c").map(\.message) == ["3 hashtags"])
    }
}
