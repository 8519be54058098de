/// Tests on eight bytes read as one `UInt64`, for the loops that pass over long runs of post text eight bytes
/// at a time (JSON strings, line starts, scalar counts). Each answer is exact as a yes or no, though not as to
/// which byte (Hacker's Delight 6-1). Inlinable: each test is a few instructions, called from other modules'
/// inner loops.
public enum ByteWord {
    @inlinable static var ones: UInt64 { 0x0101_0101_0101_0101 }
    @inlinable static var highBits: UInt64 { 0x8080_8080_8080_8080 }

    /// Whether a byte of `word` is 0.
    @inlinable @inline(__always)
    public static func hasZeroByte(_ word: UInt64) -> Bool { (word &- ones) & ~word & highBits != 0 }

    /// Whether a byte of `word` is `byte`.
    @inlinable @inline(__always)
    public static func has(_ byte: UInt8, in word: UInt64) -> Bool { hasZeroByte(word ^ (ones &* UInt64(byte))) }

    /// Whether a byte of `word` is below `bound` (at most 0x80).
    @inlinable @inline(__always)
    public static func hasByte(below bound: UInt8, in word: UInt64) -> Bool { (word &- ones &* UInt64(bound)) & ~word & highBits != 0 }

    /// Whether every byte of `word` is ASCII.
    @inlinable @inline(__always)
    public static func isASCII(_ word: UInt64) -> Bool { word & highBits == 0 }

    /// The bytes of `word` that start a UTF-8 scalar: all but the continuation bytes, 10xxxxxx (the top bit
    /// set and, shifted up onto it, the next one clear).
    @inlinable @inline(__always)
    public static func scalarStarts(in word: UInt64) -> Int { 8 - (word & ~(word << 1) & highBits).nonzeroBitCount }
}
