/// The effective settings for a set of files (docs/configuration.md), with the file each value came from.
public struct Configuration: Sendable, Equatable {
    /// Embedded pack names (`Candor`) or folders, resolved against the config file that named them.
    public var packs: [String] = ["Candor"]
    public var platform: Platform?
    /// Lowest level reported.
    public var level: Level = .suggestion
    /// Lowest level that makes the exit status 1.
    public var failOn: Level = .error
    /// Per-rule level, or nil for `off`.
    public var rules: [String: Level?] = [:]
    /// Words no existence or substitution rule flags.
    public var accept: [String] = []
    /// The names the account goes by, for `Candor.ThirdPersonSelf`.
    public var accountNames: [String] = []
    public var include: [String] = []
    public var exclude: [String] = []
    public var scoring = ScoringOptions()
    /// Key (`level`, `rules.Candor.Jargon`, `score.broadcast-below`, ...) to the file that set it.
    public var origins: [String: String] = [:]
    /// The config files read, farthest first.
    public var files: [String] = []
    /// Settings read but not honoured (from a `.vale.ini`), one line each, for stderr.
    public var warnings: [String] = []

    public init() {}
}
