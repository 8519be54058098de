import Testing
@testable import CandorKit

/// Vale's `conditional`: an abbreviation must be defined somewhere in the post.
struct ConditionalCheckTests {
    private let abbreviations = #"""
        extends: conditional
        message: "'%s' has no definition."
        level: error
        scope: text
        ignorecase: false
        first: '\b([A-Z]{3,5})\b'
        second: '(?:\b[A-Z][a-z]+ )+\(([A-Z]{3,5})\)'
        exceptions:
          - ABC
        """#

    @Test func undefinedAbbreviationsAreFlagged() throws {
        let found = try findings(abbreviations, on: "The World Health Organization (WHO) said WHO, NASA and ABC agree.")
        #expect(found.map(\.match) == ["NASA"])
        #expect(found.first?.message == "'NASA' has no definition.")
    }

    @Test func definitionLaterInThePostCounts() throws {
        #expect(try matches(abbreviations, on: "WHO said so. World Health Organization (WHO) is global.").isEmpty)
    }
}
