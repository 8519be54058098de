import Testing
@testable import CandorKit

struct ScoreReporterTests {
    @Test func textEscapesControlCharactersAndKeepsOnePostALine() throws {
        let output = try HostileFixture.output(ScoreReporter(format: .text, explain: true))
        #expect(!HostileFixture.hasRawControl(output))
        let lines = output.split(separator: "\n").map(String.init)
        #expect(lines.filter { $0.hasSuffix(HostileFixture.escapedPath + ":1:1") }.count == 1, "\(lines)")
        #expect(lines.contains(#"  warning: A run of 1 posts.\r\n::error::forged  Test.Feed"#), "\(lines)")
        // The summary says "1 post"; the rule's own message is the rule's.
        #expect(lines.contains { $0.hasPrefix("feed: 1 post, ") }, "\(lines)")
    }

    @Test func csvEscapesControlCharactersAndKeepsOneRowAPost() throws {
        let output = try HostileFixture.output(ScoreReporter(format: .csv, explain: false))
        #expect(!HostileFixture.hasRawControl(output))
        let rows = output.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(rows.count == 3 && rows[2].isEmpty, "\(rows)")
        #expect(rows[1].hasPrefix(HostileFixture.escapedPath + ",0,1,1,"), "\(rows)")
    }
}
