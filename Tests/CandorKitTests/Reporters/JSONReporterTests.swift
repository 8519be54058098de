import Foundation
import Testing
@testable import CandorKit

struct JSONReporterTests {
    @Test func matchesGolden() throws {
        try Golden.check(ReporterFixture.output(JSONReporter()), file: "json.json")
    }

    @Test func isValidVersionOneJSON() throws {
        let data = Data(try ReporterFixture.output(JSONReporter()).utf8)
        let root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(root["version"] as? Int == 1)
        let posts = try #require(root["posts"] as? [[String: Any]])
        #expect(posts.map { $0["path"] as? String } == ["posts/launch.md", "posts/launch.md", "posts/reply.md"])
        #expect(posts.map { $0["line"] as? Int } == [5, 7, 1])
        let metrics = try #require(posts.first?["metrics"] as? [String: Any])
        #expect(Set(metrics.keys) == Set(Metrics.names))
        let finding = try #require((posts.first?["findings"] as? [[String: Any]])?.first)
        #expect(finding["message"] as? String == #"Use "use" instead of "leverage"."#)
        #expect(finding["line"] as? Int == 5)
        #expect(finding["column"] as? Int == 4)
        #expect(finding["endColumn"] as? Int == 12)
        #expect(finding["suggestions"] as? [String] == ["use"])
        let summary = try #require(root["summary"] as? [String: Int])
        #expect(summary == ["files": 2, "posts": 3, "errors": 1, "warnings": 3, "suggestions": 2])
        let feed = try #require(root["feed"] as? [String: Any])
        #expect(feed["posts"] as? Int == 3)
        #expect((feed["findings"] as? [[String: Any]])?.first?["rule"] as? String == "Test.Feed")
    }

    @Test func emptyRunIsStillADocument() throws {
        var reporter = JSONReporter()
        var output = ""
        reporter.finish(RunSummary(), to: &output)
        let root = try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any]
        #expect((root?["posts"] as? [Any])?.isEmpty == true)
    }

    @Test func stringsAreEscaped() {
        #expect(JSON.quoted("a\"b\\c\nd\te\u{1}f😀") == #""a\"b\\c\nd\te\u0001f😀""#)
        #expect(JSON.number(2.5).text == "2.5")
        #expect(JSON.number(3).text == "3")
    }

    /// JSON escapes C0 controls by its own rules (`\u001b`, `\n`) and reads back to the path as it was; C1
    /// controls are valid JSON as they are, so only ESC and the other C0 controls are checked here.
    @Test func controlCharactersAreEscapedByJSONsOwnRules() throws {
        let output = try HostileFixture.output(JSONReporter())
        #expect(!output.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
        #expect(output.contains(#"evil\u001b[2J"#))
        #expect(try JSONSerialization.jsonObject(with: Data(output.utf8)) is [String: Any])
        #expect(output.contains(JSON.quoted(HostileFixture.path)))
    }
}
