import Testing
@testable import CandorKit

/// How a rule's message template takes a finding's arguments (Go's `%s` and `%[n]s`, as Vale writes them).
struct RuleMessageTests {
    func rule(message: String) throws -> Rule {
        try makeRule("extends: existence\nmessage: \"\(message)\"\ntokens: [x]\n")
    }

    @Test func eachPercentSTakesTheNextArgument() throws {
        #expect(try rule(message: "Use '%s' instead of '%s'.").message(for: ["use", "utilize"]) == "Use 'use' instead of 'utilize'.")
    }

    @Test func positionalArgumentsAndTheOneAfterThem() throws {
        // As Go's fmt: a `%s` after `%[n]s` takes argument n + 1.
        let rule = try rule(message: "%[2]s, not %[1]s; then %s.")
        #expect(rule.message(for: ["a", "b", "c"]) == "b, not a; then b.")
        #expect(try self.rule(message: "%[1]s then %s").message(for: ["a", "b"]) == "a then b")
    }

    @Test func missingArgumentsBecomeNothing() throws {
        #expect(try rule(message: "'%s' and '%[3]s'").message(for: ["only"]) == "'only' and ''")
        // No arguments at all (a check that gives none) leaves the markers empty rather than failing.
        #expect(try rule(message: "x%[1]sy%sz").message(for: []) == "xyz")
    }

    @Test func aPercentSignThatIsNoMarkerStays() throws {
        #expect(try rule(message: "50% of %s, 100%[x]s and %").message(for: ["posts"]) == "50% of posts, 100%[x]s and %")
    }

    @Test func aQuotedListOfChoicesLosesTheQuotesAroundTheFirstMarkerOnly() throws {
        let rule = try rule(message: "Say '%s' rather than '%s'.")
        #expect(rule.message(for: ["'a' or 'b'", "c"], firstArgumentQuoted: true) == "Say 'a' or 'b' rather than 'c'.")
        let positional = try self.rule(message: "Say '%[1]s' rather than '%[2]s'.")
        #expect(positional.message(for: ["'a' or 'b'", "c"], firstArgumentQuoted: true) == "Say 'a' or 'b' rather than 'c'.")
    }

    @Test func textOutsideASCIIIsKeptWhole() throws {
        #expect(try rule(message: "« %s » — évitez-le ✋").message(for: ["synergie"]) == "« synergie » — évitez-le ✋")
    }
}
