import Testing

@testable import CandorBytes

@Suite("SameBytes")
struct SameBytesTests {
    @Test("equal bytes, whether the other side is a string or an array")
    func equal() {
        for text in ["", "a", "Straße 🌍", String(repeating: "long post ", count: 100)] {
            #expect(SameBytes.equal(text, text))
            #expect(SameBytes.equal(text, Array(text.utf8)))
        }
    }

    @Test("different bytes, even where Swift's == sees the same text")
    func different() {
        let composed = "caf\u{E9}", decomposed = "cafe\u{301}"
        #expect(composed == decomposed)
        #expect(!SameBytes.equal(composed, decomposed))
        #expect(!SameBytes.equal(composed, Array(decomposed.utf8)))
        #expect(!SameBytes.equal("abc", "abd"))
        #expect(!SameBytes.equal("abc", "ab"))
        #expect(!SameBytes.equal("", [0x61]))
    }
}
