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
///   ourselves), `second_person` (you, your, yours, yourself, yourselves, and the casual u, ur, ya, yall),
///   outside quotation marks: in quoted words they are the quoted speaker's or a title's (`QuotedSpans`:
///   `"Honestly I'm amazed we finished," says Dr Osei`, `'All About You' returns in May`). An "I" joined by
///   a dot to a letter is one of an abbreviation's ("P.E.I.", "R.I.P.") and does not count.
///   `first_person_singular` also counts one for a post that opens with the "I" left out, a diary's voice
///   (`DroppedSubject`: "Loving Harbour Lights on the catch-up app", "Just seen ...", "Can't wait ..."). In a post
///   shared with a "via @source" credit at its end (`Relay`) all three, and `informal`, are 0: the words are
///   the source's.
/// - `weighted_length`: the length the platform counts, comments excluded; `limit`: the platform's limit.
/// - `informal` (candor's): marks of a person writing casually: emoji, emoticons (`:)`, `;-)`, `<3`, `:'(`),
///   laughter, interjections and chat spellings (lol, haha, omg, yay, ugh, wow, gonna, tbh), swearing (damn,
///   crap, wtf), a letter written three times or more in a row, in any case ("sooo", "hmmm", "NOOO"; not a
///   word of Roman numerals, "XXX", nor "www"), exclamation marks stacked two or more ("!!", each run once), a
///   post that starts in lower case, and, in a post without a link, capitals shouted: three or more words in
///   capitals in a row (`Shouting`, once).
/// - `attributions` (candor's): mentions that credit a source rather than address someone: after `RT`, `MT`,
///   `via`, `by`, `h/t`, `HT`, an opening parenthesis, or a dash, pipe or slash ("(@reporter)", "via @desk");
///   a mention that opens the post after a dot (".@minister says", the convention for talking about someone
///   to everyone); and a mention that is the source of reported speech: after says, said, writes, wrote,
///   reports, tells, told or asks ("writes @critic"), or, when it does not open the post, before one
///   ("@critic reports") or before a verb that presents the person's work ("@critic reviews", "Reporter @ann
///   talks through the fares", "@critic on why ...", and after a colon or a sentence's end "@critic on ...") or
///   before a role it names an organisation by ("@club owner Pat Kimura", "@union president Ines Varga");
///   a mention after a role that says who the person is
///   ("housing minister @minister", "energy reporter @reporter"; not after "Mr", "Mrs", "Ms", "Madam" or
///   "Dear", which address them: "Well played Mr. Chairman @name"); a mention after a closing quotation
///   mark and a colon, the quote's speaker (`"...": @historian`); and every mention, but a post's opening one,
///   in words relayed from someone else (see `Relay`: after "RT @source", or in a post that ends with a
///   "via @source" credit).
/// - `reported_speech` (candor's): reporting verbs outside mentions and hashtags (say, says, said, tells, told,
///   reports, reported, according, announces, announced, confirms, confirmed, claims, claimed, warns, warned,
///   urges, urged, insists, denies, admits, reveals, revealed): the post relays what others said. "say" after
///   to, a modal, a negation, do or did, I, you or we reports nobody ("hard to say", "I'd say") and is left out.
///   And quotations of six words or more (`quotationWords`), in straight or curly double quotes: someone's
///   words relayed, with or without a verb (`Okafor: "This deal was signed in secret by the council's staff"`);
///   and a wire credit, a dash and a mention that close the post ("... names Dana Ortiz as head coach -
///   @AP", `endsWithWireCredit`).
/// - `asks` (candor's): requests to the reader outside mentions and hashtags: please, pls, plz, kindly.
/// - `opening_question` (candor's): 1 when the post opens with a question asked with a question word or an
///   auxiliary verb (how, what, who, why, which, where, when, whose, will, would, can, could, should, shall,
///   is, are, was, were, do, does, did, has, have, had) and ended by `?` (one or more), after at most an
///   "RT @name:" and a label of up to 40 characters and a colon ("Library roof leaks again: Do old buildings
///   need more funding?"); 0 otherwise. It is how a headline asks: `Teaser` reads it.
/// - `reply_copies` (candor's, from the run): for a reply of six words or more after the mentions it opens
///   with, how many different people the run has sent those same words to so far, its own addressee
///   included (1 for the first copy); 0 for any other post (see `ReplyCopies`).
/// - `self_references` (candor's): times the post names its own account (config `account.names`, or the
///   post's `account` metadata) outside mentions and hashtags.
public struct Metrics: Sendable {
    public static let names = [
        "words", "sentences", "syllables", "characters", "complex_words", "long_words", "links", "mentions",
        "hashtags", "cashtags", "questions", "exclamations", "emoji", "caps_words", "first_person_singular",
        "first_person_plural", "second_person", "prose_words", "weighted_length", "limit", "informal", "attributions", "self_references",
        "reported_speech", "asks", "opening_question", "reply_copies",
    ]
    /// Vale's names for the same variables, so Vale's readability rules load unchanged.
    static let aliases = ["polysyllabic_words": "complex_words"]

