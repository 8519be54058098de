import Foundation
import Testing

/// Inline suppressions end to end: comments in drafts, the `candor-disable` field of queues, and the warning
/// for a suppression that names no rule candor knows.
struct SuppressionTests {
    private typealias CLI = CLITests

    /// Lints `text` as the file `name` with the house pack (House.Jargon: "leverage", House.Banned: "forbidden").
    private static func lint(_ text: String, name: String = "draft.md", extra: [String] = []) throws -> CLITests.Run {
        let folder = try CLI.Folder()
        defer { folder.remove() }
        let config = try CLI.housePack(in: folder)
        try folder.write(name, text)
        return try CLI.candor(["lint", "--config", config, "--format", "line", name] + extra, in: folder.path)
    }

    @Test func disableUntilEnable() throws {
        let run = try Self.lint("""
            We leverage it.
            <!-- candor-disable House.Jargon -->
            We leverage it, which is forbidden.
            <!-- candor-enable -->
            We leverage it.
            """)
        #expect(run.lines == [
            "draft.md:1:4:House.Jargon:'leverage' is jargon.",
            "draft.md:3:26:House.Banned:'forbidden' is banned.",
            "draft.md:5:4:House.Jargon:'leverage' is jargon.",
        ], "\(run.stdout)")
        #expect(run.stderr.isEmpty, "\(run.stderr)")
    }

    @Test func disableWithoutRulesSwitchesEveryRuleOff() throws {
        let run = try Self.lint("<!-- candor-disable -->\nWe leverage what is forbidden.\n<!-- candor-enable -->\nforbidden\n")
        #expect(run.lines == ["draft.md:4:1:House.Banned:'forbidden' is banned."], "\(run.stdout)")
    }

    @Test func disableNextLineCoversOnlyThatLine() throws {
        let run = try Self.lint("""
            <!-- candor-disable-next-line House.Jargon, House.Banned -->
            We leverage what is forbidden.
            We leverage it.
            """)
        #expect(run.lines == ["draft.md:3:4:House.Jargon:'leverage' is jargon."], "\(run.stdout)")
    }

    @Test func plainTextDraftsReadTheCommentsToo() throws {
        let run = try Self.lint("<!-- candor-disable-next-line House.Jargon -->\nWe leverage it.\nWe leverage it.\n", name: "note.txt")
        #expect(run.lines == ["note.txt:3:4:House.Jargon:'leverage' is jargon."], "\(run.stdout)")
    }

    @Test func theFieldOfCSVJSONAndYAMLPosts() throws {
        let csv = try Self.lint("text,candor-disable\nWe leverage it.,House.Jargon\nWe leverage it.,\nforbidden leverage,all\n", name: "queue.csv")
        #expect(csv.lines == ["queue.csv:3:4:House.Jargon:'leverage' is jargon."], "\(csv.stdout)\(csv.stderr)")
        let json = try Self.lint("""
            [{"text": "We leverage it.", "candor-disable": "House.Jargon"},
             {"text": "We leverage what is forbidden.", "candor-disable": "House.Banned"}]
            """, name: "queue.json")
        #expect(json.lines == ["queue.json:2:15:House.Jargon:'leverage' is jargon."], "\(json.stdout)\(json.stderr)")
        let yaml = try Self.lint("""
            posts:
              - text: We leverage it.
                candor-disable: House.Jargon, House.Banned
              - text: We leverage it.
            """, name: "queue.yml")
        #expect(yaml.lines == ["queue.yml:4:14:House.Jargon:'leverage' is jargon."], "\(yaml.stdout)\(yaml.stderr)")
    }

    @Test func anUnknownRuleIsAWarningAndTheOthersStillApply() throws {
        let run = try Self.lint("""
            We leverage it.
            <!-- candor-disable-next-line House.Jargn, House.Banned -->
            We leverage what is forbidden.
            """)
        #expect(run.status == 0)
        #expect(run.lines == [
            "draft.md:1:4:House.Jargon:'leverage' is jargon.",
            "draft.md:3:4:House.Jargon:'leverage' is jargon.",
        ], "\(run.stdout)")
        #expect(run.errorLines == ["candor: warning: draft.md:3:1: candor-disable names unknown rule 'House.Jargn'"], "\(run.stderr)")

        let queue = try Self.lint("text,candor-disable\nHello there.,\"House.Banned, Nope.Rule\"\n", name: "queue.csv")
        #expect(queue.errorLines == ["candor: warning: queue.csv:2:1: candor-disable names unknown rule 'Nope.Rule'"], "\(queue.stderr)")
    }

    @Test func aRuleTheConfigurationSwitchesOffIsKnown() throws {
        let folder = try CLI.Folder()
        defer { folder.remove() }
        _ = try CLI.housePack(in: folder)
        let config = try folder.write("quiet.yml", "packs: [./House]\nrules:\n  House.Jargon: off\n")
        try folder.write("draft.md", "<!-- candor-disable House.Jargon -->\nWe leverage it.\n")
        let run = try CLI.candor(["lint", "--config", config, "--format", "line", "draft.md"], in: folder.path)
        #expect(run.stdout.isEmpty && run.stderr.isEmpty, "\(run.stdout)\(run.stderr)")
    }

    @Test func commentsNeverCountTowardTheLength() throws {
        let folder = try CLI.Folder()
        defer { folder.remove() }
        let words = String(repeating: "Plain words, @maria. ", count: 12)  // 252 characters
        let comment = "<!-- " + String(repeating: "x", count: 100) + " -->"
        func lengthFindings(_ text: String) throws -> (length: Int, findings: [String]) {
            try folder.write("draft.md", text)
            let run = try CLI.candor(["lint", "--no-config", "--format", "json", "draft.md"], in: folder.path)
            let root = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any], "\(run.stderr)")
            let post = try #require((root["posts"] as? [[String: Any]])?.first)
            let length = try #require((post["metrics"] as? [String: Any])?["weighted_length"] as? Int)
            let rules = (post["findings"] as? [[String: Any]] ?? []).compactMap { $0["rule"] as? String }
            return (length, rules.filter { $0 == "Candor.Length" })
        }
        let commented = try lengthFindings(words + comment)
        #expect(commented.length <= 252)
        #expect(commented.findings.isEmpty)
        // The same characters as prose go over x's 280.
        let prose = try lengthFindings(words + String(repeating: "x", count: 40))
        #expect(prose.findings == ["Candor.Length"])
    }
}
