/// A rule's finding in a post, placed in its source file: line and column at the edges, as people count.
public struct Finding: Sendable, Equatable {
    public let rule: String
    public let level: Level
    public let message: String
    public let start: SourceLocation
    /// Just past the match, as SARIF's `endColumn`.
    public let end: SourceLocation
    /// The matched text as written.
    public let match: String
    /// Replacements a substitution offers.
    public let suggestions: [String]
    /// Byte range in the post's text, for suppressions, baselines and fixes.
    public let postRange: Range<Int>
    /// `--fix` may apply the single suggestion: the rule marks its swap safe (`fix`).
    public let fixable: Bool

    public init(rule: String, level: Level, message: String, start: SourceLocation, end: SourceLocation,
                match: String, suggestions: [String] = [], postRange: Range<Int>, fixable: Bool = false) {
        self.fixable = fixable
        self.rule = rule
        self.level = level
        self.message = message
        self.start = start
        self.end = end
        self.match = match
        self.suggestions = suggestions
        self.postRange = postRange
    }

    /// Output order: line, column, rule.
    static func ordered(_ lhs: Finding, _ rhs: Finding) -> Bool {
        (lhs.start.line, lhs.start.column, lhs.rule) < (rhs.start.line, rhs.start.column, rhs.rule)
    }
}