    /// Each name's position in `values`, aliases included.
    private static let slots: [String: Int] = Dictionary(uniqueKeysWithValues: names.enumerated().map { ($1, $0) })
        .merging(aliases.map { ($0, names.firstIndex(of: $1)!) }) { first, _ in first }

    /// The values in the order of `names`.
    public private(set) var values: [Double]
    /// Byte ranges of the sentences, for the `sentence` scope.
    let sentenceRanges: [Range<Int>]

    public subscript(name: String) -> Double {
        Self.slot(of: name).map { values[$0] } ?? 0
    }

    /// The position of a variable (or its alias) in `values`.
    static func slot(of name: String) -> Int? { slots[name] }

    public static func isKnown(_ name: String) -> Bool { slots[name] != nil }

    /// `words`: the words of `prose` (`WordScanner.words`). `scannedURLs`: the byte ranges of the URLs entity extraction found in `post.prose`, which spare the
    /// weighted length a second scan when the counted text is the same. `replyCopies`: what the run knows of
    /// the post's reply (`ReplyCopies.count(_:)`).
    init(
        post: Post, prose: [UInt8], entities: Entities, platform: Platform, accountNames: PhraseMatcher? = nil,
        words: [Range<Int>], scannedURLs: [Range<Int>]? = nil, replyCopies: Int = 0
    ) {
        var counts = Counts()
        var tagged = OrderedRanges(entities.all.filter { $0.kind != .url }.map(\.range))
        var named = OrderedRanges(entities.all.map(\.range))
        var sentences: [Range<Int>] = []
        var selfReferences = 0
        var quotations = 0
        prose.withUnsafeBufferPointer { buffer in
            accountNames?.forEachMatch(in: buffer, range: 0..<buffer.count, words: words) { match, _ in
                if !named.overlaps(match) { selfReferences += 1 }
            }
            var quoted = OrderedRanges(QuotedSpans.ranges(in: buffer))
            for word in words {
                counts.add(word: word, in: buffer, tagged: tagged.overlaps(word), quoted: quoted.overlaps(word))
            }
            sentences = Metrics.sentences(in: buffer)
            counts.addPunctuation(in: buffer)
            quotations = Metrics.quotations(in: buffer)
        }
        sentenceRanges = sentences
        let links = entities.count(of: .url)
        // A post shared with a "via @source" credit is the source's words: their "I", "we", "you" and casual
        // marks are not the writer's voice.
        let relay = Relay(prose: prose, mentions: entities.mentions, tagged: tagged.ranges)
        let voiced = relay.isCreditedShare ? 0 : 1
        let wireCredit = Metrics.endsWithWireCredit(prose, mentions: entities.mentions)
        let counted = Metrics.countedText(of: post)
        let countedURLs = scannedURLs.flatMap { SameBytes.equal(counted, post.prose) ? $0 : nil }
        // In the order of `names`, which the debug build checks.
        let variables: KeyValuePairs<String, Double> = [
            "words": Double(counts.words + links),
            "sentences": Double(counts.words > 0 ? max(sentences.count, 1) : sentences.count),
            "syllables": Double(counts.syllables),
            "characters": Double(counts.characters),
            "complex_words": Double(counts.complexWords),
            "long_words": Double(counts.longWords),
            "links": Double(links),
            "mentions": Double(entities.count(of: .mention)),
            "hashtags": Double(entities.count(of: .hashtag)),
            "cashtags": Double(entities.count(of: .cashtag)),
            "questions": Double(counts.questions),
            "exclamations": Double(counts.exclamations),
            "emoji": Double(counts.emoji),
            "caps_words": Double(counts.capsWords),
            "first_person_singular": Double(voiced * (counts.firstPersonSingular + (DroppedSubject.opens(prose) ? 1 : 0))),
            "first_person_plural": Double(voiced * counts.firstPersonPlural),
            "second_person": Double(voiced * counts.secondPerson),
            "prose_words": Double(counts.proseWords),
            "weighted_length": Double(EntityExtractor.weightedLength(of: counted, platform: platform, urls: countedURLs)),
            "limit": Double(platform.limit),
            "informal": Double(voiced * (counts.emoji + counts.interjections + counts.stretched + counts.stackedExclamations
                + Metrics.emoticons(in: prose) + (Metrics.startsInLowerCase(prose) ? 1 : 0)
                + (links == 0 && Shouting.shouts(in: prose) ? 1 : 0))),
            "attributions": Double(Metrics.attributions(entities: entities, prose: prose, relay: relay)),
            "self_references": Double(selfReferences),
            "reported_speech": Double(counts.reportingVerbs + quotations + (wireCredit ? 1 : 0)),
            "asks": Double(counts.asks),
            "opening_question": Metrics.opensWithQuestion(prose) ? 1 : 0,
            "reply_copies": Double(entities.isReply ? replyCopies : 0),
        ]
        assert(variables.map(\.key) == Metrics.names, "Metrics.init lists the variables out of order")
        values = variables.map(\.value)
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
            if WordScanner.containsWord(in: bytes, range: low..<high) { result.append(low..<high) }
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

    /// Words a quotation must hold to count as someone's words relayed rather than a title or a phrase held up
    /// for a look (Watching "The Last Lighthouse Keeper", a so-called "fix").
    static let quotationWords = 6

    /// Quoted passages of `quotationWords` words or more: between straight double quotes, paired in order, or
    /// between curly ones (“ ... ”). An unclosed quote counts nothing.
    static func quotations(in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var count = 0
        var open: Int?
        var curly = false
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            var length = 1
            var mark: (opens: Bool, closes: Bool, curly: Bool)?
            if byte == UInt8(ascii: "\"") {
                mark = (true, true, false)
            } else if byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80, bytes[index + 2] == 0x9C || bytes[index + 2] == 0x9D {
                length = 3
                mark = (bytes[index + 2] == 0x9C, bytes[index + 2] == 0x9D, true)
            }
            if let mark {
                if let start = open, mark.closes, mark.curly == curly {
                    var words = 0
                    WordScanner.forEachWord(in: bytes, range: start..<index) { _ in words += 1 }
                    if words >= quotationWords { count += 1 }
                    open = nil
                } else if mark.opens {
                    open = index + length
                    curly = mark.curly
                }
            }
            index += length
        }
        return count
    }

