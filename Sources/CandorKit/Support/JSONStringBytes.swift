/// The bytes a JSON string cannot hold as they are: a control character, `"` or `\`. Both the reader of a
/// queue and the JSON writer pass over long runs of post text that hold none, so they look for them eight
/// bytes at a time.
enum JSONStringBytes {
    /// The first such byte in `bytes` from `start`, or `bytes.count` when there is none.
    static func firstSpecial(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var index = start
        if let base = UnsafeRawPointer(bytes.baseAddress) {
            while index + 8 <= bytes.count {
                let word = base.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                guard !hasByte(below: 0x20, in: word), !hasZeroByte(word ^ (ones &* 0x22)),
                    !hasZeroByte(word ^ (ones &* 0x5C))
                else { break }
                index += 8
            }
        }
        while index < bytes.count {
            if isSpecial(bytes[index]) { return index }
            index += 1
        }
        return index
    }

    private static func isSpecial(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\")
    }

    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highBits: UInt64 = 0x8080_8080_8080_8080

    /// Whether a byte of `word` is 0; exact as a yes or no, though not as to which byte (Hacker's Delight 6-1).
    @inline(__always)
    private static func hasZeroByte(_ word: UInt64) -> Bool { (word &- ones) & ~word & highBits != 0 }

    /// Whether a byte of `word` is below `bound` (at most 0x80), exact in the same way.
    @inline(__always)
    private static func hasByte(below bound: UInt64, in word: UInt64) -> Bool { (word &- ones &* bound) & ~word & highBits != 0 }
}
