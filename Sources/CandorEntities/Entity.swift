/// A mention, hashtag, cashtag or URL found in a post, as the platform's own extractor would find it.
public struct Entity: Sendable, Equatable, Hashable {
    public enum Kind: String, Sendable, CaseIterable {
        case mention, hashtag, cashtag, url
    }

    public let kind: Kind
    /// Byte range in the text it was extracted from, sigil (`@`, `#`, `$`) included.
    public let range: Range<Int>
    /// The entity without its sigil: `maria` for `@maria`, `swift` for `#swift`; a URL as written. A list
    /// mention keeps its slug (`maria/friends`), a Mastodon mention its host (`maria@mastodon.social`) and a
    /// Bluesky handle its domain (`maria.bsky.social`).
    public let value: String

    public init(kind: Kind, range: Range<Int>, value: String) {
        self.kind = kind
        self.range = range
        self.value = value
    }
}

/// Everything extracted from one post, in text order.
public struct Entities: Sendable, Equatable {
    public let all: [Entity]
    /// The post is a reply: it begins with a mention, after any spaces (twitter-text's `extractReplyScreenname`;
    /// on Mastodon, with one of Mastodon's mentions).
    public let isReply: Bool

    public init(all: [Entity], isReply: Bool) {
        self.all = all
        self.isReply = isReply
    }

    public var mentions: [Entity] { all.filter { $0.kind == .mention } }
    public var hashtags: [Entity] { all.filter { $0.kind == .hashtag } }
    public var cashtags: [Entity] { all.filter { $0.kind == .cashtag } }
    public var urls: [Entity] { all.filter { $0.kind == .url } }

    /// How many entities are of `kind`, without gathering them into an array.
    public func count(of kind: Entity.Kind) -> Int { all.reduce(0) { $1.kind == kind ? $0 + 1 : $0 } }
}
