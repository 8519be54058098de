import CandorBytes
import CandorEntities

/// The variables of a post that `metric` rules and the scorer read (Rules/WRITING.md, "Post variables" and "Feed variables"), by `Metric`, each with
/// an exact definition (the "Writing rules" guide repeats them). This type gathers them; how a voice is read
/// lives in `Voice/` (`WordCounts`, `Attribution`, `Quotations`, `OpeningQuestion`, `CasualMarks`,
/// `DroppedSubject`, `Relay`, `QuotedSpans`, `Shouting`).
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
///   And quotations of six words or more (`Quotations`), in straight or curly double quotes: someone's
///   words relayed, with or without a verb (`Okafor: "This deal was signed in secret by the council's staff"`);
///   and a wire credit, a dash and a mention that close the post ("... names Dana Ortiz as head coach -
///   @AP", `Attribution.endsWithWireCredit`).
/// - `asks` (candor's): requests to the reader outside mentions and hashtags: please, pls, plz, kindly.
/// - `opening_question` (candor's): 1 when the post opens with a question asked with a question word or an
///   auxiliary verb (how, what, who, why, which, where, when, whose, will, would, can, could, should, shall,
///   is, are, was, were, do, does, did, has, have, had) and ended by `?` (one or more), after at most an
///   "RT @name:" and a label of up to 40 characters and a colon ("Library roof leaks again: Do old buildings
///   need more funding?"); 0 otherwise. It is how a headline asks: `Teaser` reads it.
/// - `reply_copies` (candor's, from the run): for a reply of six words or more after the mentions it opens
///   with, how many different people the run has sent those same words to so far, its own addressee
///   included (1 for the first copy); 0 for any other post (see `ReplyCopies`).
/// - `vocatives` (candor's): 1 when the post calls someone by name without an @, where a name addresses
///   them: after words that address ("Thanks, Priya.", "Congrats Sam on ..."), a name and a comma that open
///   the post ("Odile, another lovely write-up"), or a name after a comma that ends a sentence ("Loved the
///   walk-through, Kemal!"); not a crowd, a sentence opener or a day ("Thanks everyone", "Today, we ...").
///   `NoMention` counts it as someone addressed (`VoiceReading`).
/// - `self_references` (candor's): times the post names its own account (config `account.names`, or the
///   post's `account` metadata) outside mentions and hashtags.
public struct Metrics: Sendable {
    /// Every metric's name, in the order of `values`.
    public static let names = Metric.allCases.map(\.name)

    /// The values, by `Metric.rawValue`.
    public private(set) var values: [Double]
    /// Byte ranges of the sentences, for the `sentence` scope.
    let sentenceRanges: [Range<Int>]

    public subscript(metric: Metric) -> Double { values[metric.rawValue] }

    /// A metric by its name (or a Vale alias); 0 for a name that is none.
    public subscript(name: String) -> Double {
        Metric(name: name).map { values[$0.rawValue] } ?? 0
    }

    /// The position of a variable (or its alias) in `values`, for a formula compiled to read it by position.
    static func slot(of name: String) -> Int? { Metric(name: name)?.rawValue }

    public static func isKnown(_ name: String) -> Bool { Metric(name: name) != nil }

