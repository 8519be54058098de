import CandorEntities

/// The effective settings for a set of files (docs/configuration.md), with the file each value came from.
public struct Configuration: Sendable, Equatable {
    /// Embedded pack names (`Candor`) or folders, resolved against the config file that named them.
    public var packs: [String] = ["Candor"]
    public var platform: Platform?
    /// The language of posts whose metadata names none (`lang`, a code such as `de`); nil: guessed per post.
    public var language: String?
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
    /// What a Vale configuration selects, per file; nil without one.
    public var vale: ValeSettings?
    /// The Vale selection for the file being linted (`selecting(file:)`); nil: every rule any section turns on.
    public var valeSelection: ValeSelection?

    public init() {}

    /// This configuration as it holds for the file at `path`: a Vale configuration's sections decide per file.
    public func selecting(file path: String) -> Configuration {
        guard let vale else { return self }
        var copy = self
        copy.valeSelection = vale.selection(forFile: path)
        return copy
    }
}
