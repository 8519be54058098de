/// An emulated lookbehind: Vale's regex engine accepts a lookbehind of any length (`(?<!:[^ ]+?):\s[A-Z]`,
/// Google.Colons), which Debian's PCRE2 10.42 refuses. When a pattern does not compile for that reason,
/// each lookbehind in it is replaced by a PCRE2 callout, and the callout tests the lookbehind's body on its
/// own, on the text that ends where the callout is reached, compiled with `PCRE2_ENDANCHORED` so that a
/// match must end exactly there: what a lookbehind means, at any length. Hand-written because PCRE2 offers
/// no variable-length lookbehind before 10.43 and no library wraps one.
struct Lookbehind {
    let code: OpaquePointer
    let negative: Bool

    /// `source` with each lookbehind (outside character classes, escapes and comments, at any depth but
    /// not inside another lookbehind) replaced by a callout `(?C<n>)`, n counting from 1, and the
    /// lookbehinds' bodies with whether each is negative; nil when there is none or more than 255.
    static func split(_ source: String) -> (pattern: String, bodies: [(body: String, negative: Bool)])? {
        let bytes = Array(source.utf8)
        var output: [UInt8] = []
        var bodies: [(body: String, negative: Bool)] = []
        var index = 0
        while index < bytes.count {
            if let next = skipAtom(bytes, index) {
                output += bytes[index..<next]
                index = next
                continue
            }
            let byte = bytes[index]
            if byte == UInt8(ascii: "("), index + 3 < bytes.count, bytes[index + 1] == UInt8(ascii: "?"),
               bytes[index + 2] == UInt8(ascii: "<"), bytes[index + 3] == UInt8(ascii: "=") || bytes[index + 3] == UInt8(ascii: "!"),
               let close = closingParenthesis(bytes, from: index + 4) {
                bodies.append((body: String(decoding: bytes[(index + 4)..<close], as: UTF8.self), negative: bytes[index + 3] == UInt8(ascii: "!")))
                guard bodies.count <= 255 else { return nil }
                output += Array("(?C\(bodies.count))".utf8)
                index = close + 1
                continue
            }
            output.append(byte)
            index += 1
        }
        return bodies.isEmpty ? nil : (String(decoding: output, as: UTF8.self), bodies)
    }

    /// The inline options (`(?i)`, `(?m)`, `(?s)`, `(?x)`, ...) the pattern opens with, which its
    /// lookbehinds' bodies must share.
    static func leadingOptions(_ source: String) -> String {
        var rest = Substring(source)
        var options = ""
        while rest.hasPrefix("(?"), let close = rest.firstIndex(of: ")") {
            let inside = rest[rest.index(rest.startIndex, offsetBy: 2)..<close]
            guard !inside.isEmpty, inside.allSatisfy({ "imnsxJU-^".contains($0) }) else { break }
            options += rest[...close]
            rest = rest[rest.index(after: close)...]
        }
        return options
    }

    /// The end of an escape, a character class or a comment starting at `index`, or nil for any other byte.
    private static func skipAtom(_ bytes: [UInt8], _ index: Int) -> Int? {
        let byte = bytes[index]
        if byte == UInt8(ascii: "\\") {
            // `\Q...\E` is literal throughout.
            if index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "Q") {
                var cursor = index + 2
                while cursor + 1 < bytes.count, !(bytes[cursor] == UInt8(ascii: "\\") && bytes[cursor + 1] == UInt8(ascii: "E")) {
                    cursor += 1
                }
                return min(cursor + 2, bytes.count)
            }
            return min(index + 2, bytes.count)
        }
        if byte == UInt8(ascii: "[") {
            var cursor = index + 1
            if cursor < bytes.count, bytes[cursor] == UInt8(ascii: "^") { cursor += 1 }
            if cursor < bytes.count, bytes[cursor] == UInt8(ascii: "]") { cursor += 1 }
            while cursor < bytes.count, bytes[cursor] != UInt8(ascii: "]") {
                if bytes[cursor] == UInt8(ascii: "\\") {
                    cursor += 2
                } else if bytes[cursor] == UInt8(ascii: "["), cursor + 1 < bytes.count, bytes[cursor + 1] == UInt8(ascii: ":"),
                          let end = (cursor + 2..<bytes.count).first(where: { bytes[$0] == UInt8(ascii: "]") }) {
                    cursor = end + 1  // a POSIX class, `[:alpha:]`
                } else {
                    cursor += 1
                }
            }
            return min(cursor + 1, bytes.count)
        }
        if byte == UInt8(ascii: "("), index + 2 < bytes.count, bytes[index + 1] == UInt8(ascii: "?"), bytes[index + 2] == UInt8(ascii: "#") {
            var cursor = index + 3
            while cursor < bytes.count, bytes[cursor] != UInt8(ascii: ")") { cursor += 1 }
            return min(cursor + 1, bytes.count)
        }
        return nil
    }

    /// The index of the `)` closing a group whose body starts at `start`.
    private static func closingParenthesis(_ bytes: [UInt8], from start: Int) -> Int? {
        var depth = 0
        var index = start
        while index < bytes.count {
            if let next = skipAtom(bytes, index) {
                index = next
                continue
            }
            if bytes[index] == UInt8(ascii: "(") { depth += 1 }
            if bytes[index] == UInt8(ascii: ")") {
                if depth == 0 { return index }
                depth -= 1
            }
            index += 1
        }
        return nil
    }
}
