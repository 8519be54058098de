import CandorBytes

/// Matches a list of literal words and phrases at word boundaries, in time linear in the text whatever the
/// list's length: each word of the text is looked up in a table of the phrases that start with it.
///
/// Why not one PCRE2 alternation: Debian's PCRE2 refuses a compiled pattern over 64 KB, which a list of a few
/// thousand terms exceeds, and an alternation's cost grows with the list. Semantics follow Vale's
/// `\b(?:a|b)\b` with two deliberate differences: the longest phrase at a position wins (not the first
/// listed), and a space in a phrase matches any run of whitespace, so a line break inside a phrase still counts.
///
/// A final class: a rule's check and a post's context hand it on several times a post, and copying a struct of
/// four arrays retained and released each of them every time.
final class PhraseMatcher: Sendable {
    /// A phrase is pieces of `text`, word, separator, word, ... (a single word is one piece): piece `k` is
    /// `text[bounds[k]..<bounds[k + 1]]`. Flat arrays, not an array of arrays per phrase: a 10,000-term list
    /// was 60,000 allocations to build and as many to release.
    private struct Phrase: Sendable {
        /// Position of the phrase in the list it came from.
        let id: Int32
        let firstPiece: Int32
        let wordCount: Int32
    }

    private let ignoreCase: Bool
    /// Every phrase's words (case-folded when `ignoreCase`) and separators, one after another.
    private let text: [UInt8]
    private let bounds: [Int32]
    /// Phrases grouped by the hash of their first word, longest first within a group.
    private let phrases: [Phrase]
    /// The group of `phrases` of each first-word hash; a hash is checked against the word itself, so
    /// collisions cost a comparison, never a wrong match.
    private let byFirstWord: HashedKeyTable<Range<Int32>>
    let count: Int

    /// The matcher of `list`, from `cache` when the same list was built before: a 10,000-term list takes
    /// 14 M instructions to build and 2 M to read back and check. Lists under `cachedFromCount` build
    /// faster than a cache file opens, and are always built.
    convenience init(phrases list: [String], ignoreCase: Bool, cache: ContentCache?) {
        guard let cache, list.count >= PhraseMatcher.cachedFromCount else {
            self.init(phrases: list, ignoreCase: ignoreCase)
            return
        }
        let source = PhraseMatcher.cacheSource(of: list, ignoreCase: ignoreCase)
        let path = cache.path(of: PhraseMatcher.cacheKind, source: source)
        if let payload = cache.payload(at: path, of: PhraseMatcher.cacheKind, source: source),
           let stored = PhraseMatcher(decoding: payload, ignoreCase: ignoreCase, count: list.count) {
            self.init(
                ignoreCase: ignoreCase, text: stored.text, bounds: stored.bounds, phrases: stored.phrases,
                byFirstWord: stored.byFirstWord, count: stored.count)
            return
        }
        self.init(phrases: list, ignoreCase: ignoreCase)
        cache.store(encoded(), at: path, of: PhraseMatcher.cacheKind, source: source)
    }

    /// What the table of `list` is made from, for the cache: case folding, then each phrase's length and bytes.
    static func cacheSource(of list: [String], ignoreCase: Bool) -> ContentCache.Source {
        var hasher = ContentCache.SourceHasher()
        hasher.add([ignoreCase ? 1 : 0])
        for phrase in list {
            hasher.add(littleEndian: UInt64(phrase.utf8.count))  // so that ["ab", "c"] and ["a", "bc"] differ
            hasher.add(phrase)
        }
        return hasher.source(count: list.count)
    }

    static let cachedFromCount = 1000
    /// Bump `format` whenever how a list becomes a table changes (splitting words, case folding, grouping).
    static let cacheKind = ContentCache.Kind(prefix: "phrases-", magic: Array("CNDPT002".utf8), format: "candor phrase table 2")

    private init(
        ignoreCase: Bool, text: [UInt8], bounds: [Int32], phrases: [Phrase], byFirstWord: HashedKeyTable<Range<Int32>>, count: Int
    ) {
        self.ignoreCase = ignoreCase
        self.text = text
        self.bounds = bounds
        self.phrases = phrases
        self.byFirstWord = byFirstWord
        self.count = count
    }

