/// Writes one JSON object member by member straight into bytes, for the objects written once a post (the
/// `JSON` tree would allocate a node for each of a post's two dozen metrics). Same layout as `JSON`. Keys
/// are encoded once (`Key`) and copied whole.
struct JSONObjectWriter {
    /// A member's key as it is written after the first member: the separator, then the key with its quotes,
    /// colon and space. Made once and kept (a static `let`): one copy then writes it, where writing it a
    /// byte at a time cost twice as much, every member of every post.
    struct Key: Sendable {
        fileprivate let encoded: [UInt8]

        init(_ name: String) {
            var encoded = Array(", ".utf8)
            JSON.appendQuoted(name, to: &encoded)
            self.encoded = encoded + ": ".utf8
        }
    }

    private(set) var bytes: [UInt8]
    private var members = 0

    init(capacity: Int = 1024) {
        bytes = []
        bytes.reserveCapacity(capacity)
        bytes.append(UInt8(ascii: "{"))
    }

    private init(continuing bytes: [UInt8]) {
        self.bytes = bytes
    }

    private mutating func key(_ key: Key) {
        // The first member goes without the separator.
        if members == 0 { bytes.append(contentsOf: key.encoded[2...]) } else { bytes.append(contentsOf: key.encoded) }
        members += 1
    }

    mutating func string(_ key: Key, _ value: String) {
        self.key(key)
        JSON.appendQuoted(value, to: &bytes)
    }

    /// A member whose key is data (metadata), escaped as any string.
    mutating func string(named key: String, _ value: String) {
        if members > 0 { bytes.append(UInt8(ascii: ",")); bytes.append(UInt8(ascii: " ")) }
        members += 1
        JSON.appendQuoted(key, to: &bytes)
        bytes.append(UInt8(ascii: ":"))
        bytes.append(UInt8(ascii: " "))
        JSON.appendQuoted(value, to: &bytes)
    }

    mutating func int(_ key: Key, _ value: Int) {
        self.key(key)
        JSON.appendInteger(value, to: &bytes)
    }

    mutating func value(_ key: Key, _ value: JSON) {
        self.key(key)
        value.append(to: &bytes)
    }

    /// A number member: a post's metrics, written without a `JSON` value each.
    mutating func number(_ key: Key, _ value: Double) {
        self.key(key)
        JSON.appendNumber(value, to: &bytes)
    }

    /// A member whose value is an object written by `body`.
    mutating func object(_ key: Key, _ body: (inout JSONObjectWriter) -> Void) {
        self.key(key)
        nested(body)
    }

    /// A member whose value is an array of objects, one written by `body` for each element.
    mutating func array<Element>(_ key: Key, _ elements: [Element], _ body: (Element, inout JSONObjectWriter) -> Void) {
        self.key(key)
        bytes.append(UInt8(ascii: "["))
        for (index, element) in elements.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")); bytes.append(UInt8(ascii: " ")) }
            nested { body(element, &$0) }
        }
        bytes.append(UInt8(ascii: "]"))
    }

    /// An object written into this buffer: the nested writer takes the buffer (no copy) and gives it back.
    private mutating func nested(_ body: (inout JSONObjectWriter) -> Void) {
        var inner = JSONObjectWriter(continuing: [])
        swap(&inner.bytes, &bytes)
        inner.bytes.append(UInt8(ascii: "{"))
        body(&inner)
        inner.bytes.append(UInt8(ascii: "}"))
        swap(&inner.bytes, &bytes)
    }

    /// The object, closed.
    consuming func text() -> String {
        bytes.append(UInt8(ascii: "}"))
        return String(decoding: bytes, as: UTF8.self)
    }
}
