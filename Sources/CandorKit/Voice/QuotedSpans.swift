/// The passages of a post inside quotation marks: someone else's words ("I'm ashamed," says the mayor), or a
/// title ('All About You'); the words after a speaker's kicker, a quotation without the marks
/// (".@minister: I think the plan moves too fast", "Theo Marsh: how I trained for the marathon"); and the words
/// before a speaker's closing credit ("Losing my notes on stage is part of the job, Brennan says"). An "I", "we"
/// or "you" in them is the quoted speaker's or the title's, not the writer's, so `Metrics` leaves them out of
/// `first_person_singular`, `first_person_plural` and `second_person`.
///
/// - Straight double quotes pair in order; curly double quotes (“ ”) pair with each other.
/// - Single quotes, straight or curly (‘ ’), open after a space, the start of the post or an opening bracket,
///   colon or dash, before a non-space; they close before a space, the end of the post or punctuation, after a
///   non-space. An apostrophe inside a word ("I'm", "don’t") does neither. A single quote does not run past
///   a line break.
/// - An unclosed quote holds nothing.
/// - A speaker's kicker opens the post: a mention after a dot (".@minister") or a name of two to four
///   capitalised words ("Nora Quinn", "Mary Ann Marsh"), a colon, and words that speak in the first
///   person from their start ("I ...", "My ...", "how I ..."): the rest of the line is the named person's.
///   A label ("VIDEO:", "Photo:"), a lone word ("Me:") or a name joined by small words ("Tip of the Week:")
///   is not a speaker's kicker.
/// - A speaker's closing credit (`reportedWords`): a comma, then a reporting verb and a name, or a name and a
///   reporting verb that ends the sentence; the sentence before the comma is the speaker's.
enum QuotedSpans {
    /// Byte ranges of the quoted passages (between the marks), in text order, not overlapping.
    static func ranges(in bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var result: [Range<Int>] = []
        // Passages close in text order, but one may hold another (a single quote within a double one).
        func append(_ passage: Range<Int>) {
            var passage = passage
            while let last = result.last, last.upperBound > passage.lowerBound {
                passage = min(last.lowerBound, passage.lowerBound)..<max(last.upperBound, passage.upperBound)
                result.removeLast()
            }
            result.append(passage)
        }
        if let words = speakersWords(in: bytes) { result.append(words) }
        var double: (start: Int, curly: Bool)?
        var single: Int?
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            // Most bytes are none of the marks (curly ones start with 0xE2) nor a line break.
            guard byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") || byte == 0xE2 || byte == 0x0A else {
                index += 1
                continue
            }
            var length = 1
            if byte == UInt8(ascii: "\"") || isCurly(at: index, in: bytes, 0x9C) || isCurly(at: index, in: bytes, 0x9D) {
                let curly = byte != UInt8(ascii: "\"")
                if curly { length = 3 }
                let closes = !curly || bytes[index + 2] == 0x9D
                if let open = double, closes, open.curly == curly {
                    append(open.start..<index)
                    double = nil
                } else if double == nil, !curly || bytes[index + 2] == 0x9C {
                    double = (index + length, curly)
                }
            } else if byte == UInt8(ascii: "'") || isCurly(at: index, in: bytes, 0x98) || isCurly(at: index, in: bytes, 0x99) {
                if byte != UInt8(ascii: "'") { length = 3 }
                let before = index > 0 ? bytes[index - 1] : 0x20
                let after = index + length < bytes.count ? bytes[index + length] : 0x20
                let opensAfter = Metrics.isSpace(before) || [UInt8(ascii: "("), UInt8(ascii: "["), UInt8(ascii: ":"), UInt8(ascii: "-")].contains(before)
                    || index == 0
                let closesBefore = Metrics.isSpace(after) || index + length == bytes.count
                    || [UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "!"),
                        UInt8(ascii: "?"), UInt8(ascii: ")"), UInt8(ascii: "]"), UInt8(ascii: "\"")].contains(after)
                let canOpen = byte == UInt8(ascii: "'") || bytes[index + 2] == 0x98
                let canClose = byte == UInt8(ascii: "'") || bytes[index + 2] == 0x99
                if let open = single, canClose, closesBefore, !Metrics.isSpace(before) {
                    append(open..<index)
                    single = nil
                } else if single == nil, canOpen, opensAfter, !Metrics.isSpace(after), index + length < bytes.count {
                    single = index + length
                }
            } else if byte == 0x0A {
                single = nil
            }
            index += length
        }
        guard let reported = reportedWords(in: bytes) else { return result }
        // The reported sentence may hold quoted passages, or begin inside one: merge them into one range.
        var merged = reported
        result.removeAll { passage in
            guard passage.overlaps(merged) else { return false }
            merged = min(merged.lowerBound, passage.lowerBound)..<max(merged.upperBound, passage.upperBound)
            return true
        }
        return (result + [merged]).sorted { $0.lowerBound < $1.lowerBound }
    }

    /// Words that open a first-person statement after a speaker's kicker: "I", "my", "me", or a question word
    /// and "I" ("how I kept ...").
    private static let firstPersonOpeners: Set<String> = ["i", "my", "me"]
    private static let questionWords: Set<String> = ["how", "why", "what"]

    /// The words after a speaker's kicker (see the type's notes), up to the end of the line.
    static func speakersWords(in bytes: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        var index = 0
        func skipSpaces() { while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x09 { index += 1 } }
        func isUpper(_ byte: UInt8) -> Bool { byte >= 0x41 && byte <= 0x5A }
        func isLower(_ byte: UInt8) -> Bool { byte >= 0x61 && byte <= 0x7A }
        /// The lower-case ASCII word at `index`, moving past it.
        func word() -> String {
            let start = index
            while index < bytes.count, isUpper(bytes[index]) || isLower(bytes[index]) { index += 1 }
            return String(decoding: bytes[start..<index].map { $0 | 0x20 }, as: UTF8.self)
        }
        skipSpaces()
        if index + 2 < bytes.count, bytes[index] == UInt8(ascii: "."), bytes[index + 1] == UInt8(ascii: "@") {
            index += 2
            let start = index
            while index < bytes.count, WordScanner.isASCIIWordByte(bytes[index]) { index += 1 }
            guard index > start else { return nil }
        } else {
            // Two to four capitalised words: a capital, then lower-case letters (an inner capital, apostrophe,
            // dot or hyphen allowed: "McCain", "O'Neill", "Jean-Luc").
            var names = 0
            while index < bytes.count, isUpper(bytes[index]) {
                index += 1
                var lower = false
                while index < bytes.count, isUpper(bytes[index]) || isLower(bytes[index])
                    || [UInt8(ascii: "'"), UInt8(ascii: "."), UInt8(ascii: "-")].contains(bytes[index]) {
                    if isLower(bytes[index]) { lower = true }
                    index += 1
                }
                guard lower else { return nil }
                names += 1
                guard index < bytes.count, bytes[index] == 0x20, index + 1 < bytes.count, isUpper(bytes[index + 1]) else { break }
                index += 1
            }
            guard (2...4).contains(names) else { return nil }
        }
        guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: ":"), bytes[index + 1] == 0x20 else { return nil }
        index += 1
        skipSpaces()
        let start = index
        var first = word()
        if questionWords.contains(first) {
            skipSpaces()
            first = word()
            guard first == "i" else { return nil }
        }
        guard firstPersonOpeners.contains(first), index == bytes.count || !WordScanner.isASCIIWordByte(bytes[index]) else { return nil }
        var end = start
        while end < bytes.count, bytes[end] != 0x0A { end += 1 }
        return start..<end
    }

    /// The marks that end a sentence before the reported words.
    private static let sentenceEnds: [UInt8] = [UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?")]

    /// Verbs that, after a comma, credit the words before it to a speaker: "..., Brennan says".
    private static let reportingVerbs: Set<String> = ["says", "said", "tells", "told"]

    /// The words before a speaker's credit that closes the first line, reported speech without the marks: a
    /// comma, then a reporting verb (says, said, tells, told) and a name, or a name of up to three words and
    /// the verb ("Losing my notes on stage is part of the job, Brennan says", "Coach smiled when I told
    /// him, says Ruiz", "Reopen the library that taught my kids to read, #Elmwood mother tells @morningshow"). The name
    /// opens with a capital, a mention or a hashtag: "I'm so tired, said no one ever" is the writer's joke.
    static func reportedWords(in bytes: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        let line = bytes.firstIndex(of: 0x0A) ?? bytes.count
        guard let comma = bytes[..<line].lastIndex(of: UInt8(ascii: ",")), comma > 0 else { return nil }
        /// Up to five words after the comma, in lower case, each with whether it opens a name (a capital, "@"
        /// or "#") and whether it is a mention or a hashtag.
        var words: [(text: String, name: Bool, tag: Bool)] = []
        var index = comma + 1
        while words.count < 5 {
            while index < line, Metrics.isSpace(bytes[index]) { index += 1 }
            let start = index
            while index < line, WordScanner.isASCIIWordByte(bytes[index]) || bytes[index] == UInt8(ascii: "@") || bytes[index] == UInt8(ascii: "#") {
                index += 1
            }
            guard index > start else { break }
            let first = bytes[start]
            let tag = first == UInt8(ascii: "@") || first == UInt8(ascii: "#")
            let text = String(decoding: bytes[start..<index], as: UTF8.self).lowercased()
            words.append((text, tag || first >= 0x41 && first <= 0x5A, tag))
        }
        // The reported words are the sentence the comma ends, from after a ".", "!" or "?" and a space.
        var start = comma
        while start > 0, !(Metrics.isSpace(bytes[start]) && Self.sentenceEnds.contains(bytes[start - 1])) {
            start -= 1
        }
        if words.count >= 2, reportingVerbs.contains(words[0].text), words[1].name { return start..<comma }
        // "Name says" must close the sentence: after the verb, nothing but mentions and hashtags.
        guard let verb = words.prefix(4).firstIndex(where: { reportingVerbs.contains($0.text) }), verb > 0, words[0].name,
              words[(verb + 1)...].allSatisfy(\.tag) else { return nil }
        return start..<comma
    }

    /// Whether `E2 80 <last>` (a curly quotation mark) starts at `index`.
    private static func isCurly(at index: Int, in bytes: UnsafeBufferPointer<UInt8>, _ last: UInt8) -> Bool {
        index + 2 < bytes.count && bytes[index] == 0xE2 && bytes[index + 1] == 0x80 && bytes[index + 2] == last
    }
}
