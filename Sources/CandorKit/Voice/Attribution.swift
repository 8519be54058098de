import CandorEntities

/// Mentions that credit a source or name the speaker being reported rather than address someone
/// (`attributions`), and the wire credit that closes a relayed item (`reported_speech`).
enum Attribution {
    /// Whether the post ends by crediting the outlet it took the news from, a dash and a mention with nothing
    /// after them ("Riverside FC names Dana Ortiz as head coach - @AP"): a wire item relayed. The
    /// mention must close the post; a blanked link after it is nothing.
    static func endsWithWireCredit(_ prose: [UInt8], mentions: [Entity]) -> Bool {
        guard let credit = mentions.last, !prose[credit.range.upperBound...].contains(where: { !Metrics.isSpace($0) }) else { return false }
        var end = credit.range.lowerBound
        while end > 0, Metrics.isSpace(prose[end - 1]) { end -= 1 }
        guard end > 0, end < credit.range.lowerBound else { return false }
        // "-", or the en and em dashes (UTF-8 E2 80 93 / E2 80 94), with a space before.
        if prose[end - 1] == UInt8(ascii: "-") { return end >= 2 && Metrics.isSpace(prose[end - 2]) }
        return end >= 4 && prose[end - 3] == 0xE2 && prose[end - 2] == 0x80 && (prose[end - 1] == 0x93 || prose[end - 1] == 0x94)
            && Metrics.isSpace(prose[end - 4])
    }


    /// Words before a mention that make it the source of what the post relays: the credits of a retweet or a
    /// share, and the common reporting verbs ("writes @critic").
    private static let creditBefore: Set<String> = [
        "rt", "mt", "via", "by", "h/t", "ht", "says", "said", "writes", "wrote", "reports", "tells", "told", "asks",
    ]
    /// Words after a mention that make it the speaker being reported ("@critic reports"), or the person whose
    /// work a bulletin presents ("@critic reviews the new play", "Reporter @ann talks through the fares"): the
    /// common reporting verbs, and the verbs that present a piece of work, in the third person.
    private static let creditAfter: Set<String> = [
        "says", "said", "writes", "wrote", "reports", "reported", "tells", "told", "asks", "asked", "explains",
        "argues", "warns", "claims", "interviews", "talks", "discusses", "presents", "reviews", "previews", "finds",
        "outlines", "investigates", "examines", "explores", "analyses", "analyzes",
    ]
    /// Roles after a mention that make it the organisation a person is named by ("@club owner Pat Kimura",
    /// "@union president Ines Varga"): the post says who someone is, it does not talk to the organisation.
    /// Offices, leadership, and the people who make or front what an organisation publishes.
    private static let roleAfter: Set<String> = [
        "owner", "owners", "founder", "cofounder", "ceo", "chairman", "chairwoman", "chair", "president", "director",
        "chief", "manager", "coach", "captain", "editor", "reporter", "reporters", "correspondent", "columnist",
        "critic", "host", "presenter", "spokesman", "spokeswoman", "spokesperson", "minister", "judge",
    ]
    /// Roles before a mention that say who the person is, in the third person: "housing minister
    /// @minister", "science writer @writer", "energy reporter @reporter". The bulletin names them; it
    /// does not talk to them. (After "Mr", "Mrs", "Ms", "Madam" or "Dear" the role addresses them: "Well
    /// played Mr. Chairman @name".)
    private static let roleBefore: Set<String> = roleAfter.union([
        "premier", "senator", "mp", "mayor", "governor", "author", "writer", "composer", "producer", "designer",
        "expert", "analyst", "economist", "professor", "scientist", "actor", "actress", "singer", "star",
    ])
    private static let addressingTitles: Set<String> = ["mr", "mrs", "ms", "madam", "dear"]
    /// Words that, after "@name on", make the mention a byline on a question: "@critic on why the play works".
    private static let topicQuestions: Set<String> = ["why", "how", "what", "who", "whether", "where", "when"]

    /// Mentions that credit a source or sit in words relayed from someone else (`Relay`); a post's opening
    /// mention addresses someone whatever follows.
    static func count(entities: Entities, prose: [UInt8], relay: Relay) -> Int {
        let mentions = entities.mentions
        let opening = prose.firstIndex { !Metrics.isSpace($0) } ?? prose.count
        return mentions.filter { mention in
            isAttribution(mention, in: prose) || relay.contains(mention) && mention.range.lowerBound > opening
        }.count
    }