    /// `words`: the words of `prose` (`WordScanner.words`). `scannedURLs`: the byte ranges of the URLs entity extraction found in `post.prose`, which spare the
    /// weighted length a second scan when the counted text is the same. `replyCopies`: what the run knows of
    /// the post's reply (`ReplyCopies.count(_:)`).
    init(
        post: Post, prose: [UInt8], entities: Entities, platform: Platform, accountNames: PhraseMatcher? = nil,
        vocatives: Int = 0, words: [Range<Int>], scannedURLs: [Range<Int>]? = nil, replyCopies: Int = 0
    ) {
        var counts = WordCounts()
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
            quotations = Quotations.count(in: buffer)
        }
        sentenceRanges = sentences
        let links = entities.count(of: .url)
        // A post shared with a "via @source" credit is the source's words: their "I", "we", "you" and casual
        // marks are not the writer's voice.
        let relay = Relay(prose: prose, mentions: entities.mentions, tagged: tagged.ranges)
        let voiced = relay.isCreditedShare ? 0 : 1
        let wireCredit = Attribution.endsWithWireCredit(prose, mentions: entities.mentions)
        let counted = Metrics.countedText(of: post)
        let countedURLs = scannedURLs.flatMap { SameBytes.equal(counted, post.prose) ? $0 : nil }
        var values = [Double](repeating: 0, count: Metric.count)
        func set(_ metric: Metric, _ value: Int) { values[metric.rawValue] = Double(value) }
        set(.words, counts.words + links)
        set(.sentences, counts.words > 0 ? max(sentences.count, 1) : sentences.count)
        set(.syllables, counts.syllables)
        set(.characters, counts.characters)
        set(.complexWords, counts.complexWords)
        set(.longWords, counts.longWords)
        set(.links, links)
        set(.mentions, entities.count(of: .mention))
        set(.hashtags, entities.count(of: .hashtag))
        set(.cashtags, entities.count(of: .cashtag))
        set(.questions, counts.questions)
        set(.exclamations, counts.exclamations)
        set(.emoji, counts.emoji)
        set(.capsWords, counts.capsWords)
        set(.firstPersonSingular, voiced * (counts.firstPersonSingular + (DroppedSubject.opens(prose) ? 1 : 0)))
        set(.firstPersonPlural, voiced * counts.firstPersonPlural)
        set(.secondPerson, voiced * counts.secondPerson)
        set(.proseWords, counts.proseWords)
        set(.weightedLength, EntityExtractor.weightedLength(of: counted, platform: platform, urls: countedURLs))
        set(.limit, platform.limit)
        set(.informal, voiced * (counts.emoji + counts.interjections + counts.stretched + counts.stackedExclamations
            + CasualMarks.emoticons(in: prose) + (CasualMarks.startsInLowerCase(prose) ? 1 : 0)
            + (links == 0 && Shouting.shouts(in: prose) ? 1 : 0)))
        set(.attributions, Attribution.count(entities: entities, prose: prose, relay: relay))
        set(.selfReferences, selfReferences)
        set(.reportedSpeech, counts.reportingVerbs + quotations + (wireCredit ? 1 : 0))
        set(.asks, counts.asks)
        set(.openingQuestion, OpeningQuestion.opens(prose) ? 1 : 0)
        set(.replyCopies, entities.isReply ? replyCopies : 0)
        set(.vocatives, vocatives)
        self.values = values
    }

    /// The text that counts toward the platform's limit: the post (up to byte `end`, when given) without its
    /// comments.
    static func countedText(of post: Post, upTo end: Int? = nil) -> String {
        let end = min(end ?? post.text.count, post.text.count)
        let comments = post.blocks.filter { $0.kind == .comment }.map(\.range).sorted { $0.lowerBound < $1.lowerBound }
        guard !comments.isEmpty else {
            return end == post.text.count ? post.string : String(decoding: post.text[..<end], as: UTF8.self)
        }
        var bytes: [UInt8] = []
        var last = 0
        for comment in comments where comment.lowerBound < end {
            bytes += post.text[last..<comment.lowerBound]
            last = min(comment.upperBound, end)
        }
        if last < end { bytes += post.text[last..<end] }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Sentences: trimmed runs ended by `.`, `!`, `?` (with any closing quotes or brackets) before a space, or
    /// by a line break; a run with no word character is not a sentence. `range` limits the reading to part of
    /// `bytes`; with `lineBreakEnds` false a line break is a space, as Vale's sentence tokenizer reads it inside a
    /// paragraph (`ValeMetrics`).
    static func sentences(
        in bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>? = nil, lineBreakEnds: Bool = true
    ) -> [Range<Int>] {
        let limit = range?.upperBound ?? bytes.count
        var result: [Range<Int>] = []
        var start = range?.lowerBound ?? 0
        var index = start
        func close(at end: Int) {
            var low = start, high = end
            while low < high, isSpace(bytes[low]) { low += 1 }
            while high > low, isSpace(bytes[high - 1]) { high -= 1 }
            if WordScanner.containsWord(in: bytes, range: low..<high) { result.append(low..<high) }
            start = end
        }
        while index < limit {
            let byte = bytes[index]
            if byte == 0x0A, lineBreakEnds {
                close(at: index)
                index += 1
                continue
            }
            if byte == UInt8(ascii: ".") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?") {
                var end = index + 1
                while end < limit, [UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: "\""),
                                    UInt8(ascii: "'"), UInt8(ascii: ")")].contains(bytes[end]) { end += 1 }
                if end == limit || isSpace(bytes[end]) {
                    close(at: end)
                    index = end
                    continue
                }
                index = end
                continue
            }
            index += 1
        }
        close(at: limit)
        return result
    }

    static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D }
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
