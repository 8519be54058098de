/// A `git` command that could not start or that failed, with what git said.
public struct GitError: Error, Sendable, CustomStringConvertible {
    /// The command as a person would type it: `git rev-parse --git-path hooks`.
    public let command: String
    /// Git's own message (its standard error, trimmed), or why it could not run.
    public let message: String

    public init(command: String, message: String) {
        self.command = command
        self.message = message
    }

    public var description: String { "\(command): \(message)" }
}
