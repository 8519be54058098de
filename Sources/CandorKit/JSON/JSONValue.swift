/// A JSON value as `JSONParser` reads it: strings keep where they were written, and numbers their text.
enum JSONValue {
    case object(Object)
    case array([JSONValue])
    case string(FieldText)
    case number(String)
    case bool(Bool)
    case null

    struct Object {
        /// Where the object's `{` stands in the file.
        let offset: Int
        let members: [Member]
    }

    struct Member {
        let key: String
        let value: JSONValue
        /// Where the member's value starts in the file.
        let valueOffset: Int
    }

    /// The value as post metadata: strings decoded, numbers and booleans as written, arrays joined with ", ",
    /// objects as `key: value` pairs (as front matter does); nil for null. `bytes` is the file it was read from.
    func text(in bytes: [UInt8]) -> String? {
        switch self {
        case .string(let string): string.string(in: bytes)
        case .number(let number): number
        case .bool(let bool): bool ? "true" : "false"
        case .null: nil
        case .array(let items): items.compactMap { $0.text(in: bytes) }.joined(separator: ", ")
        case .object(let object):
            object.members.compactMap { member in member.value.text(in: bytes).map { "\(member.key): \($0)" } }
                .joined(separator: ", ")
        }
    }
}
