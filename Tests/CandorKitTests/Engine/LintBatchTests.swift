import Testing
@testable import CandorKit

/// Batches linted on the lanes come back whole and in the order their posts were added.
struct LintBatchTests {
    /// `count` posts of a queue, every third one with a word the rule flags.
    private static func posts(_ count: Int) throws -> [Post] {
        let lines = (0..<count).map { #"{"text": "Post \#($0)\#($0 % 3 == 0 ? ", we utilize it" : "")."}"# }
        var posts: [Post] = []
        try JSONLReader().read(.text(lines.joined(separator: "\n") + "\n", path: "queue.jsonl"), options: ReadOptions()) { posts.append($0) }
        return posts
    }

    private static func linter() throws -> Linter {
        try Linter(rules: [makeRule("extends: existence\nmessage: m\nlevel: warning\ntokens: [utilize]\n", name: "Plain", pack: "House")])
    }

    @Test func resultsComeBackInInputOrderBatchByBatch() throws {
        let linter = try Self.linter()
        var batch = LintBatch(jobs: 2)
        var batches: [[Int]] = []
        for post in try Self.posts(2_100) {
            batch.add(post, linter: linter, replyCopies: 0) { batches.append($0.map(\.result.index)) }
        }
        batch.finish { batches.append($0.map(\.result.index)) }
        #expect(batches.map(\.count) == [1024, 1024, 52])
        #expect(batches.flatMap { $0 } == Array(0..<2_100))
    }

    /// A run that stops (a bad configuration further on) reports what the lanes linted, and no more.
    @Test func aStoppedRunReportsTheBatchOnTheLanesAndDropsTheRest() throws {
        let linter = try Self.linter()
        var batch = LintBatch(jobs: 2)
        var reported: [Int] = []
        for post in try Self.posts(1_100) {
            batch.add(post, linter: linter, replyCopies: 0) { reported += $0.map(\.result.index) }
        }
        #expect(reported.isEmpty, "the first batch is still on the lanes")
        batch.stop { reported += $0.map(\.result.index) }
        #expect(reported == Array(0..<1024))
        batch.finish { reported += $0.map(\.result.index) }
        #expect(reported.count == 1024, "the posts waiting were dropped")
    }

    /// The lanes keep the findings at or above the reported level and render the result with only those.
    @Test func theLanesShowAndRenderFromTheReportedLevel() throws {
        let linter = try Self.linter()
        for (level, shown) in [(Level.warning, 1), (.error, 0)] {
            var batch = LintBatch(jobs: 2, showing: level, renderer: { "\($0.findings.count) shown" })
            var linted: [LintBatch.Linted] = []
            for post in try Self.posts(3) { batch.add(post, linter: linter, replyCopies: 0) { linted += $0 } }
            batch.finish { linted += $0 }
            #expect(linted.map(\.result.findings.count) == [1, 0, 0])
            #expect(linted.map(\.shown.count) == [shown, 0, 0])
            #expect(linted.map(\.rendered) == ["\(shown) shown", "0 shown", "0 shown"])
        }
    }

    @Test func theLanesAreTheJobsButNoMoreThanFourACore() {
        #expect(LintBatch.lanes(jobs: nil, cores: 2) == 2)
        #expect(LintBatch.lanes(jobs: 3, cores: 2) == 3)
        #expect(LintBatch.lanes(jobs: 1_000_000, cores: 2) == 8)
        #expect(LintBatch.lanes(jobs: 0, cores: 0) == 1)
    }
}
