/// Validation and repair of UTF-8 input. PCRE2 runs with its UTF check off (see `Pattern`), so every byte
/// buffer that reaches a rule passes through here first.
enum UTF8Repair {
    static func isValid(_ bytes: [UInt8]) -> Bool {
        // The standard library's validating decoder is fast and exact; a failed decode means invalid input.
        String(validating: bytes, as: UTF8.self) != nil
    }

    /// The bytes with every ill-formed sequence replaced by U+FFFD, as `String(decoding:)` does.
    static func repaired(_ bytes: [UInt8]) -> [UInt8] {
        Array(String(decoding: bytes, as: UTF8.self).utf8)
    }
}
