import Foundation
import Testing
@testable import CandorKit

struct BaselineTests {
    private static let rule = "extends: existence\nmessage: m\ntokens: [leverage]\n"

    /// Each post of `text` (as the file `path`) with its findings.
    private static func linted(_ text: String, path: String = "posts/a.md") throws -> [(post: Post, findings: [Finding])] {
        let linter = try Linter(rules: [makeRule(rule)])
        return try readPosts(text, path: path).map { ($0, linter.lint($0).findings) }
    }

    private static func recorded(_ text: String) throws -> Baseline {
        var baseline = Baseline(file: "baseline.json")
        for (post, findings) in try linted(text) { baseline.record(findings, in: post) }
        return baseline
    }

    /// What `baseline` leaves of the findings of `text`, as `line:column`.
    private static func unknown(_ text: String, _ baseline: Baseline) throws -> [String] {
        var baseline = baseline
        return try linted(text).flatMap { post, findings in baseline.unknown(findings, in: post) }.map { "\($0.start)" }
    }

    @Test func recordedFindingsAreKnownWhereverTheirPostMoves() throws {
        let baseline = try Self.recorded("We leverage it.\n---\nThey leverage it.\n")
        #expect(baseline.count == 2)
        #expect(try Self.unknown("We leverage it.\n---\nThey leverage it.\n", baseline).isEmpty)
        #expect(try Self.unknown("New post.\n\n---\nThey leverage it.\n---\nWe leverage it.\n", baseline).isEmpty)
        #expect(try Self.unknown("We leverage it.\n---\nThey leverage it.\n---\nYou leverage it.\n", baseline) == ["5:5"])
    }

    @Test func anEditedPostKeepsItsFindingsAtItsPlace() throws {
        let baseline = try Self.recorded("We leverage it.\n---\nThey leverage it.\n")
        #expect(try Self.unknown("We leverage it.\n---\nToday they leverage it, a lot.\n", baseline).isEmpty)
        #expect(try Self.unknown("We leverage it.\n---\nThey leverage it. Leverage, leverage.\n", baseline) == ["3:29"])
    }

    @Test func eachRecordedFindingExcusesOneFinding() throws {
        let baseline = try Self.recorded("We leverage it.\n")
        #expect(try Self.unknown("We leverage it, leverage it.\n", baseline) == ["1:17"])
    }

    @Test func theFileRoundTripsSortedAndLoadsBack() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.path + "/baseline.json"
        var baseline = Baseline(file: path)
        for (post, findings) in try Self.linted("We leverage it, leverage it.\n---\nThey leverage it.\n", path: folder.path + "/posts/a.md") {
            baseline.record(findings, in: post)
        }
        try baseline.write(to: path)
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let hash0 = Baseline.fingerprint(Array("We leverage it, leverage it.".utf8))
        let hash1 = Baseline.fingerprint(Array("They leverage it.".utf8))
        #expect(text == """
            {"version": 1,
             "findings": [
              {"count": 2, "match": "leverage", "path": "posts/a.md", "post": 0, "postHash": "\(hash0)", "rule": "Test.Rule"},
              {"count": 1, "match": "leverage", "path": "posts/a.md", "post": 1, "postHash": "\(hash1)", "rule": "Test.Rule"}]}

            """)
        let loaded = try Baseline.load(path)
        #expect(loaded.encoded == baseline.encoded)
        #expect(Baseline(file: path).encoded == Array("{\"version\": 1,\n \"findings\": []}\n".utf8))
    }

    @Test func fingerprintsAreStable() {
        #expect(Baseline.fingerprint([]) == "cbf29ce484222325")
        #expect(Baseline.fingerprint(Array("a".utf8)) == "af63dc4c8601ec8c")
    }

    @Test func aFileThatIsNoBaselineSaysWhere() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        func error(_ text: String) throws -> String {
            let path = try folder.write("b.json", text)
            do {
                _ = try Baseline.load(path)
                return "loaded"
            } catch {
                return String(error.description.dropFirst(path.count))
            }
        }
        #expect(try error("[]") == #":1:1: not a candor baseline (expected {"version": 1, "findings": [...]})"#)
        #expect(try error(#"{"version": 2, "findings": []}"#) == #":1:1: not a candor baseline (expected {"version": 1, "findings": [...]}); only version 1 is known"#)
        #expect(try error("{\"version\": 1, \"findings\": [\n {\"path\": \"a.md\"}]}") == ":2:2: a recorded finding needs 'rule'")
        #expect(try error("{\"version\": 1, \"findings\": [{\"count\": -1, \"path\": \"a\", \"rule\": \"r\", \"match\": \"m\", \"post\": 0, \"postHash\": \"h\"}]}")
                == ":1:39: 'count' must be a whole number, 0 or more")
        #expect(try error("{\"version\": 1, \"findings\": [") .hasPrefix(":1:"))
    }

    @Test func feedFindingsAreRecordedByFileAndRule() throws {
        let folder = NSTemporaryDirectory() + "candor-baseline-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let finding = FeedFinding(rule: "Candor.BroadcastFeed", level: .warning, message: "m", path: folder + "/queue.csv")
        var baseline = Baseline(file: folder + "/baseline.json")
        baseline.record(feed: [finding])
        #expect(baseline.count == 1)
        try baseline.write(to: folder + "/baseline.json")
        #expect(try String(contentsOfFile: folder + "/baseline.json", encoding: .utf8).contains(#""path": "queue.csv""#))
        var loaded = try Baseline.load(folder + "/baseline.json")
        #expect(loaded.unknown(feed: [finding]).isEmpty)
        // Used up: a second one, or one of another file, is new.
        #expect(loaded.unknown(feed: [finding]) == [finding])
        let other = FeedFinding(rule: "Candor.BroadcastFeed", level: .warning, message: "m", path: folder + "/other.csv")
        var fresh = try Baseline.load(folder + "/baseline.json")
        #expect(fresh.unknown(feed: [other]) == [other])
    }
}

