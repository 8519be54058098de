import Testing

@testable import CandorBytes

@Suite("ByteSearch")
struct ByteSearchTests {
    let text = Array("a <!-- b --> c <!-- d".utf8)

    @Test("the first occurrence, within the bounds asked")
    func first() {
        #expect(ByteSearch.firstRange(of: Array("<!--".utf8), in: text) == 2..<6)
        #expect(ByteSearch.firstRange(of: Array("<!--".utf8), in: text, from: 3) == 15..<19)
        #expect(ByteSearch.firstRange(of: Array("-->".utf8), in: text, from: 0, to: 11) == nil)
        #expect(ByteSearch.firstRange(of: Array("-->".utf8), in: text, from: 0, to: 12) == 9..<12)
    }

    @Test("nothing for an absent or empty needle, or one longer than the text")
    func none() {
        #expect(ByteSearch.firstRange(of: Array("<!-- e".utf8), in: text) == nil)
        #expect(ByteSearch.firstRange(of: [], in: text) == nil)
        #expect(ByteSearch.firstRange(of: Array("abc".utf8), in: Array("ab".utf8)) == nil)
        #expect(ByteSearch.firstRange(of: Array("d".utf8), in: text) == 20..<21)
    }
}
