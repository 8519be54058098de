import Foundation
import Testing

/// `candor lint --format sarif` as GitHub code scanning ingests it, end to end: a brand queue whose feed rule
/// fires, linted from a subfolder of a repository.
struct SARIFTests {
    private static let queue = """
        text
        We are pleased to announce our new platform. https://example.com/a
        Read our latest report: https://example.com/r
        World-class solutions for everyone. Learn more https://example.com/s
        """

    private static func sarif(_ arguments: [String], in folder: String) throws -> [String: Any] {
        let run = try CLITests.candor(["lint", "--format", "sarif", "--fail-on", "warning"] + arguments, in: folder)
        #expect(run.status == 1, "\(run.stderr)")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let runs = try #require(document["runs"] as? [[String: Any]])
        return try #require(runs.first)
    }

    private static func artifact(_ result: [String: Any]) -> [String: String]? {
        ((result["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])?["artifactLocation"]
            as? [String: String]
    }

    @Test func aQueueWithAFeedFindingIsUploadable() throws {
        let folder = try CLITests.Folder()
        defer { folder.remove() }
        try FileManager.default.createDirectory(atPath: folder.path + "/.git", withIntermediateDirectories: true)
        try folder.write("content/queue.csv", Self.queue)
        let run = try Self.sarif(["queue.csv"], in: folder.path + "/content")
        let results = try #require(run["results"] as? [[String: Any]])
        let feed = try #require(results.first { $0["ruleId"] as? String == "Candor.BroadcastFeed" })
        // Every result, the feed finding's too, names the file relative to the repository root, not to the
        // folder candor ran in, and carries fingerprints.
        for result in results {
            #expect(Self.artifact(result) == ["uri": "content/queue.csv", "uriBaseId": "%SRCROOT%"], "\(result)")
            #expect((result["partialFingerprints"] as? [String: String])?.isEmpty == false, "\(result)")
        }
        let region = ((feed["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])?["region"] as? [String: Int]
        #expect(region?["startLine"] == 2)
        let bases = run["originalUriBaseIds"] as? [String: [String: String]]
        #expect(bases?["%SRCROOT%"]?["uri"] == "file://" + folder.path + "/")
        // Every rule that fired has help text.
        let rules = try #require(((run["tool"] as? [String: Any])?["driver"] as? [String: Any])?["rules"] as? [[String: Any]])
        #expect(rules.count == Set(results.compactMap { $0["ruleId"] as? String }).count)
        for rule in rules { #expect(((rule["help"] as? [String: String])?["text"])?.isEmpty == false, "\(rule)") }

        // From the root, with the path from there: the same log.
        let fromRoot = try Self.sarif(["content/queue.csv"], in: folder.path)
        #expect(NSDictionary(dictionary: fromRoot).isEqual(to: run))
    }

    @Test func outsideARepositoryTheCurrentFolderIsTheRoot() throws {
        let folder = try CLITests.Folder()
        defer { folder.remove() }
        try folder.write("content/queue.csv", Self.queue)
        let run = try Self.sarif(["content/queue.csv"], in: folder.path)
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(!results.isEmpty)
        for result in results { #expect(Self.artifact(result) == ["uri": "content/queue.csv", "uriBaseId": "%SRCROOT%"]) }
    }
}