    /// Whether a mention credits a source rather than addresses someone: what stands before it (spaces
    /// skipped) is `(`, a dash, pipe or slash, or one of the words RT, MT, via, by, h/t, HT or a reporting verb
    /// ("writes @critic"), or a role that says who the person is ("housing minister @minister"; not after
    /// Mr, Mrs, Ms, Madam or Dear, which address them); it opens the post after a dot (".@minister"); or, when text comes before it, a
    /// reporting or presenting verb follows it ("@critic reports", "@critic reviews"), a role follows it (the
    /// organisation names who someone is: "@club owner Pat Kimura"), or "on" and a question word follow it
    /// (the byline of a piece: "@critic on why the play works"), or "on" follows it where it opens a clause
    /// after a colon or a sentence's end ("The tram-fare fight: @critic on the suburbs"); or it follows a closing quotation mark and a
    /// colon, naming who said the quoted words (`"It was avoidable": @historian`). A post that opens with a
    /// mention is a reply: that mention addresses someone whatever follows.
    static func isAttribution(_ mention: Entity, in prose: [UInt8]) -> Bool {
        var end = mention.range.lowerBound
        while end > 0, Metrics.isSpace(prose[end - 1]) { end -= 1 }
        guard end > 0 else { return false }
        let last = prose[end - 1]
        // ".@name" at the start: the dot is there so that everyone sees a post about someone.
        if last == UInt8(ascii: "."), !prose[..<(end - 1)].contains(where: { !Metrics.isSpace($0) }) { return true }
        if let (next, stop) = word(after: mention.range.upperBound, in: prose, possessive: true) {
            if creditAfter.contains(next) || roleAfter.contains(next) { return true }
            if next == "on", let (topic, _) = word(after: stop, in: prose), topicQuestions.contains(topic) { return true }
            // A byline that opens a clause after a colon or a sentence's end: "The tram-fare fight: @critic on the
            // suburbs", "... festival. @critic on the race for the best taco".
            if next == "on", [UInt8(ascii: ":"), UInt8(ascii: "."), UInt8(ascii: "?"), UInt8(ascii: "!")].contains(last) { return true }
        }
        // A colon after a closing quotation mark: the quote's speaker (", ' and the curly ” and ’, E2 80 9D / 99).
        if last == UInt8(ascii: ":") {
            var quote = end - 1
            while quote > 0, Metrics.isSpace(prose[quote - 1]) { quote -= 1 }
            if quote > 0, prose[quote - 1] == UInt8(ascii: "\"") || prose[quote - 1] == UInt8(ascii: "'") { return true }
            if quote >= 3, prose[quote - 3] == 0xE2, prose[quote - 2] == 0x80, prose[quote - 1] == 0x9D || prose[quote - 1] == 0x99 {
                return true
            }
        }
        // "(", "-", "|", "/", and the en and em dashes (UTF-8 E2 80 93 / E2 80 94); but a dash that opens its
        // line, with words after the mention, introduces what is said to that person ("-- @kenji your talk
        // was great"): a credit follows what it credits.
        if last == UInt8(ascii: "(") { return true }
        if [UInt8(ascii: "-"), UInt8(ascii: "|"), UInt8(ascii: "/")].contains(last)
            || end >= 3 && prose[end - 3] == 0xE2 && prose[end - 2] == 0x80 && (last == 0x93 || last == 0x94) {
            return !(dashOpensLine(before: end, in: prose) && wordFollows(mention, in: prose))
        }
        var start = end
        while start > 0, !Metrics.isSpace(prose[start - 1]), prose[start - 1] != UInt8(ascii: "(") { start -= 1 }
        let word = String(decoding: prose[start..<end], as: UTF8.self).lowercased()
        if creditBefore.contains(word) { return true }
        guard roleBefore.contains(word) else { return false }
        // The word before the role, without a trailing dot: "Mr." is "mr".
        var titleEnd = start
        while titleEnd > 0, Metrics.isSpace(prose[titleEnd - 1]) { titleEnd -= 1 }
        var titleStart = titleEnd
        while titleStart > 0, !Metrics.isSpace(prose[titleStart - 1]) { titleStart -= 1 }
        var title = String(decoding: prose[titleStart..<titleEnd], as: UTF8.self).lowercased()
        if title.hasSuffix(".") { title.removeLast() }
        return !addressingTitles.contains(title)
    }

    /// Whether the run of dashes, pipes and slashes ending at `end` has only spaces before it on its line.
    private static func dashOpensLine(before end: Int, in prose: [UInt8]) -> Bool {
        var start = end
        while start > 0 {
            let byte = prose[start - 1]
            if byte == UInt8(ascii: "-") || byte == UInt8(ascii: "|") || byte == UInt8(ascii: "/") {
                start -= 1
            } else if start >= 3, prose[start - 3] == 0xE2, prose[start - 2] == 0x80, byte == 0x93 || byte == 0x94 {
                start -= 3
            } else {
                break
            }
        }
        while start > 0, prose[start - 1] == 0x20 || prose[start - 1] == 0x09 { start -= 1 }
        return start == 0 || prose[start - 1] == 0x0A || prose[start - 1] == 0x0D
    }

    /// Whether a letter follows the mention on its line: the mention is spoken to, not signed off with.
    private static func wordFollows(_ mention: Entity, in prose: [UInt8]) -> Bool {
        var index = mention.range.upperBound
        while index < prose.count, prose[index] != 0x0A, prose[index] != 0x0D {
            if (prose[index] | 0x20) >= 0x61, (prose[index] | 0x20) <= 0x7A { return true }
            index += 1
        }
        return false
    }

    /// The lower-case word after `index` (spaces skipped, at least one required; with `possessive`, an "'s" at
    /// `index` skipped first: "@critic's"), if it is a word of ASCII letters, and where it ends.
    private static func word(after index: Int, in prose: [UInt8], possessive: Bool = false) -> (String, Int)? {
        var index = index
        if possessive, index + 1 < prose.count, prose[index] == UInt8(ascii: "'"), prose[index + 1] == UInt8(ascii: "s") { index += 2 }
        guard index < prose.count, Metrics.isSpace(prose[index]) else { return nil }
        while index < prose.count, Metrics.isSpace(prose[index]) { index += 1 }
        var stop = index
        while stop < prose.count, stop - index <= 12, (prose[stop] | 0x20) >= 0x61, (prose[stop] | 0x20) <= 0x7A { stop += 1 }
        guard stop > index else { return nil }
        return (String(decoding: prose[index..<stop], as: UTF8.self).lowercased(), stop)
    }

}
