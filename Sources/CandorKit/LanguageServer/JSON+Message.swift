/// JSON-RPC messages are read with the project's `JSONParser` and held as the `JSON` values the reporters
/// write, so the server reads and writes one kind of value and never goes through Foundation.
extension JSON {
    /// The value of a message body; a syntax error names its line and column.
    static func parse(_ bytes: [UInt8]) throws(InputError) -> JSON {
        let file = SourceFile(path: "message", bytes: bytes)
        var parser = JSONParser(file, skippingByteOrderMark: false)
        let value = try parser.value()
        try parser.end()
        return JSON(value, in: file.bytes)
    }

    init(_ value: JSONValue, in bytes: [UInt8]) {
        switch value {
        case .object(let object): self = .object(object.members.map { ($0.key, JSON($0.value, in: bytes)) })
        case .array(let items): self = .array(items.map { JSON($0, in: bytes) })
        case .string(let text): self = .string(text.string(in: bytes))
        case .number(let text): self = Int(text).map(JSON.int) ?? .number(Double(text) ?? 0)
        case .bool(let flag): self = .bool(flag)
        case .null: self = .null
        }
    }

    /// A member of an object (the last, when a key repeats); nil for a missing key or a value that is no object.
    subscript(key: String) -> JSON? {
        guard case .object(let members) = self else { return nil }
        return members.last(where: { $0.0 == key })?.1
    }

    var stringValue: String? {
        if case .string(let text) = self { return text }
        return nil
    }

    var intValue: Int? {
        switch self {
        case .int(let value): return value
        case .number(let value) where value == value.rounded() && abs(value) < 1e15: return Int(value)
        default: return nil
        }
    }

    var boolValue: Bool? {
        if case .bool(let flag) = self { return flag }
        return nil
    }

    var arrayValue: [JSON]? {
        if case .array(let items) = self { return items }
        return nil
    }

    var isNull: Bool {
        if case .null = self { return true }
        return false
    }
}
