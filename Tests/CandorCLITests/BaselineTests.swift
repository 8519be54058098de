import Foundation
import Testing

/// `--write-baseline` and `--baseline` end to end: recorded findings stay quiet, new ones are reported, and
/// edits elsewhere in a file do not bring the old ones back.
struct BaselineTests {
    private typealias CLI = CLITests

    /// A folder with the house pack (House.Jargon: "leverage", warning; House.Banned: "forbidden", error).
    private struct Project {
        let folder: CLITests.Folder
        let config: String

        init() throws {
            folder = try CLI.Folder()
            config = try CLI.housePack(in: folder)
        }

        func lint(_ arguments: [String], in subfolder: String = "") throws -> CLITests.Run {
            try CLI.candor(["lint", "--config", config, "--format", "line"] + arguments, in: folder.path + "/" + subfolder)
        }
    }

    private static let thread = """
        ---
        platform: x
        ---
        We leverage it, and it is forbidden.
        ---
        Then we leverage it again.
        """

    @Test func aBaselineHidesWhatItRecordedAndOnlyThat() throws {
        let project = try Project()
        defer { project.folder.remove() }
        try project.folder.write("posts/thread.md", Self.thread)
        let written = try project.lint(["posts", "--write-baseline", "baseline.json"])
        #expect(written.status == 1, "the run reports as usual")
        #expect(written.lines.count == 3)
        let file = try String(contentsOfFile: project.folder.path + "/baseline.json", encoding: .utf8)
        let root = try #require(try JSONSerialization.jsonObject(with: Data(file.utf8)) as? [String: Any])
        #expect(root["version"] as? Int == 1)
        let recorded = try #require(root["findings"] as? [[String: Any]])
        #expect(recorded.compactMap { $0["path"] as? String } == ["posts/thread.md", "posts/thread.md", "posts/thread.md"])
        #expect(recorded.compactMap { $0["rule"] as? String } == ["House.Banned", "House.Jargon", "House.Jargon"])

        let quiet = try project.lint(["posts", "--baseline", "baseline.json"])
        #expect(quiet.status == 0, "\(quiet.stdout)\(quiet.stderr)")
        #expect(quiet.stdout.isEmpty)

        // A new finding is reported, an old one in the same post is not.
        try project.folder.write("posts/thread.md", Self.thread.replacingOccurrences(of: "again.", with: "again. We leverage it!"))
        let new = try project.lint(["posts", "--baseline", "baseline.json"])
        #expect(new.lines == ["posts/thread.md:6:31:House.Jargon:'leverage' is jargon."], "\(new.stdout)")
    }

