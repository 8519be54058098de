/// A field's text as a reader found it (a CSV cell, a JSON string): where its content stands in the file and,
/// if escapes or doubled quotes make the text differ from it, the decoded text. Most fields are written as they
/// read, so the copy and the map a post's text needs wait until asked for, and metadata is one string.
struct FieldText {
    /// The bytes between the quotes, or of the whole unquoted cell.
    let content: Range<Int>
    /// The decoded text mapped to the file, when it differs from the content.
    let unescaped: MappedText?

    /// The text with its map back to `bytes`, the file it was read from.
    func mappedText(in bytes: [UInt8]) -> MappedText {
        unescaped ?? MappedText(verbatim: bytes[content], at: content.lowerBound)
    }

    func string(in bytes: [UInt8]) -> String {
        unescaped?.string ?? String(decoding: bytes[content], as: UTF8.self)
    }

    var isEmpty: Bool { content.isEmpty }
}
