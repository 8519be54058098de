import Testing
@testable import CandorKit

struct TextReporterTests {
    @Test func matchesGolden() throws {
        try Golden.check(ReporterFixture.output(TextReporter(color: false)), file: "text.txt")
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
