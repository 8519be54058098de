/// A JSON parser (RFC 8259) that keeps byte positions: each string knows where it was written and how its
/// escapes map (`FieldText`), so a finding inside `"caf\u00e9 \"launch\""` points at the column where it
/// stands, and a syntax error names its line and column. Hand-written because Foundation's
/// `JSONSerialization` and `JSONDecoder` hand back values without positions.
///
/// Readers can drive it element by element (`forEachElement`), so a post is emitted as soon as it is read.
struct JSONParser {
    /// How deeply arrays and objects may nest, so that hostile input cannot exhaust the stack.
    static let maxDepth = 512

    let file: SourceFile
    private let bytes: [UInt8]
    private(set) var offset: Int

    init(_ file: SourceFile, skippingByteOrderMark: Bool) {
        self.file = file
        bytes = file.bytes
        offset = skippingByteOrderMark && bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    }

    /// Skips whitespace and returns the byte there, or nil at the end of the input.
    mutating func peek() -> UInt8? {
        while offset < bytes.count, Self.isWhitespace(bytes[offset]) { offset += 1 }
        return offset < bytes.count ? bytes[offset] : nil
    }

    /// Checks that only whitespace is left.
    mutating func end() throws(InputError) {
        guard peek() == nil else { throw error("unexpected \(found) after the value") }
    }

    mutating func value(depth: Int = 0) throws(InputError) -> JSONValue {
        guard depth < Self.maxDepth else { throw error("nested more than \(Self.maxDepth) levels deep") }
        guard let byte = peek() else { throw error("expected a value, found \(found)") }
        switch byte {
        case UInt8(ascii: "{"):
            return .object(try object(depth: depth))
        case UInt8(ascii: "["):
            var items: [JSONValue] = []
            try forEachElement { parser throws(InputError) in items.append(try parser.value(depth: depth + 1)) }
            return .array(items)
        case UInt8(ascii: "\""):
            return .string(try string())
        case UInt8(ascii: "t"):
            try literal("true")
            return .bool(true)
        case UInt8(ascii: "f"):
            try literal("false")
            return .bool(false)
        case UInt8(ascii: "n"):
            try literal("null")
            return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return .number(try number())
        default:
            throw error("expected a value, found \(found)")
        }
    }

    /// Reads the object at the current `{`.
    mutating func object(depth: Int) throws(InputError) -> JSONValue.Object {
        let start = offset
        var members: [JSONValue.Member] = []
        try forEachMember { parser, key throws(InputError) in
            let valueOffset = parser.offset
            let value = try parser.value(depth: depth + 1)
            members.append(JSONValue.Member(key: key, value: value, valueOffset: valueOffset))
        }
        return JSONValue.Object(offset: start, members: members)
    }

    /// Reads the array at the current `[`, handing `body` the parser at each element in turn; `body` must read
    /// the element.
    mutating func forEachElement(_ body: (inout JSONParser) throws(InputError) -> Void) throws(InputError) {
        offset += 1
        if peek() == UInt8(ascii: "]") {
            offset += 1
            return
        }
        while true {
            _ = peek()
            try body(&self)
            switch peek() {
            case UInt8(ascii: ","): offset += 1
            case UInt8(ascii: "]"): offset += 1; return
            default: throw error("expected ',' or ']' after an array element, found \(found)")
            }
        }
    }

    /// Reads the object at the current `{`, handing `body` the parser at each member's value with its key; `body`
    /// must read the value.
    mutating func forEachMember(_ body: (inout JSONParser, String) throws(InputError) -> Void) throws(InputError) {
        offset += 1
        if peek() == UInt8(ascii: "}") {
            offset += 1
            return
        }
        while true {
            guard peek() == UInt8(ascii: "\"") else { throw error("expected a key in double quotes, found \(found)") }
            let key = try string().string(in: bytes)
            guard peek() == UInt8(ascii: ":") else { throw error("expected ':' after the key, found \(found)") }
            offset += 1
            _ = peek()
            try body(&self, key)
            switch peek() {
            case UInt8(ascii: ","): offset += 1
            case UInt8(ascii: "}"): offset += 1; return
            default: throw error("expected ',' or '}' after an object member, found \(found)")
            }
        }
    }

    /// An error at the current offset, or at `position`.
    func error(_ message: String, at position: Int? = nil) -> InputError {
        InputError(file, at: position ?? offset, "invalid JSON: \(message)")
    }

    /// The character at the current offset, for messages.
    var found: String {
        guard offset < bytes.count else { return "the end of the input" }
        let character = String(decoding: bytes[offset..<min(offset + 4, bytes.count)], as: UTF8.self).first!
        return "'\(character)'"
    }

    // MARK: - Strings

