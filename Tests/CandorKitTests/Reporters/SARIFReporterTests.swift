import Foundation
import Testing
@testable import CandorKit

struct SARIFReporterTests {
    private static func output(rules: [Rule]? = nil) throws -> String {
        try ReporterFixture.output(SARIFReporter(rules: rules ?? ReporterFixture.rules(), toolVersion: "1.2.3"))
    }

    private static func document(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any], "\(text)")
    }

    private static func run(_ text: String) throws -> [String: Any] {
        let runs = try #require(try document(text)["runs"] as? [[String: Any]])
        try #require(runs.count == 1)
        return runs[0]
    }

    @Test func matchesGolden() throws {
        try Golden.check(Self.output(), file: "sarif.json")
    }

    @Test func isOneRunOfVersionTwoOneZeroCountingCodePoints() throws {
        let root = try Self.document(Self.output())
        #expect(root["version"] as? String == "2.1.0")
        #expect(root["$schema"] as? String == SARIFReporter.schema)
        let run = try Self.run(Self.output())
        #expect(run["columnKind"] as? String == "unicodeCodePoints")
        let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        #expect(driver["name"] as? String == "candor")
        #expect(driver["version"] as? String == "1.2.3")
    }

    @Test func resultsPlaceEachFindingWithCodePointColumns() throws {
        let results = try #require(try Self.run(Self.output())["results"] as? [[String: Any]])
        // Five post findings and the feed finding.
        #expect(results.count == 6)
        func region(_ result: [String: Any]) -> [String: Int]? {
            let location = (result["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any]
            return location?["region"] as? [String: Int]
        }
        let jargon = try #require(results.first { $0["ruleId"] as? String == "Test.Jargon" })
        #expect(jargon["level"] as? String == "warning")
        #expect((jargon["message"] as? [String: Any])?["text"] as? String == #"Use "use" instead of "leverage"."#)
        #expect(region(jargon) == ["startLine": 5, "startColumn": 4, "endLine": 5, "endColumn": 12])
        let artifact = ((jargon["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])?["artifactLocation"] as? [String: String]
        #expect(artifact == ["uri": "posts/launch.md", "uriBaseId": "%SRCROOT%"])
        // "amazing" follows an emoji: one code point (two UTF-16 units) before it.
        let hype = try #require(results.first { $0["ruleId"] as? String == "Test.Hype" })
        #expect(hype["level"] as? String == "note")
        #expect(region(hype) == ["startLine": 5, "startColumn": 39, "endLine": 5, "endColumn": 46])
        // GitHub refuses a result without a location: the feed finding is placed on the run's first post.
        let feed = try #require(results.last)
        #expect(feed["ruleId"] as? String == "Test.Feed")
        #expect(region(feed) == ["startLine": 5, "startColumn": 1])
    }

    /// GitHub code scanning's ingestion: every result has a physical location with a URI, and fingerprints.
    @Test func everyResultHasAPhysicalLocationAndFingerprints() throws {
        let results = try #require(try Self.run(Self.output())["results"] as? [[String: Any]])
        #expect(!results.isEmpty)
        for result in results {
            let locations = try #require(result["locations"] as? [[String: Any]], "\(result)")
            #expect(locations.count == 1)
            let physical = try #require(locations[0]["physicalLocation"] as? [String: Any])
            let artifact = try #require(physical["artifactLocation"] as? [String: String])
            #expect(artifact["uri"]?.isEmpty == false)
            let fingerprints = try #require(result["partialFingerprints"] as? [String: String])
            #expect(fingerprints[SARIFReporter.findingFingerprintKey]?.count == 16)
        }
        // Each finding is told apart from the others, "amazing" in two posts and "leverage" and "synergy" in one.
        let findingPrints = results.compactMap { ($0["partialFingerprints"] as? [String: String])?[SARIFReporter.findingFingerprintKey] }
        #expect(Set(findingPrints).count == results.count)
    }

    /// The post part of the fingerprint is the baseline's: it follows the post's text, not its line.
    @Test func fingerprintsFollowThePostNotItsLine() throws {
        let rules = try ReporterFixture.rules()
        let linter = try Linter(rules: rules)
        func sarif(_ text: String) throws -> [[String: Any]] {
            var reporter = SARIFReporter(rules: rules)
            var output = ""
            for post in try readPosts(text, path: "a.md") { reporter.report(linter.lint(post), to: &output) }
            reporter.finish(RunSummary(), to: &output)
            return try #require(try Self.run(output)["results"] as? [[String: Any]])
        }
        let post = "We leverage it. We leverage it again!!"
        let before = try sarif(post), after = try sarif("\n\n\n" + post)
        let prints = { (results: [[String: Any]]) in results.map { $0["partialFingerprints"] as? [String: String] } }
        #expect(before.count == 3)
        #expect(prints(before) == prints(after))
        #expect(prints(before)[0]?[SARIFReporter.postFingerprintKey] == Baseline.fingerprint(Array(post.utf8)))
        // The same rule matching the same word twice in a post: two alerts, not one.
        #expect(prints(before)[0]?[SARIFReporter.findingFingerprintKey] != prints(before)[1]?[SARIFReporter.findingFingerprintKey])
        let edited = try sarif("We leverage it. We leverage it again, and more!!")
        #expect(prints(edited)[0]?[SARIFReporter.postFingerprintKey] != prints(before)[0]?[SARIFReporter.postFingerprintKey])
    }

    /// A feed rule reads one queue or thread: its finding is placed on that file's first post, not the run's.
    @Test func aFeedFindingIsPlacedOnItsOwnFilesFirstPost() throws {
        let rules = try ReporterFixture.rules()
        let linter = try Linter(rules: rules)
        var reporter = SARIFReporter(rules: rules)
        var output = ""
        for path in ["a.md", "queue.md"] {
            for post in try readPosts("\n\nWe leverage it.", path: path) { reporter.report(linter.lint(post), to: &output) }
        }
        var summary = RunSummary()
        summary.feedFindings = [FeedFinding(rule: "Test.Feed", level: .warning, message: "A feed.", path: "queue.md")]
        reporter.finish(summary, to: &output)
        let results = try #require(try Self.run(output)["results"] as? [[String: Any]])
        let feed = try #require(results.last)
        #expect(feed["ruleId"] as? String == "Test.Feed")
        let physical = try #require((feed["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])
        #expect((physical["artifactLocation"] as? [String: String])?["uri"] == "queue.md")
        #expect(physical["region"] as? [String: Int] == ["startLine": 3, "startColumn": 1])
    }

    /// URIs are relative to the root, which `originalUriBaseIds` names, wherever the paths were given from.
    @Test func urisAreRelativeToTheRoot() throws {
        let rules = try ReporterFixture.rules()
        let linter = try Linter(rules: rules)
        let cwd = FileManager.default.currentDirectoryPath
        let root = (cwd as NSString).deletingLastPathComponent
        let folder = (cwd as NSString).lastPathComponent
        var reporter = SARIFReporter(rules: rules, root: root)
        var output = ""
        for path in ["posts/a.md", cwd + "/posts/b.md", "/elsewhere/c.md"] {
            for post in try readPosts("We leverage it.", path: path) { reporter.report(linter.lint(post), to: &output) }
        }
        reporter.finish(RunSummary(), to: &output)
        let run = try Self.run(output)
        let results = try #require(run["results"] as? [[String: Any]])
        let artifacts = results.map {
            (($0["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])?["artifactLocation"] as? [String: String]
        }
        let encoded = SARIFReporter.percentEncoded(folder)
        #expect(artifacts == [
            ["uri": encoded + "/posts/a.md", "uriBaseId": "%SRCROOT%"], ["uri": encoded + "/posts/b.md", "uriBaseId": "%SRCROOT%"],
            ["uri": "file:///elsewhere/c.md"],
        ])
        let bases = try #require(run["originalUriBaseIds"] as? [String: [String: String]])
        #expect(bases == ["%SRCROOT%": ["uri": "file://" + SARIFReporter.percentEncoded(root) + "/"]])
    }

    @Test func everyDescribedRuleHasHelp() throws {
        var rules = try ReporterFixture.rules()
        rules[0] = try makeRule("""
            extends: substitution
            message: Use "%s" instead of "%s".
            description: Plain words instead of jargon.
            link: https://example.com/rules/jargon
            swap:
              leverage: use
            examples:
              flag: ["We ⟦leverage⟧ it."]
              pass: ["We use it."]
            """, name: "Jargon")
        for described in [rules, []] {
            let run = try Self.run(Self.output(rules: described))
            let descriptors = try #require((run["tool"] as? [String: Any]).flatMap { ($0["driver"] as? [String: Any])?["rules"] as? [[String: Any]] })
            for descriptor in descriptors {
                #expect(((descriptor["help"] as? [String: String])?["text"])?.isEmpty == false, "\(descriptor)")
            }
        }
        let jargon = try #require(rules.first { $0.id == "Test.Jargon" })
        #expect(SARIFReporter.help(jargon, fullDescription: "Use \"…\" instead of \"…\".") == """
            Plain words instead of jargon.

            Use "…" instead of "…".

            Flagged: We leverage it.

            Passes: We use it.

            Tune it in .candor.yml: `rules: { Test.Jargon: off }` turns it off, `error` or `suggestion` sets its level.

            More: https://example.com/rules/jargon
            """)
    }

    @Test func describesEveryRuleThatFiredAndNoOther() throws {
        var rules = try ReporterFixture.rules()
        rules[0] = try makeRule("""
            extends: substitution
            message: Use "%s" instead of "%s".
            description: Plain words instead of jargon.
            link: https://example.com/rules/jargon
            swap:
              leverage: use
            """, name: "Jargon")
        rules.append(try makeRule("extends: existence\nmessage: m\ntokens: [never]\n", name: "Silent"))
        let run = try Self.run(Self.output(rules: rules))
        let described = try #require((run["tool"] as? [String: Any]).flatMap { ($0["driver"] as? [String: Any])?["rules"] as? [[String: Any]] })
        #expect(described.map { $0["id"] as? String } == ["Test.Feed", "Test.Hype", "Test.Jargon", "Test.Shout"])
        let jargon = try #require(described.first { $0["id"] as? String == "Test.Jargon" })
        #expect((jargon["shortDescription"] as? [String: String])?["text"] == "Plain words instead of jargon.")
        #expect((jargon["fullDescription"] as? [String: String])?["text"] == #"Use "…" instead of "…"."#)
        #expect(jargon["helpUri"] as? String == "https://example.com/rules/jargon")
        #expect((jargon["defaultConfiguration"] as? [String: String])?["level"] == "warning")
        let hype = try #require(described.first { $0["id"] as? String == "Test.Hype" })
        #expect((hype["defaultConfiguration"] as? [String: String])?["level"] == "note")
        #expect(hype["helpUri"] == nil)
    }

    @Test func aRuleWithoutMetadataIsStillNamed() throws {
        let run = try Self.run(Self.output(rules: []))
        let described = try #require((run["tool"] as? [String: Any]).flatMap { ($0["driver"] as? [String: Any])?["rules"] as? [[String: Any]] })
        let shout = try #require(described.first { $0["id"] as? String == "Test.Shout" })
        #expect((shout["shortDescription"] as? [String: String])?["text"] == "Test.Shout")
        #expect((shout["defaultConfiguration"] as? [String: String])?["level"] == "error")
    }

    @Test func emptyRunIsStillALog() throws {
        var reporter = SARIFReporter(rules: [])
        var output = ""
        reporter.finish(RunSummary(), to: &output)
        let run = try Self.run(output)
        #expect((run["results"] as? [Any])?.isEmpty == true)
        #expect(((run["tool"] as? [String: Any])?["driver"] as? [String: Any])?["version"] == nil)
    }

    @Test func pathsBecomeURIReferences() {
        #expect(SARIFReporter.percentEncoded("posts/東京 a#1.md") == "posts/%E6%9D%B1%E4%BA%AC%20a%231.md")
        #expect(SARIFReporter.artifact("/tmp/a b.md").text == #"{"uri": "file:///tmp/a%20b.md"}"#)
        #expect(SARIFReporter.artifact("<stdin>").text == #"{"uri": "%3Cstdin%3E", "uriBaseId": "%SRCROOT%"}"#)
    }

    @Test func onlyAbsoluteLinksBecomeHelpURIs() {
        #expect(SARIFReporter.isAbsoluteURI("https://example.com/a?b=c"))
        #expect(SARIFReporter.isAbsoluteURI("mailto:style@example.com"))
        #expect(!SARIFReporter.isAbsoluteURI("docs/rules.md"))
        #expect(!SARIFReporter.isAbsoluteURI("https://example.com/a b"))
        #expect(!SARIFReporter.isAbsoluteURI("1http://example.com"))
    }

    @Test func outputIsDeterministic() throws {
        #expect(try Self.output() == Self.output())
    }

    /// SARIF names the file by a percent-encoded URI, and JSON escapes the C0 controls of messages by its own
    /// rules (`\n`, `\t`).
    @Test func controlCharactersAreEscapedBySARIFsOwnRules() throws {
        let output = try HostileFixture.output(SARIFReporter(rules: HostileFixture.rules()))
        #expect(!output.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
        #expect(output.contains(#""uri": "evil%1B%5B2J%C2%9B31m%0Aname%5Cx1b.md""#))
        #expect(output.contains(#""text": "'leverage\nit' is jargon.\nSee\tthe guide.""#))
        #expect(try JSONSerialization.jsonObject(with: Data(output.utf8)) is [String: Any])
    }
}
