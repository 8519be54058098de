import ArgumentParser
import CandorKit

struct Lint: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Lint posts: print findings, each post's score and verdict.",
        discussion: "Exit status: 0 nothing at or above --fail-on; 1 findings at or above it, or more warnings than --max-warnings; 2 usage, configuration, rule or input errors.")

    @OptionGroup var sources: SourceOptions

    @Option(help: "Output format: \(OutputFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: OutputFormat = .text

    @Option(help: "Lowest level reported: suggestion, warning, error.")
    var level: Level?

    @Option(help: "Lowest level that makes the exit status 1 (default: error).")
    var failOn: Level?

    @Option(help: "Exit 1 when there are more warnings than this.")
    var maxWarnings: Int?

    @Option(help: "Colour: auto (on a terminal), always, never.")
    var color: ColorChoice = .auto

    @Flag(name: .shortAndLong, help: "Print nothing; only the exit status tells.")
    var quiet = false

    func run() throws {
        var options = sources.lintOptions()
        options.level = level
        options.failOn = failOn
        options.maxWarnings = maxWarnings
        let status = LintRunner(options: options).runReporting(format.makeReporter(color: color.enabled), quiet: quiet)
        throw ExitCode(status)
    }
}

extension OutputFormat: ExpressibleByArgument {}

extension LintRunner {
    /// Runs with `reporter` writing to stdout (or nowhere when quiet), diagnostics to stderr.
    func runReporting(_ reporter: any Reporter, quiet: Bool) -> Int32 {
        var reporter = reporter
        if quiet {
            var sink = Discard()
            return run(reporter: &reporter, output: &sink) { _ in }
        }
        var output = Output()
        return run(reporter: &reporter, output: &output) { Output.error($0) }
    }
}

struct Discard: TextOutputStream {
    mutating func write(_ string: String) {}
}
