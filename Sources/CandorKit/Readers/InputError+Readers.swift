extension InputError {
    /// An error at a byte offset of `file`, located as people count lines and columns.
    init(_ file: SourceFile, at offset: Int, _ message: String) {
        let location = file.location(of: offset)
        self.init(path: file.path, line: location.line, column: location.column, message: message)
    }

    /// A `.json` or `.yml` file that holds no queue of posts: neither a list of posts nor a mapping with a
    /// `posts` list (a list of posts is one whose first item is an object). A folder walk passes such files
    /// over quietly (`isNotAQueue`); named on the command line, they are an error like any other.
    ///
    /// An `InputError` rather than an error type of its own, because `PostReader.read` throws `InputError` only.
    public static func notAQueue(path: String) -> InputError {
        InputError(path: path, message: notAQueueMessage)
    }

    /// True for the error `notAQueue(path:)` makes.
    public var isNotAQueue: Bool { line == nil && column == nil && message == Self.notAQueueMessage }

    private static let notAQueueMessage =
        "not a queue of posts: expected a list of posts, or a mapping with a 'posts' list"
}
