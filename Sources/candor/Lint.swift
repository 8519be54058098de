import ArgumentParser
import CandorKit

struct Lint: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint", abstract: "Lint posts: print findings, each post's score and verdict.",
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

    @Flag(help: "After the run, print to stderr the time each rule took over the whole run, longest first.")
    var verbose = false

    @Flag(help: "Apply in place the replacements their rules mark safe (a substitution's fix key), then report what is left.")
    var fix = false

    @Flag(help: "Print the changes --fix would make as a unified diff, and write nothing.")
    var diff = false

    @Option(help: ArgumentHelp("Report only the findings this baseline file does not record.", valueName: "file"))
    var baseline: String?

    @Option(help: ArgumentHelp("Record this run's findings in a baseline file, for --baseline.", valueName: "file"))
    var writeBaseline: String?

    func run() throws {
        var options = sources.lintOptions()
        options.level = level
        options.failOn = failOn
        options.maxWarnings = maxWarnings
        options.verbose = verbose
        var known = try baseline.map(loadBaseline)
        var writeFailed = false
        if fix || diff {
            let fixes = FixRun(options: options)
            if diff { throw ExitCode(printDiff(fixes)) }
            writeFailed = !applyFixes(fixes)
            options = fixes.options
        }

        var runner = LintRunner(options: options)
        var today = writeBaseline.map(Baseline.init(file:))
        if known != nil || today != nil {
            runner.review = { post, findings in
                today?.record(findings, in: post)
                return known?.unknown(findings, in: post) ?? findings
            }
            runner.reviewFeed = { findings in
                today?.record(feed: findings)
                return known?.unknown(feed: findings) ?? findings
            }
        }
        let rules = format.describesRules ? try ActiveRules.load(config: sources.config, noConfig: sources.noConfig) : []
        let reporter = format.makeReporter(color: color.enabled, rules: rules, toolVersion: CandorVersion.string)
        let status = runner.runReporting(reporter, quiet: quiet)
        if let writeBaseline, let today {
            // A run that could not read everything would record too little, and forget findings.
            guard status != 2 else {
                Output.error("candor: \(writeBaseline): baseline not written, since the run had errors")
                throw ExitCode(2)
            }
            do { try today.write(to: writeBaseline) } catch {
                Output.error("candor: \(error)")
                throw ExitCode(2)
            }
        }
        throw ExitCode(writeFailed ? 2 : status)
    }

    private func loadBaseline(_ path: String) throws -> Baseline {
        do { return try Baseline.load(path) } catch {
            Output.error("candor: \(error)")
            throw ExitCode(2)
        }
    }

    /// `--diff`: the fixes as a unified diff on stdout; the status is the lint's.
    private func printDiff(_ fixes: FixRun) -> Int32 {
        let outcome = fixes.run(diagnostics: quiet ? { _ in } : Output.error)
        var output = Output()
        for file in outcome.files where file.changed && !quiet {
            output.write(UnifiedDiff(path: file.path, original: file.original, fixed: file.fixed).text)
        }
        report(outcome)
        return outcome.failures.contains(where: \.textChanged) ? 2 : outcome.status
    }

    /// `--fix`: writes each fixed file; what could not be fixed is told on stderr. False when a file could not
    /// be written, or did not hold the text its fixes were found in. The lint that follows prints the first lint's messages, so those are not repeated here.
    private func applyFixes(_ fixes: FixRun) -> Bool {
        let outcome = fixes.run { _ in }
        var wroteAll = true
        for file in outcome.files where file.changed {
            guard fixes.isFile(file.path) else {
                if !quiet { Output.error("candor: \(file.path): not fixed in place, since it is not a file; --diff shows the fixes") }
                continue
            }
            do {
                try file.write()
                if !quiet { Output.error("candor: \(file.path): fixed \(file.applied) finding\(file.applied == 1 ? "" : "s")") }
            } catch {
                Output.error("candor: \(error)")
                wroteAll = false
            }
        }
        report(outcome)
        return wroteAll && !outcome.failures.contains(where: \.textChanged)
    }

    /// Fixes left out, and files that could not be fixed.
    private func report(_ outcome: FixRun.Outcome) {
        guard !quiet else { return }
        for file in outcome.files {
            for (fix, reason) in file.skipped {
                Output.error("candor: \(file.path):\(fix.location): \(fix.rule) not fixed: \(reason)")
            }
        }
        for failure in outcome.failures { Output.error("candor: \(failure)") }
    }
}

extension OutputFormat: CaseArgument {}

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
