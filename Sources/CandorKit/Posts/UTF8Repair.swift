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
}