    /// Reads the string starting at the current `"`. Once an escape turns up, the text is decoded as it goes:
    /// verbatim runs map to where they stand, each escape's character to its backslash, the end to the closing
    /// quote.
    private mutating func string() throws(InputError) -> FieldText {
        let open = offset
        offset += 1
        var unescaped: MappedText?
        var run = offset
        while true {
            // Only a quote, a backslash or a control character ends a verbatim run.
            offset = bytes.withUnsafeBufferPointer { JSONStringBytes.firstSpecial(in: $0, from: offset) }
            guard offset < bytes.count else { throw error("string is never closed", at: open) }
            switch bytes[offset] {
            case UInt8(ascii: "\""):
                unescaped?.append(verbatim: bytes[run..<offset], at: run)
                unescaped?.end(at: offset)
                offset += 1
                return FieldText(content: open + 1..<offset - 1, unescaped: unescaped)
            case UInt8(ascii: "\\"):
                var text = unescaped ?? MappedText()
                // Let go of the optional's copy, or every append below would copy the whole text so far.
                unescaped = nil
                text.append(verbatim: bytes[run..<offset], at: run)
                let escape = offset
                text.append(unescaped: try unescape().utf8, at: escape)
                unescaped = text
                run = offset
            case 0..<0x20:
                throw error("control character in a string: write it as an escape (\\n, \\t, \\u00XX)")
            default:
                offset += 1
            }
        }
    }

    /// Reads the escape at the current backslash and returns the character it stands for.
    private mutating func unescape() throws(InputError) -> Unicode.Scalar {
        let start = offset
        guard offset + 1 < bytes.count else { throw error("string is never closed") }
        let letter = bytes[offset + 1]
        offset += 2
        switch letter {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): return Unicode.Scalar(letter)
        case UInt8(ascii: "b"): return "\u{08}"
        case UInt8(ascii: "f"): return "\u{0C}"
        case UInt8(ascii: "n"): return "\n"
        case UInt8(ascii: "r"): return "\r"
        case UInt8(ascii: "t"): return "\t"
        case UInt8(ascii: "u"):
            guard let unit = hexQuad(at: offset) else {
                throw error("'\\u' must be followed by four hexadecimal digits", at: start)
            }
            offset += 4
            // A UTF-16 surrogate pair (an emoji, say) is two escapes that make one character.
            if (0xD800..<0xDC00).contains(unit), bytes[offset...].starts(with: [0x5C, 0x75]),
               let low = hexQuad(at: offset + 2), (0xDC00..<0xE000).contains(low) {
                offset += 6
                return Unicode.Scalar(0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00))!
            }
            // A lone surrogate is no character: it reads as U+FFFD, as invalid UTF-8 does.
            return Unicode.Scalar(unit) ?? "\u{FFFD}"
        default:
            throw error("invalid escape '\\\(Unicode.Scalar(letter))'", at: start)
        }
    }

    private func hexQuad(at index: Int) -> UInt32? {
        guard index + 4 <= bytes.count else { return nil }
        var value: UInt32 = 0
        for byte in bytes[index..<index + 4] {
            guard let digit = Character(Unicode.Scalar(byte)).hexDigitValue else { return nil }
            value = value << 4 | UInt32(digit)
        }
        return value
    }

    // MARK: - Numbers and literals

    /// Reads a number as written: `-`, an integer without leading zeros, an optional fraction and exponent.
    private mutating func number() throws(InputError) -> String {
        let start = offset
        if bytes[offset] == UInt8(ascii: "-") { offset += 1 }
        let integer = offset
        guard skipDigits() > 0, bytes[integer] != UInt8(ascii: "0") || offset == integer + 1 else {
            throw error("invalid number", at: start)
        }
        if offset < bytes.count, bytes[offset] == UInt8(ascii: ".") {
            offset += 1
            guard skipDigits() > 0 else { throw error("invalid number: digits must follow '.'", at: start) }
        }
        if offset < bytes.count, bytes[offset] | 0x20 == UInt8(ascii: "e") {
            offset += 1
            if offset < bytes.count, bytes[offset] == UInt8(ascii: "+") || bytes[offset] == UInt8(ascii: "-") {
                offset += 1
            }
            guard skipDigits() > 0 else { throw error("invalid number: digits must follow the exponent", at: start) }
        }
        return String(decoding: bytes[start..<offset], as: UTF8.self)
    }

    private mutating func skipDigits() -> Int {
        let start = offset
        while offset < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[offset]) { offset += 1 }
        return offset - start
    }

    private mutating func literal(_ word: String) throws(InputError) {
        guard bytes[offset...].starts(with: word.utf8) else { throw error("expected a value, found \(found)") }
        offset += word.utf8.count
    }

    /// Space, tab, line feed or carriage return.
    private static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }
}
