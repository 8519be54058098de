import Testing

@testable import CandorKit

@Suite("WordScanner")
struct WordScannerTests {
    private func containsWord(_ text: String, _ range: Range<Int>? = nil) -> Bool {
        Array(text.utf8).withUnsafeBufferPointer { WordScanner.containsWord(in: $0, range: range ?? 0..<$0.count) }
    }

    @Test("words are runs of word characters, of any script, cut at the range's edges")
    func words() {
        let bytes = Array("Hi, 東京_2 café! x".utf8)
        bytes.withUnsafeBufferPointer { buffer in
            #expect(WordScanner.words(in: buffer, range: 0..<buffer.count) == [0..<2, 4..<12, 13..<18, 20..<21])
            #expect(WordScanner.words(in: buffer, range: 1..<15) == [1..<2, 4..<12, 13..<15])
        }
    }

    @Test("a range holds a word when it holds a word character, of any script")
    func containsWord() {
        #expect(containsWord("... hi!"))
        #expect(containsWord("— 東 —"))
        #expect(containsWord("_"))
        #expect(!containsWord(" .!? — 👋 "))
        #expect(!containsWord(""))
        #expect(!containsWord("ab ... cd", 2..<7))
        #expect(containsWord("ab ... cd", 2..<8))
    }
}
