import CandorEntities

/// What `candor lint` and `candor score` were asked to do, once the CLI has parsed its flags.
public struct LintOptions: Sendable {
    public var paths: [String] = []
    /// Sources already in memory (staged blobs for the git hook), linted before `paths`.
    public var inputs: [Input] = []
    /// Read stdin as one source (the path `-`, or no path while stdin is not a terminal).
    public var readStandardInput = false
    /// Standard input's bytes when the caller has read them already (`StandardInput.resolve`); nil: read
    /// them when the run starts.
    public var standardInput: [UInt8]?
    public var stdinFilename: String?
    public var configFile: String?
    /// A configuration already read (the git hook's staged `.candor.yml`), used in place of the search.
    public var suppliedConfig: ConfigLoader.Supplied?
    public var noConfig = false
    public var platform: Platform?
    public var level: Level?
    public var failOn: Level?
    /// More warnings than this fail the run; nil or negative (`--max-warnings -1`): no limit.
    public var maxWarnings: Int?
    public var textField: String?
    /// Worker threads; nil: one per core.
    public var jobs: Int?
    /// After the run, report the time spent in each rule (`--verbose`).
    public var verbose = false
    /// Which posts get their first words (`PostResult.snippet`) for the text report. Made on the lanes, and
    /// only for the posts the report lists: every post's cost a fifth of the time of a run of short posts.
    public var snippets = Snippets.none

    public enum Snippets: Sendable {
        case none
        /// Posts with findings at or above the reported level, or a rule that could not run.
        case postsWithFindings
        case all
    }

    public init() {}
}
