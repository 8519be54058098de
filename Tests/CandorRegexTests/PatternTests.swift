import Testing
@testable import CandorRegex

/// The PCRE2 wrapper: UTF + UCP compilation, errors with their place, Perl's empty-match stepping,
/// capture groups, and the limits that stop a runaway pattern.
struct PatternTests {
    /// The matched texts of `pattern` in `text`.
    private func texts(_ pattern: Pattern, _ text: String) throws -> [String] {
        let bytes = Array(text.utf8)
        return try pattern.matches(in: text).map { String(decoding: bytes[$0], as: UTF8.self) }
    }

    @Test func wordClassIsUnicodeAware() throws {
        #expect(try texts(Pattern(#"\w+"#), "café déjà-vu") == ["café", "déjà", "vu"])
        #expect(try Pattern(#"^\w$"#).matches(in: "é") == [0..<2])
        // With UCP, é is a word character, so there is no boundary between "caf" and "é".
        #expect(try Pattern(#"\bcaf\b"#).matches(in: "café").isEmpty)
    }

    @Test func wordBoundariesAroundCJKAndEmoji() throws {
        let tokyo = try Pattern(#"\b東京\b"#)
        // 去 (3 bytes) and a space: 東京 starts at byte 4 and is 6 bytes long.
        #expect(try tokyo.matches(in: "去 東京 吧") == [4..<10])
        // Inside a run of CJK letters there is no boundary.
        #expect(try tokyo.matches(in: "我在東京").isEmpty)
        // An emoji is not a word character: boundaries stand on both sides of "hi".
        #expect(try Pattern(#"\bhi\b"#).matches(in: "😀hi😀") == [4..<6])
    }

    @Test func caselessFoldsBeyondASCII() throws {
        #expect(try Pattern("été", caseless: true).matches(in: "ÉTÉ") == [0..<5])
        #expect(try Pattern("été").matches(in: "ÉTÉ").isEmpty)
        #expect(try Pattern("été").caseless == false)
    }

    @Test func compileErrorGivesReasonOffsetAndCaret() throws {
        let error = #expect(throws: PatternError.self) { try Pattern("ab(c") }
        #expect(error?.reason.contains("missing closing parenthesis") == true)
        #expect(error?.offset == 4)
        #expect(error?.caretDiagram == "ab(c\n    ^")

        let quantifier = #expect(throws: PatternError.self) { try Pattern("x{2,1}") }
        #expect(quantifier?.offset == 5)
        #expect(quantifier?.caretDiagram == "x{2,1}\n     ^")
    }

    @Test func caretCountsCharactersNotBytes() throws {
        // "é" is two bytes, so PCRE2's offset is 3, but the caret stands under column 2.
        let error = #expect(throws: PatternError.self) { try Pattern("é(") }
        #expect(error?.offset == 3)
        #expect(error?.caretDiagram == "é(\n  ^")
    }

    @Test func emptyMatchesStepWholeCharacters() throws {
        // a (byte 0), é (bytes 1-2), 😀 (bytes 3-6): empty matches at each boundary, never inside.
        #expect(try Pattern("x*").matches(in: "aé😀") == [0..<0, 1..<1, 3..<3, 7..<7])
    }

    @Test func emptyMatchThenNonEmptyAsPerl() throws {
        // Perl: "baa" =~ /a*/g gives "", "aa", "".
        #expect(try Pattern("a*").matches(in: "baa") == [0..<0, 1..<3, 3..<3])
    }

    @Test func unsetGroupIsNil() throws {
        let pattern = try Pattern("(a)|(b)")
        #expect(pattern.captureCount == 2)
        let bytes = Array("xb".utf8)
        var groups: [Range<Int>?] = []
        try bytes.withUnsafeBufferPointer { buffer in
            try pattern.forEachMatch(in: buffer, scratch: MatchScratch()) { match in
                groups = [match.group(0), match.group(1), match.group(2), match.group(3)]
                return false
            }
        }
        #expect(groups == [1..<2, nil, 1..<2, nil])
    }

    @Test func rangeBoundsTheSearchButLookbehindSeesBefore() throws {
        let pattern = try Pattern("(?<=x)a")
        let bytes = Array("xaxa".utf8)
        var found: [Range<Int>] = []
        try bytes.withUnsafeBufferPointer { buffer in
            try pattern.forEachMatch(in: buffer, range: 1..<2, scratch: MatchScratch()) { match in
                found.append(match.range)
                return true
            }
            #expect(try pattern.firstMatch(in: buffer, range: 2..<4, scratch: MatchScratch()) == 3..<4)
        }
        #expect(found == [1..<2])
        // `$` is the end of the range, not of the buffer.
        let anchored = try Pattern("a$")
        let end = try bytes.withUnsafeBufferPointer { buffer throws(MatchError) in
            try anchored.firstMatch(in: buffer, range: 0..<2, scratch: MatchScratch())
        }
        #expect(end == 1..<2)
    }

    @Test func bodyReturningFalseStops() throws {
        let bytes = Array("aaa".utf8)
        var count = 0
        try bytes.withUnsafeBufferPointer { buffer in
            try Pattern("a").forEachMatch(in: buffer, scratch: MatchScratch()) { _ in
                count += 1
                return false
            }
        }
        #expect(count == 1)
    }

    @Test(.hangLimit) func runawayPatternThrowsALimitQuickly() throws {
        let pattern = try Pattern("(a+)+$")
        let scratch = MatchScratch()
        let subject = String(repeating: "a", count: 40) + "!"
        let error = #expect(throws: MatchError.self) { try pattern.matches(in: subject, scratch: scratch) }
        // Without PCRE2's limits this takes 2^40 steps (hours). The work done, counted rather than timed: one
        // PCRE2 call, charged the subject's bytes once, stopped by a limit on its steps (at most
        // `MatchScratch.defaultMatchLimit`), its depth or its stack.
        #expect(MatchScratch.fullAllowance - scratch.fullLeft == subject.utf8.count)
        #expect(error == .matchLimit || error == .depthLimit || error == .jitStackLimit)
        // The scratch is still good for the next match.
        #expect(try Pattern("a+").matches(in: "baa", scratch: scratch) == [1..<3])
    }

    @Test func scratchCarriesTheMatchLimit() throws {
        // Ten a's take a few thousand steps: fine by default, too many for a limit of 100.
        let pattern = try Pattern("(a+)+$")
        let subject = String(repeating: "a", count: 10) + "!"
        #expect(try pattern.matches(in: subject, scratch: MatchScratch()).isEmpty)
        let error = #expect(throws: MatchError.self) {
            try pattern.matches(in: subject, scratch: MatchScratch(matchLimit: 100))
        }
        #expect(error == .matchLimit)
    }

