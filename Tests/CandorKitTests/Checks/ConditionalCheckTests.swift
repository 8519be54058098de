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

/// Every group of `second` defines a term, as in Vale: "(NBA)" in the second alternative counts.
struct ConditionalGroupsTests {
    @Test func anyGroupOfSecondDefines() throws {
        let rule = #"""
            extends: conditional
            message: "'%s' has no definition"
            first: '\b([A-Z]{3,5})\b'
            second: '([A-Z]{3,5}): (?:\b[A-Z][a-z]+ )+|(?:\b[A-Z][a-z]+ )+\(([A-Z]{3,5})\)'
            """#
        let text = "The National Basketball Association (NBA) plays. The NBA and the NFL."
        #expect(try findings(rule, on: text).map(\.message) == ["'NFL' has no definition"])
    }
}

/// An occurrence over headings is reported from the heading's first visible character, not its `#`s.
struct OccurrenceVisibleTests {
    @Test func headingFindingStartsAtItsText() throws {
        let rule = "extends: occurrence\nmessage: long\nscope: heading & ~heading.h1\nmax: 5\ntoken: .\n"
        let found = try findings(rule, on: "# Title long enough\n\n## A heading too long\n")
        #expect(found.map(\.start.line) == [3])
        #expect(found.map(\.start.column) == [4])
    }
}
