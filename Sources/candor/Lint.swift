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

    // Unconditional, so `--max-warnings -1` is a value and not an unknown flag.
    @Option(parsing: .unconditional, help: "Exit 1 when there are more warnings than this; -1: no limit.")
    var maxWarnings: Int?

    @Option(help: "Colour: auto (on a terminal), always, never.")
    var color: ColorChoice = .auto

    @Flag(name: .shortAndLong, help: "Print nothing; only the exit status tells (and the --output file).")
    var quiet = false

    @Option(name: .shortAndLong, help: ArgumentHelp("Write the report to this file (atomically) instead of stdout.", valueName: "file"))
    var output: String?

    @Flag(help: "List posts with no findings too, and after the run print to stderr the time each rule took, longest first.")
    var verbose = false

    @Flag(help: "Apply in place the replacements their rules mark safe (a substitution's fix key), then report what is left.")
    var fix = false

    @Flag(help: "Print the changes --fix would make as a unified diff, and write nothing.")
    var diff = false

    @Option(help: ArgumentHelp("Report only the findings this baseline file does not record.", valueName: "file"))
    var baseline: String?

    @Option(help: ArgumentHelp("Record this run's findings in a baseline file, for --baseline.", valueName: "file"))
    var writeBaseline: String?

    func validate() throws {
        if let maxWarnings, maxWarnings < -1 { throw ValidationError("--max-warnings must be -1 (no limit) or more") }
    }

    func run() throws {
        // `candor explian Candor.Jargon` is a typo, not two files to lint.
        if let first = sources.paths.first, first != "-", let failure = FileIO.lookupFailure(first), FileIO.isMissing(failure),
           let suggestion = Candor.suggestion(for: sources.paths) {
            Output.error("candor: \(first): no such file; did you mean '\(suggestion)'?")
            throw ExitCode(2)
        }
        var options = sources.lintOptions(quiet: quiet)
        options.level = level
        options.failOn = failOn
        options.maxWarnings = maxWarnings
        options.verbose = verbose
        options.snippets = format != .text ? .none : verbose ? .all : .postsWithFindings
        var known = try baseline.map(loadBaseline)
        // Opened before anything is linted, so an output file that cannot be written stops the run at once.
        let file: ReportFile?
        do { file = try output.map { path throws(FileIO.WriteError) in try ReportFile(path: path) } } catch {
            Output.error("candor: \(error)")
            throw ExitCode(2)
        }
        var writeFailed = false
        if fix || diff {
            let fixes = FixRun(options: options)
            if diff {
                let status = printDiff(fixes, to: file)
                try commit(file)
                throw ExitCode(status)
            }
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
        // A report written to a file is laid out as for a pipe: no wrapping, and colour only when forced.
        let toFile = file != nil
        let reporter = format.makeReporter(
            color: toFile ? color == .always : color.enabled, rules: rules, toolVersion: CandorVersion.string,
            verbose: verbose, width: toFile ? nil : Output.terminalWidth)
        let status = runner.runReporting(reporter, quiet: quiet, to: file)
        try commit(file)
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

    /// Gives the report file its name; a failure is exit 2.
    private func commit(_ file: ReportFile?) throws {
        do { try file?.commit() } catch {
            Output.error("candor: \(error)")
            throw ExitCode(2)
        }
    }

    private func loadBaseline(_ path: String) throws -> Baseline {
        do { return try Baseline.load(path) } catch {
            Output.error("candor: \(error)")
            throw ExitCode(2)
        }
    }

    /// `--diff`: the fixes as a unified diff on stdout; the status is the lint's.
    private func printDiff(_ fixes: FixRun, to reportFile: ReportFile?) -> Int32 {
        let outcome = fixes.run(diagnostics: quiet ? { _ in } : Output.error)
        var output = Output()
        for file in outcome.files where file.changed {
            let text = UnifiedDiff(path: file.path, original: file.original, fixed: file.fixed).text
            if let reportFile { reportFile.write(text) } else if !quiet { output.write(text) }
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
    /// Runs with `reporter` writing to `file` when given, else to stdout (or nowhere when quiet), diagnostics
    /// to stderr (unless quiet).
    func runReporting(_ reporter: any Reporter, quiet: Bool, to file: ReportFile? = nil) -> Int32 {
        var reporter = reporter
        var runner = self
        if !quiet && Output.errorIsTerminal {
            var line = ProgressLine()
            runner.progress = { posts, files in line.update(posts: posts, files: files).map(Output.progress) }
        }
        defer { Output.clearProgress() }
        return runner.runWithoutProgress(&reporter, quiet: quiet, to: file)
    }

    private func runWithoutProgress(_ reporter: inout any Reporter, quiet: Bool, to file: ReportFile?) -> Int32 {
        if var file {
            return run(reporter: &reporter, output: &file) { quiet ? () : Output.error($0) }
        }
        if quiet {
            var sink = Discard()
            return run(reporter: &reporter, output: &sink) { _ in }
        }
        var output = Output()
        return run(reporter: &reporter, output: &output) { Output.error($0) }
    }
}
