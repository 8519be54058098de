import Testing

@testable import CandorBytes

@Suite("FNV1a")
struct FNV1aTests {
    @Test("the published 64-bit FNV-1a values, so fingerprints in saved baselines keep matching")
    func knownValues() {
        #expect(FNV1a.hash([UInt8]()) == 0xCBF2_9CE4_8422_2325)
        #expect(FNV1a.hash(Array("a".utf8)) == 0xAF63_DC4C_8601_EC8C)
        #expect(FNV1a.hash(Array("foobar".utf8)) == 0x8594_4171_F739_67E8)
    }

    @Test("folding ASCII capitals, and a number's bytes least significant first")
    func foldsAndNumbers() {
        var folded = FNV1a()
        folded.add(asciiLowercased: Array("FooBar".utf8))
        #expect(folded.value == FNV1a.hash(Array("foobar".utf8)))
        var number = FNV1a()
        number.add(littleEndian: 0x0102_0304_0506_0708)
        #expect(number.value == FNV1a.hash([8, 7, 6, 5, 4, 3, 2, 1]))
    }

    @Test("hex digits are sixteen, zero-padded")
    func hexDigits() {
        #expect(FNV1a.hexDigits(0x1F) == "000000000000001f")
        #expect(FNV1a.hexDigits(0x8594_4171_F739_67E8) == "85944171f73967e8")
    }
}
