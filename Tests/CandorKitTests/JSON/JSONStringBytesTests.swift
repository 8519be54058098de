import Testing

@testable import CandorKit

@Suite("JSONStringBytes")
struct JSONStringBytesTests {
    private func firstSpecial(_ bytes: [UInt8], from start: Int = 0) -> Int {
        bytes.withUnsafeBufferPointer { JSONStringBytes.firstSpecial(in: $0, from: start) }
    }

    @Test("a quote, a backslash or a control character is found at any position of a word, and nothing else")
    func findsEachSpecialByte() {
        // Bytes just beside the special ones, and bytes past ASCII, are not special.
        let plain: [UInt8] = [0x20, 0x21, 0x23, 0x5B, 0x5D, 0x7F, 0x80, 0xA2, 0xDC, 0xFF] + Array("ab".utf8)
        #expect(firstSpecial(plain + plain + plain) == 36)
        for special: UInt8 in [0x00, 0x0A, 0x1F, 0x22, 0x5C] {
            for position in 0..<20 {
                let bytes = Array(plain[0..<position % plain.count]) + [UInt8](repeating: 0x61, count: position / plain.count)
                    + [special] + plain
                #expect(firstSpecial(bytes) == bytes.count - plain.count - 1, "\(special) at \(position)")
                #expect(firstSpecial(bytes, from: bytes.count - plain.count) == bytes.count)
            }
        }
        #expect(firstSpecial([]) == 0)
    }
}
