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
