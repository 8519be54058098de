/// The question a headline opens with (`opening_question`, which `Teaser` reads).
enum OpeningQuestion {
    /// The words that open a question a headline asks: question words and auxiliary verbs.
    private static let questionOpeners: Set<String> = [
        "how", "what", "who", "why", "which", "where", "when", "whose", "will", "would", "can", "could", "should",
        "shall", "is", "are", "was", "were", "do", "does", "did", "has", "have", "had",
    ]

    /// Whether the post opens with a question asked with a question word or an auxiliary verb (see
    /// `opening_question`): "Will drones do to parcels what email did to letters?", "Is it over??", not
    /// "Anyone else seen this?" or a question later in the post.
    static func opens(_ prose: [UInt8]) -> Bool {
        var index = 0
        func skipSpaces() { while index < prose.count, Metrics.isSpace(prose[index]) { index += 1 } }
        func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }
        skipSpaces()
        // "RT @name:" or "MT @name:", the retweeted post's own opening follows.
        if index + 3 < prose.count, (prose[index] | 0x20) == 0x72 || (prose[index] | 0x20) == 0x6D, (prose[index + 1] | 0x20) == 0x74,
           Metrics.isSpace(prose[index + 2]) {
            var next = index + 2
            while next < prose.count, Metrics.isSpace(prose[next]) { next += 1 }
            if next < prose.count, prose[next] == UInt8(ascii: "@") {
                next += 1
                while next < prose.count, WordScanner.isWordScalar(Unicode.Scalar(prose[next])) { next += 1 }
                if next < prose.count, prose[next] == UInt8(ascii: ":") { next += 1 }
                index = next
                skipSpaces()
            }
        }
        // A label and a colon: "Library roof leaks again: Do ...". It ends before any sentence does.
        var scan = index
        while scan < prose.count, scan - index <= 40, ![UInt8(ascii: "?"), UInt8(ascii: "!"), UInt8(ascii: "."), 0x0A].contains(prose[scan]) {
            if prose[scan] == UInt8(ascii: ":"), scan + 1 < prose.count, Metrics.isSpace(prose[scan + 1]) {
                index = scan + 1
                skipSpaces()
                break
            }
            scan += 1
        }
        // The first word, up to an apostrophe: "Who's" and "What's" are the same question words.
        var stop = index
        while stop < prose.count, isLetter(prose[stop]) { stop += 1 }
        guard stop > index, questionOpeners.contains(String(decoding: prose[index..<stop], as: UTF8.self).lowercased()) else {
            return false
        }
        while stop < prose.count, ![UInt8(ascii: "?"), UInt8(ascii: "!"), UInt8(ascii: "."), 0x0A].contains(prose[stop]) { stop += 1 }
        return stop < prose.count && prose[stop] == UInt8(ascii: "?")
    }

}
