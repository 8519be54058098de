import Testing

@testable import CandorEntities

@Suite("Punycode and IDNA")
struct PunycodeTests {
    @Test(
        "encodes as RFC 3492 does",
        arguments: [
            ("bücher", "bcher-kva"),
            ("みんな", "q9jyb4c"),
            ("한국", "3e0b707e"),
            ("ليهمابتكلموشعربي؟", "egbpdaj6bu4bxfgehfvwxn"),  // RFC 3492 sample A
            ("他们为什么不说中文", "ihqwcrb4cv8a8dqg056pqjye"),  // sample B
            ("3年B組金八先生", "3B-ww4c5e180e575a65lsy2b"),  // sample L
        ])
    func encode(label: String, encoded: String) {
        #expect(Punycode.encode(label.unicodeScalars) == encoded)
    }

    @Test("a host's ASCII form counts its labels in Punycode")
    func hostLength() {
        #expect(IDNA.asciiLength(ofHost: ArraySlice("twitter.みんな".unicodeScalars)) == 19)
        #expect(IDNA.asciiLength(ofHost: ArraySlice("Bücher.example".unicodeScalars)) == 21)
    }

    @Test(
        "refuses labels over 63 characters in ASCII form, and non-ASCII labels that claim to be Punycode",
        arguments: [
            String(repeating: "a", count: 64) + ".com",
            String(repeating: "あいうえおかきくけこ", count: 5) + "あいう.com",
            "xn--はじめよう.com",
        ])
    func refusedHosts(host: String) {
        #expect(IDNA.asciiLength(ofHost: ArraySlice(host.unicodeScalars)) == nil)
    }

    @Test("accepts labels of 63 characters in ASCII form")
    func longestLabels() {
        let ascii = String(repeating: "a", count: 63) + ".com"
        #expect(IDNA.asciiLength(ofHost: ArraySlice(ascii.unicodeScalars)) == 67)
        let japanese = String(repeating: "あいうえおかきくけこ", count: 5) + "あい.com"
        #expect(IDNA.asciiLength(ofHost: ArraySlice(japanese.unicodeScalars)) == 67)
    }
}
