/// The shapes (length, first and last byte) of a set of words, one bit each: a word of a shape none of them
/// has is not one of them, found without building and hashing a string. Most words of a post are ruled out
/// this way before a lookup in a table of a few dozen words.
struct WordShapes: Sendable {
    /// Words longer than this may be in the set: `mayHold` answers yes for them.
    private static let longest = 15
    /// A row of 64 bits (the last byte's low six bits) for each length and first byte's low five bits.
    private let rows: [UInt64]

    init(_ words: some Sequence<String>) {
        var rows = [UInt64](repeating: 0, count: (Self.longest + 1) * 32)
        for word in words {
            let bytes = Array(word.utf8)
            guard let first = bytes.first, let last = bytes.last, bytes.count <= Self.longest else { continue }
            rows[Self.row(length: bytes.count, first: first)] |= Self.bit(last)
        }
        self.rows = rows
    }

    /// False only when no word of the set has the shape of `word`.
    func mayHold(_ word: String) -> Bool {
        word.utf8.withContiguousStorageIfAvailable { bytes in
            guard let first = bytes.first, let last = bytes.last, bytes.count <= Self.longest else { return true }
            return rows[Self.row(length: bytes.count, first: first)] & Self.bit(last) != 0
        } ?? true
    }

    /// `mayHold(_:)` of an ASCII word's lower-case form, read from the word's own bytes.
    func mayHold(asciiWord word: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        guard let first = word.first, let last = word.last, word.count <= Self.longest else { return true }
        // A row is picked by the first byte's low five bits, the same in either case.
        return rows[Self.row(length: word.count, first: first)] & Self.bit(last >= 0x41 && last <= 0x5A ? last | 0x20 : last) != 0
    }

    private static func row(length: Int, first: UInt8) -> Int { length * 32 + Int(first & 0x1F) }
    private static func bit(_ last: UInt8) -> UInt64 { 1 << (last & 0x3F) }
}
