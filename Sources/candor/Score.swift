import ArgumentParser
import CandorKit

struct Score: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "score", abstract: "Print each post's score and verdict, and the feed summary.")

    @OptionGroup var sources: SourceOptions

    @Option(help: "Output format: text, json, csv.") var format: ScoreReporter.Format = .text

    @Flag(help: "Show, per post, what raised and lowered its score.") var explain = false

    func run() throws {
        // Scores are reported whatever the findings; only errors in the input or rules fail the run.
        var options = sources.lintOptions()
        options.failOn = nil
        let status = LintRunner(options: options).runReporting(ScoreReporter(format: format, explain: explain), quiet: false)
        throw ExitCode(status == 2 ? 2 : 0)
    }
}

extension ScoreReporter.Format: CaseArgument {}
