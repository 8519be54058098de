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
        // Vale compares case and all: "EMAIL" is not yet "email", whatever `ignorecase` says.
        #expect(try matches(rule, on: "Send an email, or an e-mail, or an EMAIL.") == ["e-mail", "EMAIL"])
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

/// Vale's substitution details: `capitalize`, a case-sensitive "already preferred" test, `$1` in a
/// replacement, and the observed text without surrounding whitespace.
struct SubstitutionValeTests {
    @Test func capitalizeKeepsTheCapitalOfWhatItReplaces() throws {
        let rule = """
            extends: substitution
            message: "Use '%s' instead of '%s'."
            ignorecase: true
            capitalize: true
            action:
              name: replace
            swap:
              are not: aren't
            """
        #expect(try findings(rule, on: "Are not they? They are not.").map(\.message)
            == ["Use 'Aren't' instead of 'Are not'.", "Use 'aren't' instead of 'are not'."])
        let plain = rule.replacingOccurrences(of: "capitalize: true\n", with: "")
        #expect(try findings(plain, on: "Are not they?").map(\.message) == ["Use 'aren't' instead of 'Are not'."])
    }

    @Test func anotherCaseOfTheReplacementIsFlagged() throws {
        let rule = "extends: substitution\nmessage: \"Use '%s' rather than '%s'.\"\nignorecase: true\nswap:\n  javascript: JavaScript\n"
        #expect(try findings(rule, on: "Javascript, JavaScript and javascript.").map(\.message)
            == ["Use 'JavaScript' rather than 'Javascript'.", "Use 'JavaScript' rather than 'javascript'."])
    }

    @Test func groupReferencesTakeTheMatchedText() throws {
        let rule = """
            extends: substitution
            message: "Use '%s' instead of '%s'."
            ignorecase: true
            scope: raw
            swap:
              "change in(?: )?to the (.*) directory": change to the $1 directory
            """
        #expect(try findings(rule, on: "Change into the /etc directory.").map(\.message)
            == ["Use 'change to the /etc directory' instead of 'Change into the /etc directory'."])
    }
}
