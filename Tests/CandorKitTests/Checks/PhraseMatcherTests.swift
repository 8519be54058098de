import Testing
@testable import CandorKit

/// Literal word lists matched in linear time: longest phrase first, whitespace runs, Unicode case folding.
struct PhraseMatcherTests {
    /// (matched text, phrase index) for each match.
    private func find(_ phrases: [String], in text: String, ignoreCase: Bool = false) -> [(String, Int)] {
        let matcher = PhraseMatcher(phrases: phrases, ignoreCase: ignoreCase)
        let bytes = Array(text.utf8)
        var found: [(String, Int)] = []
        var foundInWords: [(String, Int)] = []
        var foundWithHashes: [(String, Int)] = []
        bytes.withUnsafeBufferPointer { buffer in
            matcher.forEachMatch(in: buffer, range: 0..<buffer.count) { range, id in
                found.append((String(decoding: bytes[range], as: UTF8.self), id))
            }
            // The same text's words found beforehand, as a post's rules share them, find the same.
            let words = WordScanner.words(in: buffer, range: 0..<buffer.count)
            matcher.forEachMatch(in: buffer, range: 0..<buffer.count, words: words) { range, id in
                foundInWords.append((String(decoding: bytes[range], as: UTF8.self), id))
            }
            // And with the words' folded hashes, as the lists that fold case share them.
            let hashes = words.map { PhraseMatcher.foldedHash(buffer[$0]) }
            matcher.forEachMatch(in: buffer, range: 0..<buffer.count, words: words, foldedHashes: hashes) { range, id in
                foundWithHashes.append((String(decoding: bytes[range], as: UTF8.self), id))
            }
        }
        #expect(foundInWords.map(\.0) == found.map(\.0) && foundInWords.map(\.1) == found.map(\.1))
        #expect(foundWithHashes.map(\.0) == found.map(\.0) && foundWithHashes.map(\.1) == found.map(\.1))
        return found
    }

    private func texts(_ phrases: [String], in text: String, ignoreCase: Bool = false) -> [String] {
        find(phrases, in: text, ignoreCase: ignoreCase).map(\.0)
    }

    /// A list that folds case looks a post's words up by the hashes it is given; one that keeps case hashes
    /// them itself.
    @Test func onlyAListThatFoldsCaseUsesTheSharedHashes() {
        let bytes = Array("Synergy wins".utf8)
        var folding = 0, exact = 0
        bytes.withUnsafeBufferPointer { buffer in
            let words = WordScanner.words(in: buffer, range: 0..<buffer.count)
            let wrong = [UInt64](repeating: 0, count: words.count)
            PhraseMatcher(phrases: ["synergy"], ignoreCase: true)
                .forEachMatch(in: buffer, range: 0..<buffer.count, words: words, foldedHashes: wrong) { _, _ in folding += 1 }
            PhraseMatcher(phrases: ["Synergy"], ignoreCase: false)
                .forEachMatch(in: buffer, range: 0..<buffer.count, words: words, foldedHashes: wrong) { _, _ in exact += 1 }
        }
        #expect(folding == 0)
        #expect(exact == 1)
    }

    @Test func longestPhraseWinsWhateverTheListOrder() {
        let found = find(["thought", "thought leadership", "thought leader"], in: "A thought leadership piece and a thought.")
        #expect(found.map(\.0) == ["thought leadership", "thought"])
        #expect(found.map(\.1) == [1, 0])
    }

    @Test func aPhraseListedTwiceIsReportedAsItsFirstListing() {
        #expect(find(["synergy", "leverage", "synergy"], in: "synergy").map(\.1) == [0])
        #expect(find(["Synergy", "synergy"], in: "SYNERGY", ignoreCase: true).map(\.1) == [0])
    }

    @Test func phrasesSharingAFirstWordAreTriedLongestFirst() {
        let phrases = ["reach", "reach out to", "reach out", "reach across the aisle"]
        #expect(find(phrases, in: "reach out to us, reach out, reach across the aisle, reach").map(\.1) == [1, 2, 3, 0])
        #expect(find(phrases, in: "reach across the hall").map(\.1) == [0])
    }

    @Test func wordlessPhrasesAreSkippedAndKeepTheOthersNumbers() {
        #expect(find(["...", "sync"], in: "sync ...").map(\.1) == [1])
        #expect(find([], in: "anything").isEmpty)
    }

    @Test func aSpaceMatchesAnyWhitespaceRun() {
        #expect(texts(["pleased to announce"], in: "We are pleased  to\n\tannounce it.") == ["pleased  to\n\tannounce"])
        #expect(texts(["pleased to announce"], in: "pleasedto announce").isEmpty)
    }

    @Test func otherSeparatorsMustMatchExactly() {
        #expect(texts(["e-mail"], in: "e-mail, e mail, e - mail, e–mail") == ["e-mail"])
        #expect(texts(["don't"], in: "I don-t, I don t, I don''t") .isEmpty)
    }

    /// An apostrophe is the one separator with two spellings: straight in a token matches curly in a post
    /// (as phones type it), and the other way round.
    @Test func anApostropheMatchesStraightOrCurly() {
        #expect(texts(["don't"], in: "I don't, I don’t") == ["don't", "don’t"])
        #expect(texts(["don’t"], in: "I don't, I don’t") == ["don't", "don’t"])
    }

    @Test func wordsMatchWholeOnly() {
        #expect(texts(["lever"], in: "leverage lever deleverage lever_arm lever2") == ["lever"])
    }

    @Test func caseFoldingIsUnicodeAware() {
        #expect(texts(["ÉTÉ", "Straße"], in: "été, ÉTÉ, straße, STRAßE", ignoreCase: true)
            == ["été", "ÉTÉ", "straße", "STRAßE"])
        #expect(texts(["ÉTÉ"], in: "été, ÉTÉ") == ["ÉTÉ"])
        #expect(texts(["Leverage"], in: "LEVERAGE leverage", ignoreCase: true) == ["LEVERAGE", "leverage"])
    }

    @Test func wordsInOtherScripts() {
        #expect(texts(["東京"], in: "我住在 東京 。") == ["東京"])
        #expect(texts(["café"], in: "un café 😀 ici") == ["café"])
    }

    @Test func repeatedMatchesDoNotOverlap() {
        #expect(texts(["go go"], in: "go go go go") == ["go go", "go go"])
    }

    @Test func rangeLimitsTheSearch() {
        let matcher = PhraseMatcher(phrases: ["ab"], ignoreCase: false)
        let bytes = Array("ab ab ab".utf8)
        var found: [Range<Int>] = []
        bytes.withUnsafeBufferPointer { buffer in
            matcher.forEachMatch(in: buffer, range: 3..<8) { range, _ in found.append(range) }
        }
        #expect(found == [3..<5, 6..<8])
    }

    @Test func whichTokensAreLiteral() {
        #expect(PhraseMatcher.isLiteral("hello world"))
        #expect(PhraseMatcher.isLiteral("world-class"))
        #expect(PhraseMatcher.isLiteral("don't"))
        #expect(PhraseMatcher.isLiteral("東京"))
        #expect(!PhraseMatcher.isLiteral("a+"))
        #expect(!PhraseMatcher.isLiteral("e.g"))
        #expect(!PhraseMatcher.isLiteral("-foo"))
        #expect(!PhraseMatcher.isLiteral("foo!"))
        #expect(!PhraseMatcher.isLiteral(""))
    }
}
