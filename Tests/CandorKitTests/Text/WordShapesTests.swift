import Testing

@testable import CandorKit

@Suite("WordShapes")
struct WordShapesTests {
    private let words = ["i", "me", "you", "yourselves", "según", "counterrevolutionaries"]

    @Test("every word of the set may be held")
    func holdsItsWords() {
        let shapes = WordShapes(words)
        for word in words { #expect(shapes.mayHold(word), "\(word)") }
    }

    @Test("a word of another length, first or last byte is ruled out; a longer word never is")
    func rulesOutOtherShapes() {
        let shapes = WordShapes(words)
        for word in ["a", "my", "yes", "yoo", "your", "the", "mine", "yourselfs", "segun"] {
            #expect(!shapes.mayHold(word), "\(word)")
        }
        // Same shape, other word: the set decides.
        #expect(shapes.mayHold("yeu"))
        #expect(shapes.mayHold("antidisestablishmentarianism"))
        #expect(WordShapes([String]()).mayHold(""))
        #expect(!WordShapes([String]()).mayHold("a"))
    }

    @Test("an ASCII word is answered from its bytes, in any case, as its lower-case form would be")
    func asciiWordsAnswerAsTheirLowerCase() {
        let shapes = WordShapes(words)
        for word in ["I", "Me", "ME", "YOU", "You", "yoU", "YourSelves", "my", "MY", "yoo", "YOO", "The", "@me", "me!"] {
            let answer = Array(word.utf8).withUnsafeBufferPointer { shapes.mayHold(asciiWord: $0[...]) }
            #expect(answer == shapes.mayHold(word.lowercased()), "\(word)")
        }
        #expect(Array("YOU".utf8).withUnsafeBufferPointer { shapes.mayHold(asciiWord: $0[...]) })
        #expect(!Array("YOO".utf8).withUnsafeBufferPointer { shapes.mayHold(asciiWord: $0[...]) })
    }
}
