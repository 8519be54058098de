/// Validation and repair of UTF-8 input. PCRE2 runs with its UTF check off (see `Pattern`), so every byte
/// buffer that reaches a rule passes through here first.
enum UTF8Repair {
    static func isValid(_ bytes: [UInt8]) -> Bool {
        // The standard library's validator, in place: `String(validating:)` also copied every line into a
        // new string only to drop it.
        (try? UTF8Span(validating: bytes.span)) != nil
    }

    /// The bytes with every ill-formed sequence replaced by U+FFFD, as `String(decoding:)` does.
    static func repaired(_ bytes: [UInt8]) -> [UInt8] {
        Array(String(decoding: bytes, as: UTF8.self).utf8)
    }

    /// Where the first ill-formed sequence of `bytes` stands (line and Unicode-scalar column from 1, as
    /// `SourceFile` counts) and its first byte, or nil when the bytes are valid UTF-8.
    static func firstInvalid(_ bytes: [UInt8]) -> (line: Int, column: Int, byte: UInt8)? {
        let offset: Int
        do {
            _ = try UTF8Span(validating: bytes.span)
            return nil
        } catch {
            offset = error.byteOffsets.lowerBound
        }
        var line = 1, column = 1
        for index in 0..<offset {
            let byte = bytes[index]
            if byte == 0x0A || (byte == 0x0D && bytes[index + 1] != 0x0A) {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        return (line, column, bytes[offset])
    }

    /// `bytes`, read from the rule file or configuration at `path`, as text; an error naming the file, line
    /// and column where they are not valid UTF-8. Unlike a post, such a file is not repaired: a byte turned
    /// into U+FFFD in a token would match every replacement character in every post.
    static func text(_ bytes: [UInt8], path: String) throws(LoadError) -> String {
        if let bad = firstInvalid(bytes) {
            let hex = String(bad.byte, radix: 16, uppercase: true)
            throw LoadError(path: path, line: bad.line, column: bad.column,
                            message: "not valid UTF-8 (byte 0x\(hex.count < 2 ? "0" + hex : hex)); save the file as UTF-8")
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
