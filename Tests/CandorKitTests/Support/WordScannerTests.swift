import Testing

@testable import CandorKit

@Suite("WordScanner")
struct WordScannerTests {
    private func containsWord(_ text: String, _ range: Range<Int>? = nil) -> Bool {
        Array(text.utf8).withUnsafeBufferPointer { WordScanner.containsWord(in: $0, range: range ?? 0..<$0.count) }
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