    /// A baseline written again keeps the mode, owner and group of the one it replaces, as `--fix` keeps a
    /// draft's. The owner can be given away only by root, so it is checked only then.
    @Test func aBaselineWrittenAgainKeepsItsModeOwnerAndGroup() throws {
        let project = try Project()
        defer { project.folder.remove() }
        try project.folder.write("draft.md", "We leverage it.\n")
        _ = try project.lint(["draft.md", "--write-baseline", "baseline.json"])
        let baseline = project.folder.path + "/baseline.json"
        let root = getuid() == 0
        if root { try #require(chown(baseline, 12345, 12346) == 0) }
        try #require(chmod(baseline, 0o600) == 0)
        try project.folder.write("draft.md", "We leverage it, and it is forbidden.\n")
        let again = try project.lint(["draft.md", "--write-baseline", "baseline.json"])
        #expect(again.status != 2, "\(again.stderr)")
        #expect(try String(contentsOfFile: baseline, encoding: .utf8).contains("House.Banned"))
        let attributes = try FileManager.default.attributesOfItem(atPath: baseline)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
        if root {
            #expect((attributes[.ownerAccountID] as? Int) == 12345)
            #expect((attributes[.groupOwnerAccountID] as? Int) == 12346)
        }
    }

    @Test func editsElsewhereInTheFileDoNotResurfaceOldFindings() throws {
        let project = try Project()
        defer { project.folder.remove() }
        try project.folder.write("thread.md", Self.thread)
        _ = try project.lint(["thread.md", "--write-baseline", "baseline.json"])
        // Lines added above, the last post reworded, and a post added after it.
        let edited = """
            ---
            platform: x
            account: acme
            ---
            We leverage it, and it is forbidden.
            ---
            Then, after all that, we leverage it again.
            ---
            A new last post, with nothing wrong.
            """
        try project.folder.write("thread.md", edited)
        let run = try project.lint(["thread.md", "--baseline", "baseline.json"])
        #expect(run.status == 0)
        #expect(run.stdout.isEmpty, "\(run.stdout)")
    }

    @Test func queuesKeepTheirBaselineWhenRowsComeAndGo() throws {
        let project = try Project()
        defer { project.folder.remove() }
        try project.folder.write("queue.csv", "id,text\n1,We leverage it.\n2,Nothing here.\n3,It is forbidden to leverage.\n")
        _ = try project.lint(["queue.csv", "--write-baseline", "baseline.json"])
        // The first post went out and left the queue; a new one came in with the same word, which is new.
        try project.folder.write("queue.csv", "id,text\n2,Nothing here.\n3,It is forbidden to leverage.\n4,Now we leverage it.\n")
        let run = try project.lint(["queue.csv", "--baseline", "baseline.json"])
        #expect(run.lines == ["queue.csv:4:10:House.Jargon:'leverage' is jargon."], "\(run.stdout)")
    }

    @Test func countsMatter() throws {
        let project = try Project()
        defer { project.folder.remove() }
        try project.folder.write("draft.md", "We leverage it.\n")
        _ = try project.lint(["draft.md", "--write-baseline", "baseline.json"])
        try project.folder.write("draft.md", "We leverage it. We leverage it.\n")
        let run = try project.lint(["draft.md", "--baseline", "baseline.json"])
        #expect(run.lines == ["draft.md:1:20:House.Jargon:'leverage' is jargon."], "\(run.stdout)")
    }

    @Test func pathsAreRelativeToTheBaselineFile() throws {
        let project = try Project()
        defer { project.folder.remove() }
        try project.folder.write("posts/draft.md", "We leverage it.\n")
        _ = try project.lint(["posts/draft.md", "--write-baseline", "baseline.json"])
        let run = try project.lint(["draft.md", "--baseline", "../baseline.json"], in: "posts")
        #expect(run.status == 0)
        #expect(run.stdout.isEmpty, "\(run.stdout)")
    }

    @Test func otherFormatsAndTheSummaryCountOnlyNewFindings() throws {
        let project = try Project()
        defer { project.folder.remove() }
        try project.folder.write("draft.md", "We leverage it, and it is forbidden.\n")
        _ = try project.lint(["draft.md", "--write-baseline", "baseline.json"])
        try project.folder.write("draft.md", "forbidden: we leverage it, and it is forbidden.\n")
        let run = try CLI.candor(["lint", "--config", project.config, "--format", "json", "--baseline", "baseline.json", "draft.md"],
                                 in: project.folder.path)
        let root = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let findings = try #require((root["posts"] as? [[String: Any]])?.first?["findings"] as? [[String: Any]])
        // One "forbidden" more than recorded; which of the two is new, the post's words cannot tell.
        #expect(findings.map { $0["rule"] as? String } == ["House.Banned"])
        #expect((root["summary"] as? [String: Int])?["errors"] == 1)
        #expect((root["summary"] as? [String: Int])?["warnings"] == 0)
    }

    @Test func aRatchetRewritesTheBaselineWithTodaysFindings() throws {
        let project = try Project()
        defer { project.folder.remove() }
        try project.folder.write("draft.md", "We leverage it, and it is forbidden.\n")
        _ = try project.lint(["draft.md", "--write-baseline", "baseline.json"])
        try project.folder.write("draft.md", "We leverage it.\n")
        let ratchet = try project.lint(["draft.md", "--baseline", "baseline.json", "--write-baseline", "baseline.json"])
        #expect(ratchet.stdout.isEmpty)
        // The fixed finding is forgotten: it is reported if it comes back.
        try project.folder.write("draft.md", "We leverage it, and it is forbidden.\n")
        let run = try project.lint(["draft.md", "--baseline", "baseline.json"])
        #expect(run.lines == ["draft.md:1:27:House.Banned:'forbidden' is banned."], "\(run.stdout)")
    }

    @Test func aBadBaselineIsAnErrorNamingItsFileAndLine() throws {
        let project = try Project()
        defer { project.folder.remove() }
        try project.folder.write("draft.md", "We leverage it.\n")
        let missing = try project.lint(["draft.md", "--baseline", "nope.json"])
        #expect(missing.status == 2)
        #expect(missing.errorLines.count == 1 && missing.stderr.contains("nope.json: cannot read"), "\(missing.stderr)")

        try project.folder.write("bad.json", "{\"version\": 1,\n \"findings\": [\n  {\"path\": \"draft.md\", \"rule\": 3}]}\n")
        let bad = try project.lint(["draft.md", "--baseline", "bad.json"])
        #expect(bad.status == 2)
        #expect(bad.errorLines == ["candor: bad.json:3:32: 'rule' must be a string"], "\(bad.stderr)")
        #expect(bad.stdout.isEmpty)
    }

    @Test func aRunWithErrorsDoesNotOverwriteTheBaseline() throws {
        let project = try Project()
        defer { project.folder.remove() }
        try project.folder.write("draft.md", "We leverage it.\n")
        _ = try project.lint(["draft.md", "--write-baseline", "baseline.json"])
        let before = try String(contentsOfFile: project.folder.path + "/baseline.json", encoding: .utf8)
        let run = try project.lint(["draft.md", "missing.md", "--write-baseline", "baseline.json"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("baseline not written"), "\(run.stderr)")
        #expect(try String(contentsOfFile: project.folder.path + "/baseline.json", encoding: .utf8) == before)
    }
}
