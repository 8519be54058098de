import ArgumentParser
import CandorKit

/// What `lint` and `score` share: which posts, which configuration.
struct SourceOptions: ParsableArguments {
    @Argument(help: "Files or folders to lint; '-' for stdin (the default when stdin is not a terminal).")
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

    func lintOptions() -> LintOptions {
        var options = LintOptions()
        options.paths = paths
        options.readStandardInput = paths.contains("-") || (paths.isEmpty && !Output.inputIsTerminal)
        if paths.isEmpty && !options.readStandardInput { options.paths = ["."] }
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

enum ColorChoice: String, CaseArgument {
    case auto, always, never

    var enabled: Bool {
        switch self {
        case .always: true
        case .never: false
        case .auto: Output.isTerminal && Environment.noColor == false
        }
    }
}

enum Environment {
    static var noColor: Bool { getenv("NO_COLOR").map { $0.pointee != 0 } ?? false }
}

#if canImport(Glibc)
import Glibc
#endif
