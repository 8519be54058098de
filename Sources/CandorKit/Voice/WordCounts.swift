/// Running totals while the words of a post are scanned once.
struct WordCounts {
    var words = 0, proseWords = 0, syllables = 0, characters = 0, complexWords = 0, longWords = 0
    var capsWords = 0, firstPersonSingular = 0, firstPersonPlural = 0, secondPerson = 0
    var questions = 0, exclamations = 0, emoji = 0, interjections = 0, stretched = 0, reportingVerbs = 0, asks = 0
    /// Runs of two or more `!`.
    var stackedExclamations = 0
    /// Where the word before the current one is (nil after a tag or a long word): made a string only when
    /// "say" asks for it.
    private var previousWord: Range<Int>?

    /// Words after which "say" reports nobody's words: "hard to say", "don't just say it", "I'd say".
    private static let notReportingSay: Set<String> = [
        "to", "t", "not", "never", "just", "can", "could", "would", "will", "should", "might", "must", "may", "shall",
        "ll", "d", "let", "lets", "gonna", "wanna", "do", "does", "did", "dont", "didnt", "cant", "wont", "i", "you", "we",
    ]

    /// What a short word says about who is speaking, by its lower-case form: one lookup a word.
    private struct Person: OptionSet {
        let rawValue: UInt8
        static let singular = Person(rawValue: 1), plural = Person(rawValue: 2), second = Person(rawValue: 4)
        /// Casual spellings of "you" count only as written in lower case: "U" is more often "U.S." or a grade.
        static let casualSecond = Person(rawValue: 8)
        static let interjection = Person(rawValue: 16)
        /// A reporting verb: the post relays what someone said.
        static let reporting = Person(rawValue: 32)
        /// A request: the post asks the reader to do something.
        static let ask = Person(rawValue: 64)
    }

    private static let people: [String: Person] = {
        var table: [String: Person] = [:]
        for word in ["i", "me", "my", "mine", "myself", "im", "ive"] { table[word, default: []].insert(.singular) }
        for word in ["we", "us", "our", "ours", "ourselves"] { table[word, default: []].insert(.plural) }
        for word in ["you", "your", "yours", "yourself", "yourselves"] { table[word, default: []].insert(.second) }
        for word in ["u", "ur", "ya", "yall"] { table[word, default: []].insert(.casualSecond) }
        // Laughter, interjections, chat spellings and swearing: a person's register, not a brand's or a desk's.
        for word in ["lol", "lmao", "lmfao", "rofl", "omg", "ugh", "yay", "haha", "hahaha", "hehe", "aww", "awww",
                     "wow", "woah", "whoa", "argh", "meh", "hmm", "ooh", "oops", "ouch", "phew", "yikes", "jeez", "gosh",
                     "nah", "yeah", "yep", "yup", "nope", "woohoo", "hooray", "gonna", "wanna", "gotta", "kinda", "sorta",
                     "dunno", "tbh", "idk", "imo", "imho", "smh", "btw", "pls", "plz", "thx", "cuz", "coz", "innit",
                     "damn", "dammit", "crap", "crappy", "wtf", "ffs", "omfg", "stfu", "bollocks",
                     "fuck", "fucks", "fucked", "fucking", "fuckin", "shit", "shitty"] {
            table[word, default: []].insert(.interjection)
        }
        for word in ["say", "says", "said", "tells", "told", "reports", "reported", "according", "announces", "announced",
                     "confirms", "confirmed", "claims", "claimed", "warns", "warned", "urges", "urged", "insists", "denies",
                     "admits", "reveals", "revealed"] {
            table[word, default: []].insert(.reporting)
        }
        for word in ["please", "pls", "plz", "kindly"] { table[word, default: []].insert(.ask) }
        return table
    }()

    private static let peopleShapes = WordShapes(people.keys)