    convenience init(phrases list: [String], ignoreCase: Bool) {
        var text: [UInt8] = [], bounds: [Int32] = [0]
        var phrases: [Phrase] = [], hashes: [UInt64] = []
        phrases.reserveCapacity(list.count)
        hashes.reserveCapacity(list.count)
        for (id, phrase) in list.enumerated() {
            var phrase = phrase
            phrase.withUTF8 { buffer in
                let firstPiece = bounds.count - 1
                var words = 0, last = 0
                var hash = FNV1a()
                WordScanner.forEachWord(in: buffer, range: 0..<buffer.count) { word in
                    if words > 0 {
                        text.append(contentsOf: buffer[last..<word.lowerBound])
                        bounds.append(Int32(text.count))
                    }
                    let start = text.count
                    PhraseMatcher.appendFolded(buffer[word], ignoreCase: ignoreCase, to: &text)
                    bounds.append(Int32(text.count))
                    if words == 0 { hash.add(text[start...]) }
                    words += 1
                    last = word.upperBound
                }
                guard words > 0 else { return }
                phrases.append(Phrase(id: Int32(id), firstPiece: Int32(firstPiece), wordCount: Int32(words)))
                hashes.append(hash.value)
            }
        }
        // Group by first word, longest first, then in list order (so a duplicate's first listing wins).
        let order = phrases.indices.sorted { a, b in
            hashes[a] != hashes[b] ? hashes[a] < hashes[b]
                : phrases[a].wordCount != phrases[b].wordCount ? phrases[a].wordCount > phrases[b].wordCount
                : phrases[a].id < phrases[b].id
        }
        var groups: [(key: UInt64, value: Range<Int32>)] = []
        var start = 0
        while start < order.count {
            var end = start + 1
            while end < order.count && hashes[order[end]] == hashes[order[start]] { end += 1 }
            groups.append((hashes[order[start]], Int32(start)..<Int32(end)))
            start = end
        }
        self.init(
            ignoreCase: ignoreCase, text: text, bounds: bounds, phrases: order.map { phrases[$0] },
            byFirstWord: HashedKeyTable(groups), count: list.count)
    }

    /// The table as bytes, for the cache: the four arrays' lengths, then each array as it lies in memory
    /// (the cache is read on the machine that wrote it).
    func encoded() -> [UInt8] {
        let groups = byFirstWord.entries
        var bytes: [UInt8] = []
        for count in [text.count, bounds.count, phrases.count, groups.count] {
            withUnsafeBytes(of: UInt64(count)) { bytes.append(contentsOf: $0) }
        }
        bytes.append(contentsOf: text)
        bounds.withUnsafeBytes { bytes.append(contentsOf: $0) }
        phrases.withUnsafeBytes { bytes.append(contentsOf: $0) }
        groups.map(\.key).withUnsafeBytes { bytes.append(contentsOf: $0) }
        groups.map(\.value.lowerBound).withUnsafeBytes { bytes.append(contentsOf: $0) }
        groups.map(\.value.upperBound).withUnsafeBytes { bytes.append(contentsOf: $0) }
        return bytes
    }

    /// The table `encoded()` wrote for a list of `count` phrases, or nil when the bytes are not one. Every
    /// index is checked against what it indexes, so no entry can make a match read out of bounds.
    private convenience init?(decoding bytes: [UInt8], ignoreCase: Bool, count: Int) {
        var reader = RawReader(bytes: bytes)
        guard let textCount = reader.count(), let boundCount = reader.count(), let phraseCount = reader.count(),
              let groupCount = reader.count(),
              let text: [UInt8] = reader.array(textCount), let bounds: [Int32] = reader.array(boundCount),
              let phrases: [Phrase] = reader.array(phraseCount), let keys: [UInt64] = reader.array(groupCount),
              let lowers: [Int32] = reader.array(groupCount), let uppers: [Int32] = reader.array(groupCount),
              reader.isAtEnd else { return nil }
        guard bounds.first == 0, bounds.last == Int32(text.count),
              zip(bounds, bounds.dropFirst()).allSatisfy({ $0 <= $1 }) else { return nil }
        // A phrase of n words is 2n - 1 pieces, each between two bounds.
        guard phrases.allSatisfy({ phrase in
            phrase.id >= 0 && Int(phrase.id) < count && phrase.wordCount > 0 && phrase.firstPiece >= 0
                && Int(phrase.firstPiece) + 2 * Int(phrase.wordCount) - 1 < bounds.count
        }) else { return nil }
        guard zip(lowers, uppers).allSatisfy({ $0 >= 0 && $0 < $1 && Int($1) <= phrases.count }) else { return nil }
        self.init(
            ignoreCase: ignoreCase, text: text, bounds: bounds, phrases: phrases,
            byFirstWord: HashedKeyTable(zip(keys, zip(lowers, uppers)).map { (key: $0, value: $1.0..<$1.1) }), count: count)
    }

