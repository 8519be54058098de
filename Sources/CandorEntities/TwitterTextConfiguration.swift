import CandorBytes
import Foundation

/// A twitter-text weighting configuration (its `config/v*.json`): what each code point, URL and emoji weighs
/// toward `maxWeightedTweetLength`. X counts posts with `v3`.
struct TwitterTextConfiguration: Decodable, Equatable {
    struct WeightedRange: Decodable, Equatable {
        let start: UInt32
        let end: UInt32
        let weight: Int
    }

    let version: Int
    let maxWeightedTweetLength: Int
    /// The weighted length is the sum of weights divided by `scale`, so weights can be fractions of a character.
    let scale: Int
    let defaultWeight: Int
    /// Whether an emoji, however many code points it joins, weighs `defaultWeight` once (absent before v3).
    let emojiParsingEnabled: Bool?
    let transformedURLLength: Int
    let ranges: [WeightedRange]

    /// X's current weighting: Latin, Greek, Cyrillic, Hebrew, Arabic, most Indic scripts and general
    /// punctuation count 1, everything else (CJK, emoji) 2, and every URL 23.
    static let v3 = TwitterTextConfiguration(
        version: 3, maxWeightedTweetLength: 280, scale: 100, defaultWeight: 200, emojiParsingEnabled: true,
        transformedURLLength: 23,
        ranges: [
            WeightedRange(start: 0, end: 4351, weight: 100),
            WeightedRange(start: 8192, end: 8205, weight: 100),
            WeightedRange(start: 8208, end: 8223, weight: 100),
            WeightedRange(start: 8242, end: 8247, weight: 100),
        ])

    /// twitter-text's `parseTweet(...).weightedLength`: the NFC-normalized text's weight, with each URL
    /// twitter-text would link counted as `transformedURLLength` characters.
    func weightedLength(of text: String) -> Int {
        let normalized = Self.nfc(text)
        let scalars = ScalarText(normalized)
        return weight(of: normalized, urls: UrlScanner.urls(in: scalars).map { scalars.entity($0).range }) / scale
    }

    /// The same, given the byte ranges of the URLs in `text` found by `UrlScanner` (with no scheme required),
    /// so a post's URLs are scanned once. Text that NFC changes is weighed from scratch: the ranges are not
    /// those of its normalized form.
    func weightedLength(of text: String, urls: [Range<Int>]) -> Int {
        let ascii = Self.isASCII(text)
        guard ascii || SameBytes.equal(Self.nfc(text), text) else { return weightedLength(of: text) }
        return weight(of: text, urls: urls, ascii: ascii) / scale
    }

    /// The scaled weight of `text` with each URL (byte ranges, in order) counted as `transformedURLLength`.
    private func weight(of text: String, urls: [Range<Int>], ascii: Bool? = nil) -> Int {
        // ASCII text, most posts, is one range's weight per byte outside the URLs: nothing to normalize, no
        // emoji, no segments to cut (a third of the metrics' time on a queue went to weighing).
        if let asciiWeight, ascii ?? Self.isASCII(text) {
            let urlBytes = urls.reduce(0) { $0 + $1.count }
            return (text.utf8.count - urlBytes) * asciiWeight + urls.count * transformedURLLength * scale
        }
        let utf8 = text.utf8
        func segment(_ range: Range<Int>) -> String {
            String(Substring(utf8[utf8.index(utf8.startIndex, offsetBy: range.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: range.upperBound)]))
        }
        var weight = 0
        var segmentStart = 0
        for url in urls {
            weight += self.weight(of: segment(segmentStart..<url.lowerBound))
            weight += transformedURLLength * scale
            segmentStart = url.upperBound
        }
        return weight + self.weight(of: segment(segmentStart..<utf8.count))
    }

    private func weight(of segment: String) -> Int {
        // A sequence of two or more scalars needs one of its joining scalars: without any (most posts, emoji
        // or not) every grapheme weighs the sum of its scalars, and graphemes need not be found.
        guard emojiParsingEnabled == true, segment.unicodeScalars.contains(where: EmojiSequence.canJoin) else {
            return weight(of: segment.unicodeScalars)
        }
        return segment.reduce(0) { total, character in
            let scalars = Array(character.unicodeScalars)
            let emojiLength = EmojiSequence.length(atStartOf: scalars)
            return total + (emojiLength > 0 ? defaultWeight : 0) + weight(of: scalars[emojiLength...])
        }
    }

    private func weight(of scalars: some Sequence<Unicode.Scalar>) -> Int {
        var total = 0
        for scalar in scalars {
            // Most scalars fall in the first range (Latin and most scripts): check it before searching.
            if let first = ranges.first, scalar.value >= first.start, scalar.value <= first.end {
                total += first.weight
            } else {
                total += ranges.first { ($0.start...$0.end).contains(scalar.value) }?.weight ?? defaultWeight
            }
        }
        return total
    }

    /// The weight of every ASCII character, when the first range, which decides for the scalars it holds,
    /// holds them all.
    private var asciiWeight: Int? { ranges.first.flatMap { $0.start == 0 && $0.end >= 0x7F ? $0.weight : nil } }

    /// Eight bytes at a time: the byte-by-byte `allSatisfy` over the view was 2% of linting a queue.
    private static func isASCII(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var index = 0
            if let base = UnsafeRawPointer(bytes.baseAddress) {
                while index + 8 <= bytes.count {
                    guard ByteWord.isASCII(base.loadUnaligned(fromByteOffset: index, as: UInt64.self)) else { return false }
                    index += 8
                }
            }
            while index < bytes.count {
                guard bytes[index] < 0x80 else { return false }
                index += 1
            }
            return true
        }
    }

    /// Most text is already NFC (emoji and most scripts are): checking that is a scan of the bytes, where
    /// normalising decomposes and recomposes the whole text, even when it comes back unchanged.
    private static func nfc(_ text: String) -> String {
        var span = text.utf8Span
        return span.checkForNFC(quickCheck: false) ? text : text.precomposedStringWithCanonicalMapping
    }
}