    /// Linear per match but a match at every byte, each rereading the rest: quadratic over the subject, and
    /// under PCRE2's per-call limits. The budget of bytes read ends it with its own error.
    @Test(.hangLimit) func aPatternThatRereadsTheRestAtEveryMatchRunsOutOfItsBudget() throws {
        let pattern = try Pattern("a(?=a*$)")
        let scratch = MatchScratch()
        let error = #expect(throws: MatchError.self) {
            try pattern.matches(in: String(repeating: "a", count: 200_000), scratch: scratch)
        }
        #expect(error == .budget)
        // The scratch is still good, and a short run of the same pattern is well within its budget.
        #expect(try pattern.matches(in: "baaa", scratch: scratch) == [1..<2, 2..<3, 3..<4])
    }

    /// Once the fast path's allowance is spent, each call gets a window of the subject, widened while the
    /// match needs more (hard partial): the matches are those of the whole subject, whatever the window.
    @Test func windowedMatchesAreTheMatchesOfTheWholeSubject() throws {
        let long = String(repeating: "word ", count: 40) + String(repeating: "x", count: 300) + " café naïve 日本語 end."
        let cases: [(String, String)] = [
            (#"\w+"#, long), (#"\bend\b"#, long), (#"\.$"#, long + "\n"), (#"(?<=x)\s"#, long), ("", "ab日c"),
            ("x*", "axxb" + long), ("a(?=a*$)", String(repeating: "a", count: 500)), (#"[^x]+"#, long),
            (#"\w+(?=[^.]*\.)"#, long), ("日本", long), ("(?i)CAFÉ", long), (#"\s*"#, "a  b" + long),
        ]
        for (source, subject) in cases {
            let pattern = try Pattern(source)
            let whole = try pattern.matches(in: subject)
            let bytes = Array(subject.utf8)
            var windowed: [Range<Int>] = []
            let scratch = MatchScratch()
            scratch.beginBudget(subjectBytes: bytes.count)
            scratch.fullLeft = 0
            try bytes.withUnsafeBufferPointer { buffer in
                try pattern.forEachMatch(in: buffer, scratch: scratch) { windowed.append($0.range); return true }
            }
            #expect(windowed == whole, "\(source)")
            #expect(!whole.isEmpty, "\(source)")
        }
    }

    @Test func moreThanSixtyFourGroupsWork() throws {
        let pattern = try Pattern(String(repeating: "(a)", count: 70))
        #expect(pattern.captureCount == 70)
        let bytes = Array(("x" + String(repeating: "a", count: 70)).utf8)
        var last: Range<Int>?
        var whole: Range<Int>?
        try bytes.withUnsafeBufferPointer { buffer in
            try pattern.forEachMatch(in: buffer, scratch: MatchScratch()) { match in
                whole = match.range
                last = match.group(70)
                return false
            }
        }
        #expect(whole == 1..<71)
        #expect(last == 70..<71)
    }

    @Test func emptySubjectMatches() throws {
        #expect(try Pattern("^$").matches(in: "") == [0..<0])
        #expect(try Pattern("a").matches(in: "").isEmpty)
    }
}
