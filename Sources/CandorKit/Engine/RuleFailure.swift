/// A rule that could not run on a post (PCRE2 gave up on its pattern): reported, and the run exits 2.
public struct RuleFailure: Sendable, Equatable, CustomStringConvertible {
    public let rule: String
    public let path: String
    public let location: SourceLocation
    public let reason: String

    public var description: String { "\(path):\(location): \(rule): \(reason)" }
}
