/// Matches a list of literal words and phrases at word boundaries, in time linear in the text whatever the
/// list's length: each word of the text is looked up in a table of the phrases that start with it.
///
/// Why not one PCRE2 alternation: Debian's PCRE2 refuses a compiled pattern over 64 KB, which a list of a few
/// thousand terms exceeds, and an alternation's cost grows with the list. Semantics follow Vale's
/// `\b(?:a|b)\b` with two deliberate differences: the longest phrase at a position wins (not the first
/// listed), and a space in a phrase matches any run of whitespace, so a line break inside a phrase still counts.
struct PhraseMatcher: Sendable {
    /// A phrase as its words, and the separator text between consecutive words ("" for a single word).
    private struct Phrase: Sendable {
        /// Position of the phrase in the list it came from.
        let id: Int
        let words: [[UInt8]]
        let separators: [[UInt8]]
    }

    private let ignoreCase: Bool
    /// Phrases by the hash of their first word (case-folded when `ignoreCase`), longest first; a hash is
    /// checked against the word itself, so collisions cost a comparison, never a wrong match.
    private let byFirstWord: HashedKeyTable<[Phrase]>
    let count: Int

    init(phrases: [String], ignoreCase: Bool) {
        self.ignoreCase = ignoreCase
        var table: [UInt64: [Phrase]] = [:]
        for (id, phrase) in phrases.enumerated() {
            let bytes = Array(phrase.utf8)
            var words: [[UInt8]] = []
            var separators: [[UInt8]] = []
            var last = 0
            bytes.withUnsafeBufferPointer { buffer in
                WordScanner.forEachWord(in: buffer, range: 0..<buffer.count) { word in
                    if !words.isEmpty { separators.append(Array(buffer[last..<word.lowerBound])) }
                    words.append(PhraseMatcher.folded(buffer[word], ignoreCase: ignoreCase))
                    last = word.upperBound
                }
            }
            guard let first = words.first else { continue }
            table[FNV1a.hash(first), default: []].append(Phrase(id: id, words: words, separators: separators))
        }
        // Longest first, so the first phrase that fits at a position is the longest.
        byFirstWord = HashedKeyTable(table.mapValues { $0.count < 2 ? $0 : $0.sorted { $0.words.count > $1.words.count } })
        count = phrases.count
    }

    /// Whether a byte is regular-expression syntax that makes a token more than words.
    private static func isRegexSyntax(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "\\"), UInt8(ascii: "^"), UInt8(ascii: "$"), UInt8(ascii: "."), UInt8(ascii: "|"),
             UInt8(ascii: "?"), UInt8(ascii: "*"), UInt8(ascii: "+"), UInt8(ascii: "("), UInt8(ascii: ")"),
             UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: "}"):
            true
        default:
            false
        }
    }

    /// Whether a token can be matched here: words and the punctuation between them, no regex syntax, and
    /// word characters at both ends (so `\b` on either side means what it says).
    static func isLiteral(_ token: String) -> Bool {
        guard !token.isEmpty, !token.utf8.contains(where: isRegexSyntax) else { return false }
        guard let first = token.unicodeScalars.first, let last = token.unicodeScalars.last else { return false }
        return WordScanner.isWordScalar(first) && WordScanner.isWordScalar(last)
    }

    /// Calls `body` with each match and the position in the list of the phrase that matched.
    func forEachMatch(in bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>, _ body: (Range<Int>, Int) -> Void) {
        var words: [Range<Int>] = []
        // A word and the byte after it take two bytes at least: a post's words fit one allocation, not one
        // per doubling (a long text grows past the cap as usual).
        words.reserveCapacity(min(range.count / 2 + 1, 4096))
        WordScanner.forEachWord(in: bytes, range: range) { words.append($0) }
        var index = 0
        while index < words.count {
            if let candidates = byFirstWord[wordHash(bytes[words[index]])],
               let (phrase, end) = candidates.lazy.compactMap({ phrase in
                   self.match(phrase, words: words, at: index, in: bytes).map { (phrase, $0) }
               }).first {
                body(words[index].lowerBound..<words[end].upperBound, phrase.id)
                index = end + 1
            } else {
                index += 1
            }
        }
    }

    /// The index of the last text word of `phrase` placed at word `start`, if it fits.
    private func match(_ phrase: Phrase, words: [Range<Int>], at start: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard start + phrase.words.count <= words.count, same(bytes[words[start]], phrase.words[0]) else { return nil }
        for offset in 1..<max(phrase.words.count, 1) {
            let word = words[start + offset]
            let previous = words[start + offset - 1]
            guard separator(bytes[previous.upperBound..<word.lowerBound], matches: phrase.separators[offset - 1]),
                  same(bytes[word], phrase.words[offset]) else { return nil }
        }
        return start + phrase.words.count - 1
    }

    // The comparisons below are loops over offsets: `elementsEqual` and `zip` on these slices were a tenth of
    // the matcher's time, and instantiating their generic types cost a one-post run a million instructions.

    private func separator(_ text: Slice<UnsafeBufferPointer<UInt8>>, matches expected: [UInt8]) -> Bool {
        if expected.count == 1 && expected[0] == 0x20 {
            return !text.isEmpty && text.allSatisfy { $0 == 0x20 || $0 == 0x0A || $0 == 0x09 || $0 == 0x0D }
        }
        guard text.count == expected.count else { return false }
        var offset = 0
        for byte in text {
            guard byte == expected[offset] else { return false }
            offset += 1
        }
        return true
    }

    /// The word as stored: case-folded when matching ignores case.
    private static func folded<C: Collection>(_ word: C, ignoreCase: Bool) -> [UInt8] where C.Element == UInt8 {
        guard ignoreCase else { return Array(word) }
        if word.allSatisfy({ $0 < 0x80 }) { return word.map(asciiLower) }
        return Array(String(decoding: word, as: UTF8.self).lowercased().utf8)
    }

    /// The hash of a word of the text, folded on the fly: no allocation for ASCII words, the common case.
    private func wordHash(_ word: Slice<UnsafeBufferPointer<UInt8>>) -> UInt64 {
        guard ignoreCase else { return FNV1a.hash(word) }
        var hash = FNV1a()
        for byte in word {
            guard byte < 0x80 else { return FNV1a.hash(PhraseMatcher.folded(word, ignoreCase: true)) }
            hash.add(PhraseMatcher.asciiLower(byte))
        }
        return hash.value
    }

    /// Whether a word of the text is the stored word, folding case when asked.
    private func same(_ word: Slice<UnsafeBufferPointer<UInt8>>, _ stored: [UInt8]) -> Bool {
        if word.count == stored.count {
            var offset = 0
            for byte in word {
                if ignoreCase && byte >= 0x80 { break }  // Unicode case folding, below.
                guard (ignoreCase ? PhraseMatcher.asciiLower(byte) : byte) == stored[offset] else { return false }
                offset += 1
            }
            if offset == stored.count { return true }
        }
        // A folded word may differ in length from the text's (ß and SS).
        return ignoreCase && PhraseMatcher.folded(word, ignoreCase: true) == stored
    }

    @inline(__always)
    private static func asciiLower(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte }
}
