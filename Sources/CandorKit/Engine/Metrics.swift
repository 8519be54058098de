/// The variables of a post that `metric` rules and the scorer read (DESIGN section 5), each with an exact
/// definition (the "Writing rules" guide repeats them):
///
/// - `words`: words of the prose (runs of letters, digits, marks, underscore), plus one per link.
/// - `prose_words`: words outside links, mentions, hashtags and cashtags: what the writer wrote themselves.
/// - `sentences`: runs of text ended by `.`, `!`, `?` or a line break (at least 1 when there are words).
/// - `syllables`, `complex_words` (3 or more syllables), `long_words` (more than 6 characters),
///   `characters` (characters inside words).
/// - `links`, `mentions`, `hashtags`, `cashtags`: entities as the platform extracts them.
/// - `questions`: runs of `?`; `exclamations`: `!` characters; `emoji`: emoji characters;
///   `caps_words`: words of two or more letters, all capitals.
/// - `first_person_singular` (I, me, my, mine, myself), `first_person_plural` (we, us, our, ours,
///   ourselves), `second_person` (you, your, yours, yourself, yourselves, and the casual u, ur, ya, yall).
/// - `weighted_length`: the length the platform counts, comments excluded; `limit`: the platform's limit.
/// - `informal` (candor's): marks of a person writing casually: emoji, emoticons (`:)`, `;-)`, `<3`, `:'(`),
///   laughter and interjections (lol, haha, omg, yay, ugh), and a post that starts in lower case.
/// - `attributions` (candor's): mentions that credit a source rather than address someone: after `RT`,
///   `via`, `by`, `h/t`, `HT`, an opening parenthesis, or a dash, pipe or slash ("(@reporter)", "via @desk").
/// - `self_references` (candor's): times the post names its own account (config `account.names`, or the
///   post's `account` metadata) outside mentions and hashtags.
public struct Metrics: Sendable {
    public static let names = [
        "words", "sentences", "syllables", "characters", "complex_words", "long_words", "links", "mentions",
        "hashtags", "cashtags", "questions", "exclamations", "emoji", "caps_words", "first_person_singular",
        "first_person_plural", "second_person", "prose_words", "weighted_length", "limit", "informal", "attributions", "self_references",
    ]
    /// Vale's names for the same variables, so Vale's readability rules load unchanged.
    static let aliases = ["polysyllabic_words": "complex_words"]

    public private(set) var values: [String: Double] = [:]
    /// Byte ranges of the sentences, for the `sentence` scope.
    let sentenceRanges: [Range<Int>]

    public subscript(name: String) -> Double {
        values[Self.aliases[name] ?? name] ?? 0
    }

    public static func isKnown(_ name: String) -> Bool { names.contains(name) || aliases[name] != nil }

    init(post: Post, prose: [UInt8], entities: Entities, platform: Platform, accountNames: PhraseMatcher? = nil) {
        var counts = Counts()
        var tagged = OrderedRanges(entities.all.filter { $0.kind != .url }.map(\.range))
        var named = OrderedRanges(entities.all.map(\.range))
        var sentences: [Range<Int>] = []
        var selfReferences = 0
        prose.withUnsafeBufferPointer { buffer in
            accountNames?.forEachMatch(in: buffer, range: 0..<buffer.count) { match, _ in
                if !named.overlaps(match) { selfReferences += 1 }
            }
            WordScanner.forEachWord(in: buffer, range: 0..<buffer.count) { word in
                counts.add(word: word, in: buffer, tagged: tagged.overlaps(word))
            }
            sentences = Metrics.sentences(in: buffer)
            counts.addPunctuation(in: buffer)
        }
        sentenceRanges = sentences
        let links = entities.urls.count
        values = [
            "words": Double(counts.words + links),
            "prose_words": Double(counts.proseWords),
            "sentences": Double(counts.words > 0 ? max(sentences.count, 1) : sentences.count),
            "syllables": Double(counts.syllables),
            "characters": Double(counts.characters),
            "complex_words": Double(counts.complexWords),
            "long_words": Double(counts.longWords),
            "links": Double(links),
            "mentions": Double(entities.mentions.count),
            "hashtags": Double(entities.hashtags.count),
            "cashtags": Double(entities.cashtags.count),
            "questions": Double(counts.questions),
            "exclamations": Double(counts.exclamations),
            "emoji": Double(counts.emoji),
            "caps_words": Double(counts.capsWords),
            "first_person_singular": Double(counts.firstPersonSingular),
            "first_person_plural": Double(counts.firstPersonPlural),
            "second_person": Double(counts.secondPerson),
            "weighted_length": Double(EntityExtractor.weightedLength(of: Metrics.countedText(of: post), platform: platform)),
            "limit": Double(platform.limit),
            "self_references": Double(selfReferences),
            "informal": Double(counts.emoji + counts.interjections + Metrics.emoticons(in: prose)
                + (Metrics.startsInLowerCase(prose) ? 1 : 0)),
            "attributions": Double(entities.mentions.filter { Metrics.isAttribution($0, in: prose) }.count),
        ]
    }

