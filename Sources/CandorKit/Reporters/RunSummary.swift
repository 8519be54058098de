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
