import Testing
@testable import CandorKit

struct GitHubReporterTests {
    @Test func matchesGolden() throws {
        try Golden.check(ReporterFixture.output(GitHubReporter()), file: "github.txt")
    }

    @Test func everyFindingIsAnAnnotationWithFileLineColumnsAndTitle() throws {
        let lines = try ReporterFixture.output(GitHubReporter()).split(separator: "\n")
        #expect(lines.count == 6)
        for line in lines.dropLast() {
            #expect(line.wholeMatch(of: /::(error|warning|notice) file=[^,]+,line=\d+,col=\d+,endColumn=\d+,title=Test\.[A-Za-z]+::.+/) != nil, "\(line)")
        }
        #expect(lines.contains(#"::warning file=posts/launch.md,line=5,col=4,endColumn=12,title=Test.Jargon::Use "use" instead of "leverage"."#))
        #expect(lines.contains { $0.hasPrefix("::notice file=posts/launch.md,line=5,col=39,endColumn=46,title=Test.Hype::") })
        #expect(lines.contains { $0.hasPrefix("::error file=posts/launch.md,line=7,") })
        // The feed finding annotates the run, not a file.
        #expect(lines.last?.hasPrefix("::warning title=Test.Feed::") == true)
    }

    @Test func escapesAsTheRunnerExpects() {
        #expect(GitHubReporter.escapedProperty("a%b\r\nc:d,e") == "a%25b%0D%0Ac%3Ad%2Ce")
        #expect(GitHubReporter.escapedData("50%: a,b\r\nc") == "50%25: a,b%0D%0Ac")
        #expect(GitHubReporter.command(.suggestion, [("file", "a,b:c.md"), ("title", "X.Y")], "m:1\n2")
                == "::notice file=a%2Cb%3Ac.md,title=X.Y::m:1%0A2\n")
    }

    @Test func findingOverSeveralLinesGivesEndLine() throws {
        let rule = try makeRule("extends: metric\nmessage: Too many words.\nformula: words\ncondition: '> 3'\n", name: "Words")
        let result = try lint("One two three\nfour five, six:\nseven.", rules: [rule], path: "a,b:c.md")
        var reporter = GitHubReporter()
        var output = ""
        reporter.report(result, to: &output)
        #expect(output == "::warning file=a%2Cb%3Ac.md,line=1,endLine=3,col=1,endColumn=7,title=Test.Words::Too many words.\n")
    }

    /// ESC and other controls are escaped before the runner's own escapes, which still carry line breaks.
    @Test func controlCharactersAreEscapedAndEachFindingStaysOneCommand() throws {
        let output = try HostileFixture.output(GitHubReporter())
        #expect(!HostileFixture.hasRawControl(output))
        #expect(output.split(separator: "\n", omittingEmptySubsequences: false) == [
            #"::warning file=evil\x1b[2J\x9b31m%0Aname\\x1b.md,line=1,endLine=2,col=4,endColumn=3,title=Test.Jargon::'leverage%0Ait' is jargon.%0ASee\tthe guide."#,
            #"::warning title=Test.Feed::A run of 1 posts.%0D%0A::error::forged"#,
            "",
        ])
    }
}
