/// Reads `.json` queues: an array of post objects, or an object whose `posts` member is one. The text field
/// is chosen as for CSV (`QueueFields`); other members become metadata. Any other document is
/// `InputError.notAQueue`.
///
/// The file is read whole (a JSON document has no record boundaries to stream by), but posts are emitted one
/// by one as the parser reaches them, so a syntax error late in the file leaves the earlier posts emitted.
public struct JSONReader: PostReader {
    public static let extensions = ["json"]

    public init() {}

    public func read(_ input: Input, options: ReadOptions, emit: (Post) -> Void) throws(InputError) {
        var parser = JSONParser(SourceFile(path: input.path, bytes: try input.readAll()), skippingByteOrderMark: true)
        var index = 0
        var isQueue = false
        switch parser.peek() {
        case UInt8(ascii: "["):
            isQueue = try readPosts(&parser, options: options, index: &index, emit: emit)
        case UInt8(ascii: "{"):
            try parser.forEachMember { parser, key throws(InputError) in
                if key == "posts", !isQueue, parser.peek() == UInt8(ascii: "[") {
                    isQueue = try readPosts(&parser, options: options, index: &index, emit: emit)
                } else {
                    _ = try parser.value(depth: 1)
                }
            }
        default:
            _ = try parser.value()
        }
        try parser.end()
        guard isQueue else { throw .notAQueue(path: input.path) }
    }

    /// Reads the array at the parser and emits its posts; false when it is not a list of posts (its first
    /// element is not an object), in which case it is read through without a post.
    private func readPosts(
        _ parser: inout JSONParser, options: ReadOptions, index: inout Int, emit: (Post) -> Void
    ) throws(InputError) -> Bool {
        var isQueue: Bool?
        try parser.forEachElement { parser throws(InputError) in
            let isObject = parser.peek() == UInt8(ascii: "{")
            if isQueue == nil { isQueue = isObject }
            guard isQueue == true else {
                _ = try parser.value(depth: 2)
                return
            }
            guard isObject else { throw parser.error("expected a post (an object), found \(parser.found)") }
            let object = try parser.object(depth: 2)
            if let post = try Self.post(from: object, file: parser.file, index: index, options: options) {
                emit(post)
                index += 1
            }
        }
        return isQueue ?? true
    }

    /// The post an object makes (nil when its text is blank or null), for `.json` and `.jsonl` alike.
    static func post(
        from object: JSONValue.Object, file: SourceFile, index: Int, options: ReadOptions
    ) throws(InputError) -> Post? {
        guard let textField = QueueFields.textField(in: object.members.map(\.key), options: options) else {
            throw InputError(file, at: object.offset, "object has " + QueueFields.missingText("field", options))
        }
        let member = object.members[textField]
        let text: MappedText
        switch member.value {
        case .string(let string): text = string.mappedText(in: file.bytes)
        case .null: return nil
        default: throw InputError(file, at: member.valueOffset, "the text field '\(member.key)' must be a string")
        }
        // Sized for every other member at once: grown from empty, it was resized three times a post.
        var metadata = [String: String](minimumCapacity: object.members.count - 1)
        var disabled: String?
        for (position, other) in object.members.enumerated() where position != textField {
            if QueueFields.isSuppressionField(other.key) {
                disabled = other.value.text(in: file.bytes)
            } else if let value = other.value.text(in: file.bytes) {
                metadata[other.key] = value
            }
        }
        return QueueFields.post(file: file, index: index, text: text, metadata: metadata, disabled: disabled)
    }
}
