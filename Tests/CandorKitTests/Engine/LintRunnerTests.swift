import Testing
@testable import CandorKit

/// The runner lints in parallel lanes and renders the JSON and line formats there; what it writes must not
/// depend on how many lanes there are or on where a post was rendered.
struct LintRunnerTests {
    /// 1,200 posts, more than one batch (1,024), alternating broadcast and conversational ones.
    static let queue: Input = {
        let posts = (0..<1200).map { index in
            index.isMultiple(of: 2)
                ? #"{"id": "\#(index)", "text": "We are proud to announce our industry-leading platform \#(index). https://example.com/\#(index)"}"#
                : #"{"id": "\#(index)", "text": "@sam \#(index) thanks, I fixed it. Does it work for you now?"}"#
        }
        return .text(posts.joined(separator: "\n") + "\n", path: "queue.jsonl")
    }()

    /// A reporter that writes everything in `report`, as the formats without a renderer do.
    struct Unrendered<Base: Reporter>: Reporter {
        var base: Base
        mutating func report(_ result: PostResult, to output: inout some TextOutputStream) { base.report(result, to: &output) }
        mutating func finish(_ summary: RunSummary, to output: inout some TextOutputStream) { base.finish(summary, to: &output) }
    }

    func run(_ reporter: some Reporter, jobs: Int, review: ((Post, [Finding]) -> [Finding])? = nil) -> (Int32, String) {
        var options = LintOptions()
        options.inputs = [Self.queue]
        options.noConfig = true
        options.jobs = jobs
        var runner = LintRunner(options: options, userConfig: nil)
        runner.review = review
        var reporter = reporter
        var output = ""
        let status = runner.run(reporter: &reporter, output: &output) { _ in }
        return (status, output)
    }

    @Test func jsonIsTheSameFromOneLaneOrTwoAndWhereverItIsRendered() throws {
        let (status, one) = run(JSONReporter(), jobs: 1)
        // Warnings only, below the default fail-on (error).
        #expect(status == 0)
        #expect(one.contains("Candor.CorporateVoice"))
        #expect(run(JSONReporter(), jobs: 2).1 == one)
        #expect(run(Unrendered(base: JSONReporter()), jobs: 2).1 == one)
        // In input order: post n is the n-th object.
        let indices = one.split(separator: "\n").compactMap { line in
            line.firstRange(of: #""index": "#).map { Int(line[$0.upperBound...].prefix { $0.isNumber })! }
        }
        #expect(indices == Array(0..<1200))
    }

    @Test func linesAreTheSameFromOneLaneOrTwoAndWhereverTheyAreRendered() {
        let one = run(LineReporter(), jobs: 1).1
        #expect(one.contains("queue.jsonl:1:") && one.contains("queue.jsonl:1199:"))
        #expect(run(LineReporter(), jobs: 2).1 == one)
        #expect(run(Unrendered(base: LineReporter()), jobs: 2).1 == one)
    }

    @Test func aReviewThatDropsFindingsIsWhatTheRenderedReportShows() {
        let (status, output) = run(JSONReporter(), jobs: 2) { _, findings in findings.filter { $0.rule != "Candor.CorporateVoice" } }
        #expect(!output.contains("Candor.CorporateVoice"))
        #expect(output.contains("Candor.LinkOnly") || output.contains("Candor.NoMention"))
        #expect(status == 0)
    }

    /// Feed rules read each file's posts: a queue of broadcasts spread over batches is one feed, three
    /// single drafts are none, and a review sees each file's feed findings.
    @Test func aFeedIsTheFileItsPostsCameFrom() {
        let drafts = ["We are pleased to announce our platform. https://example.com/1", "Learn more: https://example.com/2",
                      "New post: https://example.com/3"]
        var options = LintOptions()
        options.inputs = [Self.queue] + drafts.enumerated().map { .text($1 + "\n", path: "draft\($0).md") }
            + [.text(drafts.joined(separator: "\n---\n") + "\n", path: "thread.md")]
        options.noConfig = true
        options.jobs = 2
        var runner = LintRunner(options: options, userConfig: nil)
        var reviewed: [String?] = []
        runner.reviewFeed = { findings in
            reviewed += findings.map(\.path)
            return findings.filter { $0.path != "thread.md" }
        }
        var reporter = LineReporter()
        var output = ""
        _ = runner.run(reporter: &reporter, output: &output) { _ in }
        #expect(reviewed == ["thread.md"], "the queue is half conversation; single drafts are no feed")
        #expect(!output.contains("BroadcastFeed"), "the review dropped it")
    }
}
