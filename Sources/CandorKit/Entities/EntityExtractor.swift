/// Extracts a post's mentions, hashtags, cashtags and URLs, and measures it, the way its platform does.
///
/// Every platform follows twitter-text, the rules X's own clients use and its conformance suite checks,
/// except where the platform itself differs:
/// - `mastodon`: mentions are Mastodon's own, `@user` and `@user@host` (value `user@host`); a URL needs its
///   `http://` or `https://`; there are no cashtags.
/// - `bluesky`: a mention may be a whole handle, `@name.example.social` (value `name.example.social`).
/// Hashtags follow twitter-text everywhere.
public enum EntityExtractor {
    /// Mastodon counts a URL as this many characters, whatever its length.
    private static let mastodonURLLength = 23

    /// The entities of `text` in text order. Ranges are UTF-8 byte offsets into `text.utf8`, sigil included;
    /// values have no sigil, and a list mention's value keeps its slug (`user/list`).
    public static func extract(from text: String, platform: Platform) -> Entities {
        extractWithURLs(from: text, platform: platform).entities
    }

    /// The entities, and the byte ranges of every URL the scanner found before overlaps with other entities
    /// were settled: what `weightedLength(of:platform:urls:)` needs to weigh the same text without scanning
    /// it again.
    static func extractWithURLs(from text: String, platform: Platform) -> (entities: Entities, urls: [Range<Int>]) {
        let scalars = ScalarText(text)
        let urls = UrlScanner.urls(in: scalars, requiringScheme: platform == .mastodon)
        var found = urls
        found += HashtagScanner.hashtags(in: scalars)
        switch platform {
        case .mastodon:
            found += MastodonMentionScanner.mentions(in: scalars)
        case .x, .bluesky, .threads, .linkedin:
            found += MentionScanner.mentions(in: scalars, allowingDomainHandles: platform == .bluesky)
            found += CashtagScanner.cashtags(in: scalars)
        }
        let entities = withoutOverlaps(found)
        let isReply =
            platform == .mastodon ? startsWithMention(scalars, entities) : MentionScanner.isReply(scalars)
        return (Entities(all: entities.map(scalars.entity), isReply: isReply), urls.map { scalars.entity($0).range })
    }

    /// The length the platform counts toward `platform.limit`:
    /// - `x`: twitter-text's weighted length with its v3 configuration (NFC; most scripts 1 per code point,
    ///   CJK and emoji 2, each URL 23);
    /// - `mastodon`: grapheme clusters, each URL counted as 23 and each mention as its `@user` part;
    /// - `bluesky`: grapheme clusters;
    /// - `threads`, `linkedin`: Unicode scalars, the characters candor reports columns in.
    public static func weightedLength(of text: String, platform: Platform) -> Int {
        weightedLength(of: text, platform: platform, urls: nil)
    }

    /// The same, given the URLs `extractWithURLs` found in this very text (nil: scan for them).
    static func weightedLength(of text: String, platform: Platform, urls: [Range<Int>]?) -> Int {
        switch platform {
        case .x where urls != nil: TwitterTextConfiguration.v3.weightedLength(of: text, urls: urls!)
        case .x: TwitterTextConfiguration.v3.weightedLength(of: text)
        case .mastodon: mastodonLength(of: text)
        case .bluesky: text.count
        case .threads, .linkedin: text.unicodeScalars.count
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

    /// Mastodon's `StatusLengthValidator`: grapheme clusters of the text with every URL replaced by 23
    /// characters and every `@user@host` by `@user`.
    private static func mastodonLength(of text: String) -> Int {
        let bytes = Array(text.utf8)
        var countable = ""
        var cursor = 0
        for entity in extract(from: text, platform: .mastodon).all {
            let replacement: String
            switch entity.kind {
            case .url: replacement = String(repeating: "x", count: mastodonURLLength)
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
