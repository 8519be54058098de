/// A `feed` rule that fired on a queue or a thread: the posts of one source file (`path`), never a run's
/// unrelated files taken together; nil `path` for posts given without a file (a rule's examples).
public struct FeedFinding: Sendable, Equatable {
    public let rule: String
    public let level: Level
    public let message: String
    public let path: String?

    public init(rule: String, level: Level, message: String, path: String? = nil) {
        self.rule = rule
        self.level = level
        self.message = message
        self.path = path
    }
}
