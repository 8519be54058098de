/// A substitution `--fix` may make: a finding with exactly one suggestion, which replaces its match, from a swap
/// its rule marks safe (`fix`); any other suggestion is the writer's to take.
public struct Fix: Sendable, Hashable {
    public let rule: String
    /// The post's index in its file, and the match's byte range in the post's text.
    public let post: Int
    public let range: Range<Int>
    public let match: String
    public let replacement: String
    /// Where the match starts in its file, for messages.
    public let location: SourceLocation

    /// The fix a finding offers, or nil when it has no suggestion or several (a choice is the writer's), or its
    /// rule does not mark it safe.
    public init?(_ finding: Finding, post: Int) {
        guard finding.suggestions.count == 1, finding.fixable else { return nil }
        rule = finding.rule
        self.post = post
        range = finding.postRange
        match = finding.match
        replacement = finding.suggestions[0]
        location = finding.start
    }
}