    /// The text that counts toward the platform's limit: the post without its comments.
    static func countedText(of post: Post) -> String {
        let comments = post.blocks.filter { $0.kind == .comment }.map(\.range).sorted { $0.lowerBound < $1.lowerBound }
        guard !comments.isEmpty else { return post.string }
        var bytes: [UInt8] = []
        var last = 0
        for comment in comments {
            bytes += post.text[last..<comment.lowerBound]
            last = comment.upperBound
        }
        bytes += post.text[last...]
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Sentences: trimmed runs ended by `.`, `!`, `?` (with any closing quotes or brackets) before a space, or
    /// by a line break; a run with no word character is not a sentence.
    static func sentences(in bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = 0
        var index = 0
        func close(at end: Int) {
            var low = start, high = end
            while low < high, isSpace(bytes[low]) { low += 1 }
            while high > low, isSpace(bytes[high - 1]) { high -= 1 }
            var hasWord = false
            WordScanner.forEachWord(in: bytes, range: low..<high) { _ in hasWord = true }
            if hasWord { result.append(low..<high) }
            start = end
        }
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x0A {
                close(at: index)
                index += 1
                continue
            }
            if byte == UInt8(ascii: ".") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?") {
                var end = index + 1
                while end < bytes.count, [UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: "\""),
                                          UInt8(ascii: "'"), UInt8(ascii: ")")].contains(bytes[end]) { end += 1 }
                if end == bytes.count || isSpace(bytes[end]) {
                    close(at: end)
                    index = end
                    continue
                }
                index = end
                continue
            }
            index += 1
        }
        close(at: bytes.count)
        return result
    }

    /// Text emoticons: `:)`, `:-)`, `:(`, `:D`, `:P`, `;)`, `=)`, `:'(`, `<3`.
    static func emoticons(in prose: [UInt8]) -> Int {
        var count = 0
        var index = 0
        while index + 1 < prose.count {
            let byte = prose[index]
            if byte == UInt8(ascii: "<"), prose[index + 1] == UInt8(ascii: "3") {
                count += 1
                index += 2
                continue
            }
            if byte == UInt8(ascii: ":") || byte == UInt8(ascii: ";") || byte == UInt8(ascii: "=") {
                var next = index + 1
                if prose[next] == UInt8(ascii: "-") || prose[next] == UInt8(ascii: "'") { next += 1 }
                // The emoticon must end the word: ":D" yes, ":Data" no.
                if next < prose.count, Array(")(DPp".utf8).contains(prose[next]),
                   next + 1 == prose.count || !WordScanner.isWordScalar(Unicode.Scalar(prose[next + 1])) {
                    count += 1
                    index = next + 1
                    continue
                }
            }
            index += 1
        }
        return count
    }

    static func startsInLowerCase(_ prose: [UInt8]) -> Bool {
        guard let first = prose.first(where: { !isSpace($0) }) else { return false }
        return first >= UInt8(ascii: "a") && first <= UInt8(ascii: "z")
    }

    /// Whether a mention credits a source: what stands before it (spaces skipped) is `(`, a dash, pipe or
    /// slash, or one of the words RT, via, by, h/t, HT.
    static func isAttribution(_ mention: Entity, in prose: [UInt8]) -> Bool {
        var end = mention.range.lowerBound
        while end > 0, isSpace(prose[end - 1]) { end -= 1 }
        guard end > 0 else { return false }
        let last = prose[end - 1]
        // "(", "-", "|", "/", and the en and em dashes (UTF-8 E2 80 93 / E2 80 94).
        if [UInt8(ascii: "("), UInt8(ascii: "-"), UInt8(ascii: "|"), UInt8(ascii: "/")].contains(last) { return true }
        if end >= 3, prose[end - 3] == 0xE2, prose[end - 2] == 0x80, last == 0x93 || last == 0x94 { return true }
        var start = end
        while start > 0, !isSpace(prose[start - 1]), prose[start - 1] != UInt8(ascii: "(") { start -= 1 }
        let word = String(decoding: prose[start..<end], as: UTF8.self).lowercased()
        return ["rt", "via", "by", "h/t", "ht"].contains(word)
    }

    static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D }
}

