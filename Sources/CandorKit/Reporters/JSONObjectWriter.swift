/// Writes one JSON object member by member straight into bytes, for the objects written once a post (the
/// `JSON` tree would allocate a node for each of a post's two dozen metrics). Same layout as `JSON`. Keys
/// are static text, copied as they are: they need no escaping.
struct JSONObjectWriter {
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

    /// `key` as a member after the first: the separator, then the key with its quotes, colon and space, for a
    /// member written often (`number(_:_:)`), so that one copy writes it all.
    static func encodedKey(_ key: String) -> [UInt8] {
        var bytes = Array(", ".utf8)
        JSON.appendQuoted(key, to: &bytes)
        return bytes + ": ".utf8
    }

    private mutating func separate() {
        if members > 0 { bytes.append(UInt8(ascii: ",")); bytes.append(UInt8(ascii: " ")) }
        members += 1
    }

    private mutating func key(_ key: StaticString) {
        separate()
        bytes.append(UInt8(ascii: "\""))
        key.withUTF8Buffer { bytes.append(contentsOf: $0) }
        bytes.append(UInt8(ascii: "\""))
        bytes.append(UInt8(ascii: ":"))
        bytes.append(UInt8(ascii: " "))
    }

    mutating func string(_ key: StaticString, _ value: String) {
        self.key(key)
        JSON.appendQuoted(value, to: &bytes)
    }

    /// A member whose key is data (metadata), escaped as any string.
    mutating func string(named key: String, _ value: String) {
        separate()
        JSON.appendQuoted(key, to: &bytes)
        bytes.append(UInt8(ascii: ":"))
        bytes.append(UInt8(ascii: " "))
        JSON.appendQuoted(value, to: &bytes)
    }

    mutating func int(_ key: StaticString, _ value: Int) {
        self.key(key)
        JSON.appendInteger(value, to: &bytes)
    }

    mutating func value(_ key: StaticString, _ value: JSON) {
        self.key(key)
        value.append(to: &bytes)
    }

    /// A number member whose key `encodedKey` made: a post's metrics, written without a `JSON` value each.
    mutating func number(_ encodedKey: [UInt8], _ value: Double) {
        // The first member goes without the separator.
        if members == 0 { bytes.append(contentsOf: encodedKey[2...]) } else { bytes.append(contentsOf: encodedKey) }
        members += 1
        JSON.appendNumber(value, to: &bytes)
    }

    /// A member whose value is an object written by `body`.
    mutating func object(_ key: StaticString, _ body: (inout JSONObjectWriter) -> Void) {
        self.key(key)
        nested(body)
    }

    /// A member whose value is an array of objects, one written by `body` for each element.
    mutating func array<Element>(_ key: StaticString, _ elements: [Element], _ body: (Element, inout JSONObjectWriter) -> Void) {
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
