/// What a reader needs beyond the bytes.
public struct ReadOptions: Sendable {
    /// `--text-field`: the column or key that holds the post text, instead of the first of `textFieldNames`.
    public var textField: String?

    /// Columns and keys that hold the text, in order of preference (compared case-insensitively).
    public static let textFieldNames = ["text", "content", "post", "message", "body", "tweet"]

    public init(textField: String? = nil) {
        self.textField = textField
    }
}
