/// One place a check fired: the byte range in the post, the values for the message's `%s`, and the
/// replacements a substitution offers.
public struct CheckMatch: Sendable, Equatable {
    public let range: Range<Int>
    public let arguments: [String]
    public let suggestions: [String]
    /// The first argument carries its own quotes (a list of choices), so the message's are dropped.
    public let firstArgumentQuoted: Bool
    /// The single suggestion is safe to apply unasked (`--fix`): the rule marks it so.
    public let fixable: Bool

    init(
        range: Range<Int>, arguments: [String], suggestions: [String] = [], firstArgumentQuoted: Bool = false,
        fixable: Bool = false
    ) {
        self.range = range
        self.arguments = arguments
        self.suggestions = suggestions
        self.firstArgumentQuoted = firstArgumentQuoted
        self.fixable = fixable
    }
}
