import Testing
@testable import CandorKit

struct LineReporterTests {
    @Test func matchesGolden() throws {
        try Golden.check(ReporterFixture.output(LineReporter()), file: "line.txt")
    }

    @Test func everyLineIsValesShape() throws {
        let lines = try ReporterFixture.output(LineReporter()).split(separator: "\n")
        #expect(!lines.isEmpty)
        for line in lines {
            #expect(line.wholeMatch(of: /[^:]+:\d+:\d+:[A-Za-z]+\.[A-Za-z]+:.+/) != nil, "\(line)")
        }
    }

    /// A file name with ESC and a line break, a match across a line break and messages with line breaks: one
    /// record a finding still, with every control character escaped.
    @Test func controlCharactersAreEscapedAndEachFindingStaysOneLine() throws {
        let output = try HostileFixture.output(LineReporter())
        #expect(!HostileFixture.hasRawControl(output))
        #expect(output.split(separator: "\n", omittingEmptySubsequences: false) == [
            #"evil\x1b[2J\x9b31m\nname\\x1b.md:1:4:Test.Jargon:'leverage\nit' is jargon.\nSee\tthe guide."#,
            #"<feed>:1:1:Test.Feed:A run of 1 posts.\r\n::error::forged"#,
            "",
        ])
    }

    /// The rendering the workers do gives the same escaped line.
    @Test func rendererEscapesAsReportDoes() throws {
        let result = try lint(HostileFixture.text, rules: HostileFixture.rules(), path: HostileFixture.path)
        let render = try #require(LineReporter().renderer)
        let rendered = render(result)
        #expect(rendered.hasPrefix(HostileFixture.escapedPath + ":1:4:Test.Jargon:"))
        #expect(rendered.filter { $0 == "\n" }.count == 1 && !HostileFixture.hasRawControl(rendered))
    }
}
