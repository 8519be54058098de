/// Extracts a post's mentions, hashtags, cashtags and URLs, and measures it, the way its platform does: as its
/// `PlatformProfile` says (twitter-text, except where the profile differs).
public enum EntityExtractor {
    /// The entities of `text` in text order. Ranges are UTF-8 byte offsets into `text.utf8`, sigil included;
    /// values have no sigil, and a list mention's value keeps its slug (`user/list`).
    public static func extract(from text: String, platform: Platform) -> Entities {
        extractWithURLs(from: text, platform: platform).entities
    }

    /// The entities, and the byte ranges of every URL the scanner found before overlaps with other entities
    /// were settled: what `weightedLength(of:platform:urls:)` needs to weigh the same text without scanning
    /// it again.
    package static func extractWithURLs(from text: String, platform: Platform) -> (entities: Entities, urls: [Range<Int>]) {
        let profile = platform.profile
        let scalars = ScalarText(text)
        let urls = UrlScanner.urls(in: scalars, requiringScheme: profile.urlsNeedScheme)
        var found = urls
        found += HashtagScanner.hashtags(in: scalars)
        switch profile.mentions {
        case .mastodon: found += MastodonMentionScanner.mentions(in: scalars)
        case .twitterText(let domainHandles): found += MentionScanner.mentions(in: scalars, allowingDomainHandles: domainHandles)
        }
        if profile.cashtags { found += CashtagScanner.cashtags(in: scalars) }
        let entities = withoutOverlaps(found)
        let isReply: Bool
        switch profile.mentions {
        case .mastodon: isReply = startsWithMention(scalars, entities)
        case .twitterText: isReply = MentionScanner.isReply(scalars)
        }
        return (Entities(all: entities.map(scalars.entity), isReply: isReply), urls.map { scalars.entity($0).range })
    }

    /// The length the platform counts toward `platform.limit`, as its profile's `length` says.
    public static func weightedLength(of text: String, platform: Platform) -> Int {
        weightedLength(of: text, platform: platform, urls: nil)
    }

    /// The same, given the URLs `extractWithURLs` found in this very text (nil: scan for them).
    package static func weightedLength(of text: String, platform: Platform, urls: [Range<Int>]?) -> Int {
        switch platform.profile.length {
        case .twitterText where urls != nil: TwitterTextConfiguration.v3.weightedLength(of: text, urls: urls!)
        case .twitterText: TwitterTextConfiguration.v3.weightedLength(of: text)
        case .mastodon(let urlLength): mastodonLength(of: text, platform: platform, urlLength: urlLength)
        case .graphemes: text.count
        case .scalars: text.unicodeScalars.count
        }
    }

    /// twitter-text keeps the earliest of two overlapping entities, which is a URL over the `#fragment` or
    /// `@user` inside it.
    private static func withoutOverlaps(_ entities: [ScannedEntity]) -> [ScannedEntity] {
        var kept: [ScannedEntity] = []
        for entity in entities.sorted(by: { $0.scalarRange.lowerBound < $1.scalarRange.lowerBound }) {
            if let last = kept.last, last.scalarRange.upperBound > entity.scalarRange.lowerBound { continue }
            kept.append(entity)
        }
        return kept
    }

    /// Whether a mention opens the text, after spaces and directional marks.
    private static func startsWithMention(_ text: ScalarText, _ entities: [ScannedEntity]) -> Bool {
        let start = text.scalars.firstIndex { !($0.isTwitterTextSpace || $0.isDirectionalMark) } ?? text.count
        return entities.contains { $0.kind == .mention && $0.scalarRange.lowerBound == start }
    }

    /// Mastodon's `StatusLengthValidator`: grapheme clusters of the text, the entities found as `platform`
    /// finds them, with every URL replaced by `urlLength` characters and every `@user@host` by `@user`.
    private static func mastodonLength(of text: String, platform: Platform, urlLength: Int) -> Int {
        let bytes = Array(text.utf8)
        var countable = ""
        var cursor = 0
        for entity in extract(from: text, platform: platform).all {
            let replacement: String
            switch entity.kind {
            case .url: replacement = String(repeating: "x", count: urlLength)
            case .mention: replacement = "@" + entity.value.prefix { $0 != "@" }
            case .hashtag, .cashtag: continue
            }
            countable += String(decoding: bytes[cursor..<entity.range.lowerBound], as: UTF8.self) + replacement
            cursor = entity.range.upperBound
        }
        countable += String(decoding: bytes[cursor...], as: UTF8.self)
        return countable.count
    }
}