    /// Reads what `encoded()` wrote: lengths, then arrays of plain values, each copied whole.
    private struct RawReader {
        let bytes: [UInt8]
        var offset = 0

        var isAtEnd: Bool { offset == bytes.count }

        mutating func count() -> Int? {
            guard let words: [UInt64] = array(1), let word = words.first, word <= UInt64(Int32.max) else { return nil }
            return Int(word)
        }

        mutating func array<Element: BitwiseCopyable>(_ count: Int) -> [Element]? {
            let size = count * MemoryLayout<Element>.stride
            guard size <= bytes.count - offset else { return nil }
            let elements = [Element](unsafeUninitializedCapacity: count) { buffer, initialized in
                bytes.withUnsafeBytes { raw in
                    UnsafeMutableRawBufferPointer(buffer).copyMemory(from: UnsafeRawBufferPointer(rebasing: raw[offset..<offset + size]))
                }
                initialized = count
            }
            offset += size
            return elements
        }
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
        var token = token
        return token.withUTF8 { bytes in
            guard !bytes.isEmpty, !bytes.contains(where: isRegexSyntax) else { return false }
            var last = bytes.count - 1
            while last > 0 && bytes[last] & 0xC0 == 0x80 { last -= 1 }  // back to the last scalar's lead byte
            return WordScanner.wordCharacter(at: 0, in: bytes).isWord && WordScanner.wordCharacter(at: last, in: bytes).isWord
        }
    }

    /// Calls `body` with each match and the position in the list of the phrase that matched. `words`, when
    /// given, are the words of `bytes[range]` found before (a post's, shared by its rules); `foldedHashes`,
    /// asked for only by a list that folds case and only with `words`, are those words' `foldedHash`es.
    func forEachMatch(
        in bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>, words: [Range<Int>]? = nil,
        foldedHashes: @autoclosure () -> [UInt64]? = nil, _ body: (Range<Int>, Int) -> Void
    ) {
        let hashes = ignoreCase && words != nil ? foldedHashes() : nil
        let words = words ?? WordScanner.words(in: bytes, range: range)
        var index = 0
        while index < words.count {
            if let group = byFirstWord[hashes?[index] ?? wordHash(bytes[words[index]])],
               let (phrase, end) = group.lazy.compactMap({ slot in
                   self.match(self.phrases[Int(slot)], words: words, at: index, in: bytes).map { (self.phrases[Int(slot)], $0) }
               }).first {
                body(words[index].lowerBound..<words[end].upperBound, Int(phrase.id))
                index = end + 1
            } else {
                index += 1
            }
        }
    }

    /// The index of the last text word of `phrase` placed at word `start`, if it fits.
    private func match(_ phrase: Phrase, words: [Range<Int>], at start: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        let count = Int(phrase.wordCount), first = Int(phrase.firstPiece)
        guard start + count <= words.count, same(bytes[words[start]], piece(first)) else { return nil }
        for offset in 1..<max(count, 1) {
            let word = words[start + offset]
            let previous = words[start + offset - 1]
            guard separator(bytes[previous.upperBound..<word.lowerBound], matches: piece(first + 2 * offset - 1)),
                  same(bytes[word], piece(first + 2 * offset)) else { return nil }
        }
        return start + count - 1
    }

    @inline(__always)
    private func piece(_ index: Int) -> ArraySlice<UInt8> { text[Int(bounds[index])..<Int(bounds[index + 1])] }

