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