    /// `quoted`: the word is inside quotation marks (`QuotedSpans`), so an "I", "we" or "you" in it is the
    /// quoted speaker's, not the writer's.
    mutating func add(word range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>, tagged: Bool, quoted: Bool = false) {
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
        var hasUpper = false
        if ascii {
            var letters = 0, upper = 0
            for byte in word where (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A {
                letters += 1
                if byte <= 0x5A { upper += 1 }
            }
            if letters >= 2, upper == letters { capsWords += 1 }
            hasUpper = upper > 0
            if !tagged, WordCounts.isStretched(word) { stretched += 1 }
        } else {
            let letters = String(decoding: word, as: UTF8.self).unicodeScalars.filter { $0.properties.isAlphabetic }
            if letters.count >= 2, letters.allSatisfy({ $0.properties.isUppercase }) { capsWords += 1 }
        }
        guard !tagged, length <= 10 else { previousWord = nil; return }
        let previous = previousWord
        previousWord = range
        let lower: String
        let laughs: Bool
        if ascii {
            // Most words are no one's: told by their bytes, without building a string.
            laughs = WordCounts.laughs(word)
            if laughs { interjections += 1 }
            guard WordCounts.peopleShapes.mayHold(asciiWord: word) else { return }
            lower = WordCounts.lowercased(word)
        } else {
            lower = WordCounts.lowercased(word)
            hasUpper = String(decoding: word, as: UTF8.self) != lower
            laughs = lower.hasPrefix("haha")
            if laughs { interjections += 1 }
            guard WordCounts.peopleShapes.mayHold(lower) else { return }
        }
        guard let person = WordCounts.people[lower] else { return }
        if person.contains(.singular), !quoted, !WordCounts.isAbbreviationLetter(range, in: bytes) { firstPersonSingular += 1 }
        if person.contains(.interjection), !laughs { interjections += 1 }
        if person.contains(.reporting),
           !(lower == "say" && WordCounts.notReportingSay.contains(previous.map { WordCounts.lowercased(bytes[$0]) } ?? "")) {
            reportingVerbs += 1
        }
        if person.contains(.ask) { asks += 1 }
        // "US" in capitals is the country, not the pronoun.
        if person.contains(.plural), !quoted, !(lower == "us" && word.allSatisfy { $0 <= 0x5A }) { firstPersonPlural += 1 }
        if person.contains(.second) || (person.contains(.casualSecond) && !hasUpper), !quoted { secondPerson += 1 }
    }

    /// A word in lower case: ASCII folded byte by byte (a small string, no allocation), other scripts by
    /// Unicode's rules.
    static func lowercased(_ word: Slice<UnsafeBufferPointer<UInt8>>) -> String {
        guard word.allSatisfy({ $0 < 0x80 }) else { return String(decoding: word, as: UTF8.self).lowercased() }
        return String(unsafeUninitializedCapacity: word.count) { buffer in
            for (offset, byte) in word.enumerated() { buffer[offset] = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte }
            return word.count
        }
    }

    /// Whether an ASCII word starts with "haha" in any case: laughter, however long.
    static func laughs(_ word: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        let start = word.startIndex
        return word.count >= 4 && word[start] | 0x20 == UInt8(ascii: "h") && word[start + 1] | 0x20 == UInt8(ascii: "a")
            && word[start + 2] | 0x20 == UInt8(ascii: "h") && word[start + 3] | 0x20 == UInt8(ascii: "a")
    }

    /// Whether the letter word at `range` is one letter of a dotted abbreviation ("P.E.I.", "R.I.P.",
    /// "I.D.'d"): a dot joins it to a letter on either side, so an "I" in it is no one speaking.
    static func isAbbreviationLetter(_ range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        func isLetter(_ index: Int) -> Bool { index >= 0 && index < bytes.count && (bytes[index] | 0x20) >= 0x61 && (bytes[index] | 0x20) <= 0x7A }
        guard range.count == 1 else { return false }
        let before = range.lowerBound - 1, after = range.upperBound
        return before >= 0 && bytes[before] == UInt8(ascii: ".") && isLetter(before - 1)
            || after < bytes.count && bytes[after] == UInt8(ascii: ".") && isLetter(after + 1)
    }

    /// A word with a letter written three or more times in a row, in any case ("sooo", "ahhh", "hmmm",
    /// "NOOO", "GRRR"): speech stretched for feeling. Standard English spells hardly a word with a letter three
    /// times over, so the run is the stretch; a word of Roman numerals ("XXX", "III") and "www" are the
    /// exceptions.
    static func isStretched(_ word: UnsafeBufferPointer<UInt8>.SubSequence) -> Bool {
        var run = 0
        var previous: UInt8 = 0
        var found = false
        for byte in word {
            let lower = byte | 0x20
            guard lower >= 0x61, lower <= 0x7A else { run = 0; previous = 0; continue }
            run = lower == previous ? run + 1 : 1
            previous = lower
            if run >= 3 { found = true }
        }
        guard found else { return false }
        if word.allSatisfy({ Array("ivxlcdmIVXLCDM".utf8).contains($0) }) { return false }
        return !word.elementsEqual("www".utf8) && !word.elementsEqual("WWW".utf8)
    }

    mutating func addPunctuation(in bytes: UnsafeBufferPointer<UInt8>) {
        var index = 0
        var previous: UInt8 = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "?"), previous != UInt8(ascii: "?") { questions += 1 }
            if byte == UInt8(ascii: "!") {
                exclamations += 1
                // The second of a run: "!!" is one stacked run, however long.
                if previous == UInt8(ascii: "!"), index < 2 || bytes[index - 2] != UInt8(ascii: "!") { stackedExclamations += 1 }
            }
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