import Testing
@testable import CandorKit

struct TextReporterTests {
    @Test func matchesGolden() throws {
        try Golden.check(ReporterFixture.output(TextReporter(color: false)), file: "text.txt")
    }

    /// `--verbose` lists the posts with no findings too, and then the summary has nothing left out to tell.
    @Test func matchesGoldenVerbose() throws {
        try Golden.check(ReporterFixture.output(TextReporter(color: false, verbose: true)), file: "text-verbose.txt")
    }

    /// On a terminal 60 columns wide.
    @Test func matchesGoldenWrapped() throws {
        try Golden.check(ReporterFixture.output(TextReporter(color: false, width: 60)), file: "text-wrapped-60.txt")
    }

    /// Wrapped at any width, no line is longer than the terminal unless one word is, a rule id or a position
    /// is never split, and the words are the unwrapped output's, in order.
    @Test(arguments: [40, 50, 64, 80, 120])
    func wrapsBetweenWordsWithinTheWidth(width: Int) throws {
        let plain = try ReporterFixture.output(TextReporter(color: false))
        let wrapped = try ReporterFixture.output(TextReporter(color: false, width: width))
        for line in wrapped.split(separator: "\n") {
            let longestWord = line.split(separator: " ").map(\.count).max() ?? 0
            #expect(line.count <= width || longestWord + 5 > width, "\(line)")
        }
        for rule in ["Test.Jargon", "Test.Hype", "Test.Shout", "Test.Feed"] {
            #expect(wrapped.split(separator: "\n").contains { $0.hasSuffix(rule) }, "\(rule) split at \(width)")
        }
        #expect(wrapped.split(whereSeparator: \.isWhitespace) == plain.split(whereSeparator: \.isWhitespace))
        // Colour is laid out the same: its escapes take no columns.
        let coloured = try ReporterFixture.output(TextReporter(color: true, width: width))
        #expect(coloured.replacing(/\x{1B}\[[0-9]+m/, with: "") == wrapped)
    }

    @Test func colourOnlyWhenAsked() throws {
        let plain = try ReporterFixture.output(TextReporter(color: false))
        let coloured = try ReporterFixture.output(TextReporter(color: true))
        #expect(!plain.contains("\u{1B}["))
        #expect(coloured.contains("\u{1B}[31merror"))
        #expect(coloured.contains("\u{1B}[33mwarning"))
        // Without its escapes, the coloured output is the plain one.
        let stripped = coloured.replacing(/\x{1B}\[[0-9]+m/, with: "")
        #expect(stripped == plain)
    }

    @Test func emptyRunSaysSo() {
        var reporter = TextReporter(color: false)
        var output = ""
        reporter.finish(RunSummary(), to: &output)
        #expect(output == "0 errors, 0 warnings and 0 suggestions in 0 posts of 0 files; 0 broadcast, mean score -.\n")
    }

    @Test func controlCharactersAreEscapedAndEachFindingStaysOneLine() throws {
        for color in [false, true] {
            let output = try HostileFixture.output(TextReporter(color: color))
            // Colour is the reporter's own ESC; without it nothing is left to act on the terminal.
            let plain = output.replacing(/\x{1B}\[[0-9]+m/, with: "")
            #expect(!HostileFixture.hasRawControl(plain), "\(plain)")
            let lines = plain.split(separator: "\n").map(String.init)
            #expect(lines.first == HostileFixture.escapedPath)
            #expect(lines.contains(#"   1:4  warning     'leverage\nit' is jargon.\nSee\tthe guide.  Test.Jargon"#), "\(lines)")
            #expect(lines.contains(#"   warning     A run of 1 posts.\r\n::error::forged  Test.Feed"#), "\(lines)")
        }
    }
}
