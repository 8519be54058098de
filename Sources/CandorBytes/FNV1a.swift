/// 64-bit FNV-1a over bytes: the same on every run and every machine, unlike `Hasher`, and a few
/// instructions a byte. A baseline's post fingerprints, the phrase matcher's word table and the run's count
/// of reply copies all hash with it. Inlinable, as the phrase matcher in another module hashes every word of
/// every post with it.
public struct FNV1a {
    @usableFromInline var state: UInt64 = 0xCBF2_9CE4_8422_2325

    public var value: UInt64 { state }

    public init() {}

    @inlinable @inline(__always)
    public mutating func add(_ byte: UInt8) {
        state = (state ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
    }

    @inlinable
    public mutating func add(_ bytes: some Sequence<UInt8>) {
        // Arrays, buffers and a native string's UTF-8 lie in one piece: a loop over a buffer, not an
        // iterator (a string's was 30 instructions a byte).
        if bytes.withContiguousStorageIfAvailable({ buffer -> Void in for byte in buffer { add(byte) } }) != nil { return }
        for byte in bytes { add(byte) }
    }

    /// The bytes with ASCII capitals folded to lower case.
    @inlinable
    public mutating func add(asciiLowercased bytes: some Sequence<UInt8>) {
        for byte in bytes { add(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte) }
    }

    /// The eight bytes of `value`, least significant first.
    @inlinable
    public mutating func add(littleEndian value: UInt64) {
        for shift in stride(from: 0, to: 64, by: 8) { add(UInt8(truncatingIfNeeded: value >> UInt64(shift))) }
    }

    /// A hash as 16 hex digits, zero-padded: a baseline's fingerprints, the rule cache's file names.
    public static func hexDigits(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }

    @inlinable
    public static func hash(_ bytes: some Sequence<UInt8>) -> UInt64 {
        var hash = FNV1a()
        hash.add(bytes)
        return hash.value
    }
}
