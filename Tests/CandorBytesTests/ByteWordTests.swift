import Testing

@testable import CandorBytes

@Suite("ByteWord")
struct ByteWordTests {
    /// Eight bytes as the loops read them: loaded from memory, so in the machine's byte order.
    private func word(_ bytes: [UInt8]) -> UInt64 {
        precondition(bytes.count == 8)
        return bytes.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
    }

    /// Every byte value at every position, against the byte-by-byte answer, with bytes around it that the
    /// word tricks could borrow from (0x00, 0x01, 0x80, 0xFF).
    private func forEachWord(_ body: ([UInt8], UInt64) -> Void) {
        for filler: UInt8 in [0x41, 0x00, 0x01, 0x80, 0xFF] {
            for position in 0..<8 {
                for value in UInt8.min...UInt8.max {
                    var bytes = [UInt8](repeating: filler, count: 8)
                    bytes[position] = value
                    body(bytes, word(bytes))
                }
            }
        }
    }

    @Test("each test answers as the bytes one by one do")
    func agreesWithTheBytes() {
        forEachWord { bytes, word in
            #expect(ByteWord.hasZeroByte(word) == bytes.contains(0))
            #expect(ByteWord.has(0x0A, in: word) == bytes.contains(0x0A))
            #expect(ByteWord.has(UInt8(ascii: "\""), in: word) == bytes.contains(UInt8(ascii: "\"")))
            #expect(ByteWord.hasByte(below: 0x20, in: word) == bytes.contains { $0 < 0x20 })
            #expect(ByteWord.isASCII(word) == bytes.allSatisfy { $0 < 0x80 })
            #expect(ByteWord.scalarStarts(in: word) == bytes.count { $0 & 0xC0 != 0x80 })
        }
    }

    @Test("scalar starts in real UTF-8: a lead byte counts, its continuation bytes do not")
    func countsScalarStarts() {
        // "é" is C3 A9, "€" E2 82 AC: with "ab" and "c", five scalars in eight bytes.
        #expect(ByteWord.scalarStarts(in: word(Array("aéb€c".utf8))) == 5)
        #expect(ByteWord.scalarStarts(in: word(Array("12345678".utf8))) == 8)
    }
}
