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
