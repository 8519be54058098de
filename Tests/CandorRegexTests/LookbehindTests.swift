import Testing
@testable import CandorRegex

/// Lookbehinds PCRE2 10.42 refuses (unbounded or of varying length), emulated through callouts that test
/// the body on the text ending where the lookbehind stands, as Vale's engine reads them.
struct LookbehindTests {
    private func texts(_ pattern: Pattern, _ text: String) throws -> [String] {
        let bytes = Array(text.utf8)
        return try pattern.matches(in: text).map { String(decoding: bytes[$0], as: UTF8.self) }
    }

    @Test func unboundedNegativeLookbehindAsGoogleColonsWritesIt() throws {
        let colons = try Pattern(#"(?<!:[^ ]+?):\s[A-Z]"#)
        #expect(try texts(colons, "Note: This matters.") == [": T"])
        // Preceded by a colon and non-spaces (a time, a URL scheme): not flagged.
        #expect(try texts(colons, "At 10:30: Lunch.").isEmpty)
        #expect(try texts(colons, "One: Two and a:b: Three") == [": T"])
    }

    @Test func variablePositiveLookbehindAnywhereInThePattern() throws {
        let pattern = try Pattern(#"\b\w+(?<=\b(?:an|the|these))\s+apples?"#, caseless: true)
        #expect(try texts(pattern, "I ate the apple and these apples, not my apple.") == ["the apple", "these apples"])
    }

    @Test func lookbehindSharesTheLeadingOptions() throws {
        let pattern = try Pattern(#"(?i)(?<!mr\.?\s+)smith"#)
        #expect(try texts(pattern, "Mr Smith met smith and MR. SMITH.") == ["smith"])
    }

    @Test func fixedLengthLookbehindsCompileAsWritten() throws {
        #expect(try texts(Pattern(#"(?<=\$)\d+"#), "costs $40 or 50") == ["40"])
    }

    @Test func splitLeavesClassesEscapesAndNamedGroupsAlone() throws {
        let split = try #require(Lookbehind.split(#"[(?<=]\(?<=x(?<name>a)(?<=b|cd)e"#))
        #expect(split.pattern == #"[(?<=]\(?<=x(?<name>a)(?C1)e"#)
        #expect(split.bodies.map(\.body) == ["b|cd"])
        #expect(split.bodies.map(\.negative) == [false])
        #expect(Lookbehind.split("plain") == nil)
    }

    @Test func aPatternThatStillCannotCompileIsAnError() throws {
        let error = #expect(throws: PatternError.self) { try Pattern(#"(?<!a+)(b"#) }
        #expect(error?.reason.contains("parenthesis") == true)
    }
}
