import Testing
@testable import CandorKit

/// The report stage: results in input order to the reporter, the review's say, and the summary's counts.
struct RunReportTests {
    /// Keeps what it is given.
    private struct Recorder: Reporter {
        var findings: [[String]] = []
        var summary: RunSummary?
        mutating func report(_ result: PostResult, to output: inout some TextOutputStream) {
            findings.append(result.findings.map(\.rule))
        }
        mutating func finish(_ summary: RunSummary, to output: inout some TextOutputStream) { self.summary = summary }
    }

    /// Three posts of `queue.jsonl` linted, showing findings from `level` up: the first has a warning, the
    /// second a suggestion.
    private func linted(showing level: Level = .suggestion) throws -> [LintBatch.Linted] {
        let linter = try Linter(rules: [
            makeRule("extends: existence\nmessage: m\nlevel: warning\ntokens: [utilize]\n", name: "Plain", pack: "House"),
            makeRule("extends: existence\nmessage: m\nlevel: suggestion\ntokens: [very]\n", name: "Weak", pack: "House"),
        ])
        let text = #"{"text": "We utilize it."}"# + "\n" + #"{"text": "It is very good."}"# + "\n" + #"{"text": "Fine."}"# + "\n"
        var batch = LintBatch(jobs: 1, showing: level)
        var linted: [LintBatch.Linted] = []
        try JSONLReader().read(.text(text, path: "queue.jsonl"), options: ReadOptions()) { post in
            batch.add(post, linter: linter, replyCopies: 0) { linted += $0 }
        }
        batch.finish { linted += $0 }
        return linted
    }

    @Test func whatIsShownIsReportedAndCountedAndProgressIsTold() throws {
        var told: [[Int]] = []
        var report = RunReport(level: .warning, progress: { told.append([$0, $1]) })
        report.count(file: true)
        var reporter = Recorder()
        var output = ""
        report.report(try linted(showing: .warning), to: &reporter, output: &output)
        #expect(reporter.findings == [["House.Plain"], [], []], "the suggestion is below the reported level")
        #expect(report.summary.posts == 3 && report.summary.files == 1)
        #expect(report.summary.warnings == 1 && report.summary.suggestions == 0)
        #expect(told == [[3, 1]])
    }

    @Test func theReviewDecidesWhatStands() throws {
        var reviewed: [String] = []
        var report = RunReport(level: .suggestion, review: { post, findings in
            reviewed += findings.map(\.rule)
            return findings.filter { $0.rule != "House.Plain" }
        })
        var reporter = Recorder()
        var output = ""
        report.report(try linted(), to: &reporter, output: &output)
        #expect(reviewed == ["House.Plain", "House.Weak"])
        #expect(reporter.findings == [[], ["House.Weak"], []])
        #expect(report.summary.warnings == 0 && report.summary.suggestions == 1)
    }

    @Test func finishingGivesTheReporterTheSummaryAndSaysEachProblem() throws {
        var report = RunReport(level: .suggestion)
        report.add(problem: "a.md: cannot read: Permission denied")
        report.count(file: true)
        report.count(file: true)
        report.count(file: false)
        var reporter = Recorder()
        var output = ""
        var said: [String] = []
        report.finish(&reporter, output: &output) { said.append($0) }
        #expect(reporter.summary?.files == 1)
        #expect(reporter.summary?.problems == ["a.md: cannot read: Permission denied"])
        #expect(said == ["candor: a.md: cannot read: Permission denied"])
    }
}
