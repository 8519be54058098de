/// An output format: a sink that receives each post's result in output order, then the run's summary
/// (ripgrep's design: a new format never touches the linting). Reporters write to any text stream.
public protocol Reporter {
    mutating func report(_ result: PostResult, to output: inout some TextOutputStream)
    mutating func finish(_ summary: RunSummary, to output: inout some TextOutputStream)

    /// Renders the part of a post's report that depends on that post alone. The runner calls it on the
    /// worker threads that lint the posts, so a format whose output is mostly per post (JSON, one line a
    /// finding) is written by every core; nil leaves all the writing to `report`.
    var renderer: PostRenderer? { get }
    /// Writes a post's report given what `renderer` made of it (nil when there is no renderer).
    mutating func report(_ result: PostResult, rendered: String?, to output: inout some TextOutputStream)

    /// Called once before the first post, with the lowest level that fails the run (`fail-on`), so a format
    /// that marks posts failed (JUnit) agrees with the exit status.
    mutating func start(failOn: Level)
}

/// A reporter's per-post rendering, safe to call from any thread.
public typealias PostRenderer = @Sendable (PostResult) -> String

extension Reporter {
    public var renderer: PostRenderer? { nil }

    public mutating func start(failOn: Level) {}

    public mutating func report(_ result: PostResult, rendered: String?, to output: inout some TextOutputStream) {
        report(result, to: &output)
    }
}

/// What a whole run produced, for the last lines of a report and the exit status.
public struct RunSummary: Sendable {
    public var files = 0
    public var posts = 0
    public var errors = 0
    public var warnings = 0
    public var suggestions = 0
    public var feed = FeedSummary()
    public var feedFindings: [FeedFinding] = []
    /// Input that could not be read, rules that could not run: each makes the exit status 2.
    public var problems: [String] = []

    public init() {}

    mutating func count(_ level: Level) {
        switch level {
        case .error: errors += 1
        case .warning: warnings += 1
        case .suggestion: suggestions += 1
        }
    }
}

/// The output formats of `candor lint --format`.
public enum OutputFormat: String, Sendable, CaseIterable {
    case text, line, json, sarif, github, junit, checkstyle

    /// Whether the format describes the rules that fired, so `makeReporter` needs them.
    public var describesRules: Bool { self == .sarif }

    /// `rules` and `toolVersion` are used by the formats that describe the tool (SARIF), whose URIs are
    /// relative to the repository holding the current folder (`SourceRoot`); `verbose` (list posts with no
    /// findings) and `width` (wrap to a terminal's columns) by the text format.
    public func makeReporter(
        color: Bool, rules: [Rule] = [], toolVersion: String? = nil, verbose: Bool = false, width: Int? = nil
    ) -> any Reporter {
        switch self {
        case .text: TextReporter(color: color, verbose: verbose, width: width)
        case .line: LineReporter()
        case .json: JSONReporter()
        case .sarif: SARIFReporter(rules: rules, toolVersion: toolVersion, root: SourceRoot.find())
        case .github: GitHubReporter()
        case .junit: JUnitReporter()
        case .checkstyle: CheckstyleReporter()
        }
    }
}
