import CandorEntities

/// The part of a post that passes on someone else's words, so that the mentions in it are theirs (their
/// tags, their replies), not people the writer addresses:
/// - the text after `RT @name` or `MT @name`: a retweet, or a modified one, of what `@name` wrote;
/// - the whole post when it ends by crediting its source: a `via @name` followed by nothing but more
///   mentions, hashtags, links and punctuation ("Calm evening on the lake @tourism / via @reader",
///   "Will bus fares go up again? (via @reporter) https://… #transport"). A post shared that way is the
///   source's words, and the mentions in it are the source's tags.
///
/// `Metrics` counts the mentions in a relay as `attributions`; and, in a post shared with a "via @source"
/// credit, whose words are all the source's, no "I", "we", "you" or casual mark as the writer's voice.
struct Relay {
    /// Byte ranges of the prose that someone else wrote.
    private(set) var ranges: [Range<Int>] = []
    /// Whether the whole post is the source's words, shared with a "via @source" credit at its end.
    private(set) var isCreditedShare = false

    /// `prose` is the post's prose with URLs blanked; `mentions`, `tagged` its mentions and the ranges of
    /// every mention, hashtag and cashtag, in text order.
    init(prose: [UInt8], mentions: [Entity], tagged: [Range<Int>]) {
        guard !mentions.isEmpty else { return }
        if let retweeted = mentions.first(where: { Relay.word(before: $0, in: prose).map(Relay.retweetMarks.contains) ?? false }) {
            ranges.append(retweeted.range.upperBound..<prose.count)
        }
        if let credit = mentions.last(where: { Relay.word(before: $0, in: prose) == "via" }),
           Relay.onlyCreditsFollow(credit, in: prose, tagged: tagged) {
            ranges = [0..<prose.count]
            isCreditedShare = true
        }
    }

    /// Whether the mention sits in words relayed from someone else.
    func contains(_ mention: Entity) -> Bool {
        ranges.contains { $0.contains(mention.range.lowerBound) }
    }

    private static let retweetMarks: Set<String> = ["rt", "mt"]

    /// The lower-case word of ASCII letters right before a mention (spaces and one colon skipped), when it
    /// stands alone: "via" in "/via @desk" and "(via: @desk", not "trivia @desk".
    static func word(before mention: Entity, in prose: [UInt8]) -> String? {
        var end = mention.range.lowerBound
        while end > 0, Metrics.isSpace(prose[end - 1]) { end -= 1 }
        if end > 0, prose[end - 1] == UInt8(ascii: ":") { end -= 1 }
        var start = end
        while start > 0, end - start < 4, isLetter(prose[start - 1]) { start -= 1 }
        guard start < end, start == 0 || !isLetter(prose[start - 1]) && !isDigit(prose[start - 1]) else { return nil }
        return String(decoding: prose[start..<end].map { $0 | 0x20 }, as: UTF8.self)
    }

    /// Whether nothing but mentions, hashtags, cashtags, blanked links, spaces and punctuation follows the
    /// credit: no word of the writer's own comes after it.
    private static func onlyCreditsFollow(_ credit: Entity, in prose: [UInt8], tagged: [Range<Int>]) -> Bool {
        var entities = tagged.drop { $0.upperBound <= credit.range.upperBound }.makeIterator()
        var next = entities.next()
        var index = credit.range.upperBound
        return prose.withUnsafeBufferPointer { bytes in
            while index < bytes.count {
                if let entity = next, index >= entity.lowerBound {
                    index = max(index, entity.upperBound)
                    next = entities.next()
                    continue
                }
                let (isWord, length) = WordScanner.wordCharacter(at: index, in: bytes)
                if isWord { return false }
                index += length
            }
            return true
        }
    }

    private static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }
    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
}