/// Running totals while the words of a post are scanned once.
private struct Counts {
    var words = 0, proseWords = 0, syllables = 0, characters = 0, complexWords = 0, longWords = 0
    var capsWords = 0, firstPersonSingular = 0, firstPersonPlural = 0, secondPerson = 0
    var questions = 0, exclamations = 0, emoji = 0, interjections = 0

    private static let singular: Set<String> = ["i", "me", "my", "mine", "myself", "im", "ive"]
    private static let plural: Set<String> = ["we", "us", "our", "ours", "ourselves"]
    private static let interjection: Set<String> = ["lol", "lmao", "lmfao", "rofl", "omg", "ugh", "yay", "haha", "hahaha", "hehe", "aww", "awww"]
    private static let second: Set<String> = ["you", "your", "yours", "yourself", "yourselves"]
    /// Casual spellings count only in lower case: "U" is more often "U.S." or a grade than "you".
    private static let casualSecond: Set<String> = ["u", "ur", "ya", "yall"]

    mutating func add(word range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>, tagged: Bool) {
        words += 1
        if !tagged { proseWords += 1 }
        let word = bytes[range]
        let ascii = word.allSatisfy { $0 < 0x80 }
        // Most words are ASCII: count them on bytes; build a String only for other scripts or short words.
        let length = ascii ? word.count : String(decoding: word, as: UTF8.self).unicodeScalars.count
        characters += length
        if length > 6 { longWords += 1 }
        let count = Syllables.count(word)
        syllables += count
        if count >= 3 { complexWords += 1 }
        if ascii {
            let letters = word.filter { ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A }
            if letters.count >= 2, letters.allSatisfy({ $0 <= 0x5A }) { capsWords += 1 }
        } else {
            let letters = String(decoding: word, as: UTF8.self).unicodeScalars.filter { $0.properties.isAlphabetic }
            if letters.count >= 2, letters.allSatisfy({ $0.properties.isUppercase }) { capsWords += 1 }
        }
        guard !tagged, length <= 10 else { return }
        let text = String(decoding: word, as: UTF8.self)
        // "US" in capitals is the country, not the pronoun.
        let lower = text.lowercased()
        if Counts.singular.contains(lower) { firstPersonSingular += 1 }
        if Counts.interjection.contains(lower) || lower.hasPrefix("haha") { interjections += 1 }
        if Counts.plural.contains(lower), text != "US" { firstPersonPlural += 1 }
        if Counts.second.contains(lower) || Counts.casualSecond.contains(text) { secondPerson += 1 }
    }

    mutating func addPunctuation(in bytes: UnsafeBufferPointer<UInt8>) {
        var index = 0
        var previous: UInt8 = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "?"), previous != UInt8(ascii: "?") { questions += 1 }
            if byte == UInt8(ascii: "!") { exclamations += 1 }
            if byte >= 0xF0 || byte == 0xE2 || byte == 0xE3 {
                let (scalar, length) = WordScanner.decode(at: index, in: bytes)
                if scalar.properties.isEmojiPresentation { emoji += 1 }
                previous = byte
                index += length
                continue
            }
            previous = byte
            index += 1
        }
    }
}

extension Metrics {
    /// Entity ranges (in text order, not overlapping) asked about ranges that come in text order too: each
    /// question moves a cursor on, so a post of 20,000 mentions is not 20,000 scans of 20,000 entities.
    private struct OrderedRanges {
        private let ranges: [Range<Int>]
        private var next = 0

        init(_ ranges: [Range<Int>]) { self.ranges = ranges }

        /// Whether `range` overlaps one of the ranges; no earlier range may be asked about after it.
        mutating func overlaps(_ range: Range<Int>) -> Bool {
            while next < ranges.count, ranges[next].upperBound <= range.lowerBound { next += 1 }
            return next < ranges.count && ranges[next].overlaps(range)
        }
    }
}
