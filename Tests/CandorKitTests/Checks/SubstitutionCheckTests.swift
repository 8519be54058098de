import Foundation
import Testing
@testable import CandorKit

/// Vale's `substitution`: observed to expected, `%s` order, choices, and forms already preferred.
struct SubstitutionCheckTests {
    private let plain = """
        extends: substitution
        message: Consider using '%s' instead of '%s'
        level: warning
        ignorecase: false
        swap:
          abundance: plenty
          accelerate: speed up
        """

    @Test func messageTakesExpectedThenObserved() throws {
        let found = try findings(plain, on: "An abundance of ways to accelerate.")
        #expect(found.map(\.message) == [
            "Consider using 'plenty' instead of 'abundance'",
            "Consider using 'speed up' instead of 'accelerate'",
        ])
        #expect(found.map(\.suggestions) == [["plenty"], ["speed up"]])
    }

    @Test func caseSensitiveUnlessIgnorecase() throws {
        #expect(try matches(plain, on: "Abundance everywhere.").isEmpty)
        let caseless = plain.replacingOccurrences(of: "ignorecase: false", with: "ignorecase: true")
        #expect(try matches(caseless, on: "Abundance everywhere.") == ["Abundance"])
    }

    @Test func pipeOffersChoices() throws {
        let rule = """
            extends: substitution
            message: Consider using %s instead of '%s.'
            level: warning
            action:
              name: replace
            swap:
              masterful: skilled|authoritative|commanding
            """
        let found = try #require(try findings(rule, on: "A masterful talk.").first)
        #expect(found.suggestions == ["skilled", "authoritative", "commanding"])
    }

    /// BUG (SubstitutionCheck.swift, the `' or '` join): Vale's documented example (vale.sh, substitution,
    /// "Multiple suggestions") leaves the first `%s` unquoted because Vale quotes the choices itself
    /// (`core.ToSentence`); candor prints "Consider using skilled' or 'authoritative' or 'commanding
    /// instead of 'masterful.'", with unbalanced quotes.
    @Test func pipeChoicesReadAsValeWritesThem() throws {
        let rule = """
            extends: substitution
            message: Consider using %s instead of '%s.'
            level: warning
            action:
              name: replace
            swap:
              masterful: skilled|authoritative|commanding
              learnt: learned|found out
            """
        #expect(try findings(rule, on: "A masterful talk.").first?.message
            == "Consider using 'skilled', 'authoritative', or 'commanding' instead of 'masterful.'")
        #expect(try findings(rule, on: "I learnt it.").first?.message
            == "Consider using 'learned' or 'found out' instead of 'learnt.'")
    }

    @Test func alreadyPreferredFormIsNotFlagged() throws {
        let rule = "extends: substitution\nmessage: \"Use '%s'\"\nignorecase: true\nswap:\n  'e-?mail': email\n"
        #expect(try matches(rule, on: "Send an email, or an e-mail, or an EMAIL.") == ["e-mail"])
    }

    @Test func regexKeysMatch() throws {
        let rule = "extends: substitution\nmessage: \"Use '%s' instead of '%s'\"\nswap:\n  '(?:give|gave) rise to': lead to\n"
        let found = try findings(rule, on: "It gave rise to questions.")
        #expect(found.map(\.match) == ["gave rise to"])
        #expect(found.first?.message == "Use 'lead to' instead of 'gave rise to'")
    }

    @Test func indexedVerbsPickTheirArgument() throws {
        let rule = "extends: substitution\nmessage: \"'%[2]s' is jargon; '%[1]s' says it plainly.\"\nswap:\n  leverage: use\n"
        #expect(try findings(rule, on: "We leverage it.").first?.message == "'leverage' is jargon; 'use' says it plainly.")
    }

    @Test func eachKeyGetsItsOwnReplacementInALongList() throws {
        let pairs = (0..<10_000).map { "  w\($0)x: r\($0)" }
        let rule = "extends: substitution\nmessage: \"Use '%s'\"\nswap:\n" + pairs.joined(separator: "\n")
        let found = try findings(rule, on: "w7777x and w42x")
        #expect(found.map(\.suggestions) == [["r7777"], ["r42"]])
    }

    @Test func eachRegexKeyGetsItsOwnReplacementAcrossSplitPatterns() throws {
        let pairs = (0..<10_000).map { "  'w\($0)x+': r\($0)" }
        let rule = "extends: substitution\nmessage: \"Use '%s'\"\nswap:\n" + pairs.joined(separator: "\n")
        let found = try findings(rule, on: "w7777xx and w42x")
        #expect(found.map(\.suggestions) == [["r7777"], ["r42"]])
    }

    @Test func exceptionsAreLetGo() throws {
        let rule = """
            extends: substitution
            message: m
            ignorecase: true
            exceptions: [Utilize Inc]
            swap:
              utilize: use
              utilize inc: x
            """
        #expect(try matches(rule, on: "Utilize Inc will utilize it.") == ["utilize"])
    }
}
