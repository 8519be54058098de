import CandorBytes

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
                guard !ByteWord.hasByte(below: 0x20, in: word), !ByteWord.has(UInt8(ascii: "\""), in: word),
                    !ByteWord.has(UInt8(ascii: "\\"), in: word)
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
}
