import ArgumentParser
import CandorEntities
import CandorKit

/// What `lint` and `score` share: which posts, which configuration.
struct SourceOptions: ParsableArguments {
    @Argument(help: "Files or folders to lint; '-' for stdin (the default when stdin is not a terminal and not empty); default: the current folder.")
    var paths: [String] = []

    @Option(help: "Use this configuration file instead of searching for .candor.yml.")
    var config: String?

    @Flag(help: "Ignore every configuration file.")
    var noConfig = false

    @Option(help: "Platform of posts whose metadata names none: \(Platform.knownNames); any case.")
    var platform: Platform?

    @Option(help: "Name to report stdin as; its extension picks the reader.")
    var stdinFilename: String?

    @Option(help: "Column or key holding the post text in CSV, JSON and YAML queues.")
    var textField: String?

    @Option(help: "Worker threads (default: one per core).")
    var jobs: Int?

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
    }

    /// `quiet` leaves out the note that an empty stdin made the run lint the current folder.
    func lintOptions(quiet: Bool = false) -> LintOptions {
        var options = LintOptions()
        if options.chooseSources(paths: paths, inputIsTerminal: Output.inputIsTerminal) == .currentFolder(standardInputWasEmpty: true),
           !quiet {
            Output.error("candor: no path given and stdin is empty: linting the current folder ('-' reads stdin)")
        }
        options.stdinFilename = stdinFilename
        options.configFile = config
        options.noConfig = noConfig
        options.platform = platform
        options.textField = textField
        options.jobs = jobs
        return options
    }
}

extension Platform: CaseArgument {
    /// Any case, and `twitter` for `x`, as in metadata and the config (`Platform(named:)`).
    public init?(argument: String) { self.init(named: argument) }
}
extension Level: CaseArgument {}