    // The comparisons below are loops over offsets: `elementsEqual` and `zip` on these slices were a tenth of
    // the matcher's time, and instantiating their generic types cost a one-post run a million instructions.

    private func separator(_ text: Slice<UnsafeBufferPointer<UInt8>>, matches expected: ArraySlice<UInt8>) -> Bool {
        if expected.count == 1 && expected.first == 0x20 {
            return !text.isEmpty && text.allSatisfy { $0 == 0x20 || $0 == 0x0A || $0 == 0x09 || $0 == 0x0D }
        }
        // An apostrophe is written straight or curly, whichever the keyboard or the phone made: a token
        // `don't` matches "don’t", and a token `don’t` matches "don't".
        if PhraseMatcher.isApostrophe(expected) { return PhraseMatcher.isApostrophe(text) }
        return PhraseMatcher.equal(text, expected)
    }

    /// `'` (U+0027) or `’` (U+2019, E2 80 99 in UTF-8), alone.
    static func isApostrophe<C: Collection>(_ bytes: C) -> Bool where C.Element == UInt8 {
        switch bytes.count {
        case 1: bytes.first == 0x27
        case 3: bytes.elementsEqual([0xE2, 0x80, 0x99])
        default: false
        }
    }

    /// Whether the text's bytes are the stored ones, exactly.
    private static func equal(_ text: Slice<UnsafeBufferPointer<UInt8>>, _ stored: ArraySlice<UInt8>) -> Bool {
        guard text.count == stored.count else { return false }
        var offset = stored.startIndex
        for byte in text {
            guard byte == stored[offset] else { return false }
            offset += 1
        }
        return true
    }

    /// The word as stored: case-folded when matching ignores case.
    private static func folded<C: Collection>(_ word: C, ignoreCase: Bool) -> [UInt8] where C.Element == UInt8 {
        var result: [UInt8] = []
        appendFolded(word, ignoreCase: ignoreCase, to: &result)
        return result
    }

    private static func appendFolded<C: Collection>(_ word: C, ignoreCase: Bool, to result: inout [UInt8]) where C.Element == UInt8 {
        guard ignoreCase else { return result.append(contentsOf: word) }
        if word.allSatisfy({ $0 < 0x80 }) {
            for byte in word { result.append(asciiLower(byte)) }
        } else {
            result.append(contentsOf: String(decoding: word, as: UTF8.self).lowercased().utf8)
        }
    }

    /// The hash of a word of the text, as the table keys its first words.
    private func wordHash(_ word: Slice<UnsafeBufferPointer<UInt8>>) -> UInt64 {
        ignoreCase ? PhraseMatcher.foldedHash(word) : FNV1a.hash(word)
    }

    /// The hash of a word of the text in a list that folds case, folded on the fly: no allocation for ASCII
    /// words, the common case. The same for every such list, so a post's words are hashed once for all.
    static func foldedHash(_ word: Slice<UnsafeBufferPointer<UInt8>>) -> UInt64 {
        var hash = FNV1a()
        for byte in word {
            guard byte < 0x80 else { return FNV1a.hash(PhraseMatcher.folded(word, ignoreCase: true)) }
            hash.add(PhraseMatcher.asciiLower(byte))
        }
        return hash.value
    }

    /// Whether a word of the text is the stored word, folding case when asked.
    private func same(_ word: Slice<UnsafeBufferPointer<UInt8>>, _ stored: ArraySlice<UInt8>) -> Bool {
        if word.count == stored.count {
            var offset = stored.startIndex
            for byte in word {
                if ignoreCase && byte >= 0x80 { break }  // Unicode case folding, below.
                guard (ignoreCase ? PhraseMatcher.asciiLower(byte) : byte) == stored[offset] else { return false }
                offset += 1
            }
            if offset == stored.endIndex { return true }
        }
        // A folded word may differ in length from the text's (ß and SS).
        guard ignoreCase else { return false }
        return PhraseMatcher.folded(word, ignoreCase: true).withUnsafeBufferPointer { PhraseMatcher.equal($0[...], stored) }
    }

    @inline(__always)
    private static func asciiLower(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte }
}