    /// The words that open a question a headline asks: question words and auxiliary verbs.
    private static let questionOpeners: Set<String> = [
        "how", "what", "who", "why", "which", "where", "when", "whose", "will", "would", "can", "could", "should",
        "shall", "is", "are", "was", "were", "do", "does", "did", "has", "have", "had",
    ]

    /// Whether the post opens with a question asked with a question word or an auxiliary verb (see
    /// `opening_question`): "Will drones do to parcels what email did to letters?", "Is it over??", not
    /// "Anyone else seen this?" or a question later in the post.
    static func opensWithQuestion(_ prose: [UInt8]) -> Bool {
        var index = 0
        func skipSpaces() { while index < prose.count, isSpace(prose[index]) { index += 1 } }
        func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }
        skipSpaces()
        // "RT @name:" or "MT @name:", the retweeted post's own opening follows.
        if index + 3 < prose.count, (prose[index] | 0x20) == 0x72 || (prose[index] | 0x20) == 0x6D, (prose[index + 1] | 0x20) == 0x74,
           isSpace(prose[index + 2]) {
            var next = index + 2
            while next < prose.count, isSpace(prose[next]) { next += 1 }
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
            if prose[scan] == UInt8(ascii: ":"), scan + 1 < prose.count, isSpace(prose[scan + 1]) {
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

    /// Text emoticons: `:)`, `:-)`, `:(`, `:D`, `:P`, `;)`, `=)`, `:'(`, `<3`. Each starts with ":", ";", "<"
    /// or "=", the bytes 0x3A to 0x3D: one comparison passes over every other byte.
    static func emoticons(in prose: [UInt8]) -> Int {
        prose.withUnsafeBufferPointer { prose in
            var count = 0
            var index = 0
            while index + 1 < prose.count {
                let byte = prose[index]
                guard byte &- UInt8(ascii: ":") <= 3 else {
                    index += 1
                    continue
                }
                if byte == UInt8(ascii: "<"), prose[index + 1] == UInt8(ascii: "3") {
                    count += 1
                    index += 2
                    continue
                }
                if byte != UInt8(ascii: "<") {
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
    }

    /// Whether the post ends by crediting the outlet it took the news from, a dash and a mention with nothing
    /// after them ("Riverside FC names Dana Ortiz as head coach - @AP"): a wire item relayed. The
    /// mention must close the post; a blanked link after it is nothing.
    static func endsWithWireCredit(_ prose: [UInt8], mentions: [Entity]) -> Bool {
        guard let credit = mentions.last, !prose[credit.range.upperBound...].contains(where: { !isSpace($0) }) else { return false }
        var end = credit.range.lowerBound
        while end > 0, isSpace(prose[end - 1]) { end -= 1 }
        guard end > 0, end < credit.range.lowerBound else { return false }
        // "-", or the en and em dashes (UTF-8 E2 80 93 / E2 80 94), with a space before.
        if prose[end - 1] == UInt8(ascii: "-") { return end >= 2 && isSpace(prose[end - 2]) }
        return end >= 4 && prose[end - 3] == 0xE2 && prose[end - 2] == 0x80 && (prose[end - 1] == 0x93 || prose[end - 1] == 0x94)
            && isSpace(prose[end - 4])
    }

    static func startsInLowerCase(_ prose: [UInt8]) -> Bool {
        guard let first = prose.first(where: { !isSpace($0) }) else { return false }
        return first >= UInt8(ascii: "a") && first <= UInt8(ascii: "z")
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
    static func attributions(entities: Entities, prose: [UInt8], relay: Relay) -> Int {
        let mentions = entities.mentions
        let opening = prose.firstIndex { !isSpace($0) } ?? prose.count
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
        while end > 0, isSpace(prose[end - 1]) { end -= 1 }
        guard end > 0 else { return false }
        let last = prose[end - 1]
        // ".@name" at the start: the dot is there so that everyone sees a post about someone.
        if last == UInt8(ascii: "."), !prose[..<(end - 1)].contains(where: { !isSpace($0) }) { return true }
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
            while quote > 0, isSpace(prose[quote - 1]) { quote -= 1 }
            if quote > 0, prose[quote - 1] == UInt8(ascii: "\"") || prose[quote - 1] == UInt8(ascii: "'") { return true }
            if quote >= 3, prose[quote - 3] == 0xE2, prose[quote - 2] == 0x80, prose[quote - 1] == 0x9D || prose[quote - 1] == 0x99 {
                return true
            }
        }
        // "(", "-", "|", "/", and the en and em dashes (UTF-8 E2 80 93 / E2 80 94).
        if [UInt8(ascii: "("), UInt8(ascii: "-"), UInt8(ascii: "|"), UInt8(ascii: "/")].contains(last) { return true }
        if end >= 3, prose[end - 3] == 0xE2, prose[end - 2] == 0x80, last == 0x93 || last == 0x94 { return true }
        var start = end
        while start > 0, !isSpace(prose[start - 1]), prose[start - 1] != UInt8(ascii: "(") { start -= 1 }
        let word = String(decoding: prose[start..<end], as: UTF8.self).lowercased()
        if creditBefore.contains(word) { return true }
        guard roleBefore.contains(word) else { return false }
        // The word before the role, without a trailing dot: "Mr." is "mr".
        var titleEnd = start
        while titleEnd > 0, isSpace(prose[titleEnd - 1]) { titleEnd -= 1 }
        var titleStart = titleEnd
        while titleStart > 0, !isSpace(prose[titleStart - 1]) { titleStart -= 1 }
        var title = String(decoding: prose[titleStart..<titleEnd], as: UTF8.self).lowercased()
        if title.hasSuffix(".") { title.removeLast() }
        return !addressingTitles.contains(title)
    }

    /// The lower-case word after `index` (spaces skipped, at least one required; with `possessive`, an "'s" at
    /// `index` skipped first: "@critic's"), if it is a word of ASCII letters, and where it ends.
    private static func word(after index: Int, in prose: [UInt8], possessive: Bool = false) -> (String, Int)? {
        var index = index
        if possessive, index + 1 < prose.count, prose[index] == UInt8(ascii: "'"), prose[index + 1] == UInt8(ascii: "s") { index += 2 }
        guard index < prose.count, isSpace(prose[index]) else { return nil }
        while index < prose.count, isSpace(prose[index]) { index += 1 }
        var stop = index
        while stop < prose.count, stop - index <= 12, (prose[stop] | 0x20) >= 0x61, (prose[stop] | 0x20) <= 0x7A { stop += 1 }
        guard stop > index else { return nil }
        return (String(decoding: prose[index..<stop], as: UTF8.self).lowercased(), stop)
    }

    static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D }
}

/// Running totals while the words of a post are scanned once.
private struct Counts {
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
            if !tagged, Counts.isStretched(word) { stretched += 1 }
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
            laughs = Counts.laughs(word)
            if laughs { interjections += 1 }
            guard Counts.peopleShapes.mayHold(asciiWord: word) else { return }
            lower = Counts.lowercased(word)
        } else {
            lower = Counts.lowercased(word)
            hasUpper = String(decoding: word, as: UTF8.self) != lower
            laughs = lower.hasPrefix("haha")
            if laughs { interjections += 1 }
            guard Counts.peopleShapes.mayHold(lower) else { return }
        }
        guard let person = Counts.people[lower] else { return }
        if person.contains(.singular), !quoted, !Counts.isAbbreviationLetter(range, in: bytes) { firstPersonSingular += 1 }
        if person.contains(.interjection), !laughs { interjections += 1 }
        if person.contains(.reporting),
           !(lower == "say" && Counts.notReportingSay.contains(previous.map { Counts.lowercased(bytes[$0]) } ?? "")) {
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

extension Metrics {
    /// Entity ranges (in text order, not overlapping) asked about ranges that come in text order too: each
    /// question moves a cursor on, so a post of 20,000 mentions is not 20,000 scans of 20,000 entities.
    private struct OrderedRanges {
        let ranges: [Range<Int>]
        private var next = 0

        init(_ ranges: [Range<Int>]) { self.ranges = ranges }

        /// Whether `range` overlaps one of the ranges; no earlier range may be asked about after it.
        mutating func overlaps(_ range: Range<Int>) -> Bool {
            while next < ranges.count, ranges[next].upperBound <= range.lowerBound { next += 1 }
            return next < ranges.count && ranges[next].overlaps(range)
        }
    }
}
