/// Everything candor knows of one platform, in one place: the names people call it, its limit, how it counts
/// a post's length, how it writes mentions (and so what makes a post a reply), whether a URL needs its
/// scheme, and whether it has cashtags. `EntityExtractor`, `Metrics` and the messages read a platform only
/// through its profile, so a new platform is a case of `Platform` and its profile (`Platform.profile`).
///
/// Every platform follows twitter-text, the rules X's own clients use and its conformance suite checks, except
/// where its profile says otherwise. Hashtags follow twitter-text everywhere.
///
/// A final class, made once per platform: every post reads its platform's profile a few times, and handing on
/// a reference costs one retain where copying the fields cost an outlined copy of each.
public final class PlatformProfile: Sendable {
    /// How a platform counts a post's length toward its limit.
    public enum Length: Sendable, Equatable {
        /// twitter-text's weighted length with its v3 configuration (NFC; most scripts 1 per code point, CJK
        /// and emoji 2, each URL 23).
        case twitterText
        /// Mastodon's `StatusLengthValidator`: grapheme clusters, each URL counted as `urlLength` characters
        /// and each mention as its `@user` part.
        case mastodon(urlLength: Int)
        /// Grapheme clusters: what a reader sees as one character.
        case graphemes
        /// Unicode scalars, the characters candor reports columns in.
        case scalars
    }

    /// How a platform writes mentions.
    public enum Mentions: Sendable, Equatable {
        /// twitter-text's `@user` and `@user/list`; with `domainHandles`, also a whole handle such as
        /// `@name.example.social` (value `name.example.social`). A reply opens with one (twitter-text's
        /// `extractReplyScreenname`).
        case twitterText(domainHandles: Bool)
        /// Mastodon's own, `@user` and `@user@host` (value `user@host`). A reply opens with one, after
        /// spaces and directional marks.
        case mastodon
    }

    /// The name people know it by, for messages: "X", "Mastodon", "LinkedIn".
    public let displayName: String
    /// Other names a user may write for it, in lower case: `twitter` for `x`.
    public let aliases: [String]
    /// The longest post the platform accepts, in its own unit of length.
    public let limit: Int
    public let length: Length
    public let mentions: Mentions
    /// Whether a URL must start with `http://` or `https://` to be one (`example.com` alone is text).
    public let urlsNeedScheme: Bool
    /// Whether `$TICKER` is a cashtag.
    public let cashtags: Bool

    init(
        displayName: String, aliases: [String], limit: Int, length: Length, mentions: Mentions, urlsNeedScheme: Bool,
        cashtags: Bool
    ) {
        self.displayName = displayName
        self.aliases = aliases
        self.limit = limit
        self.length = length
        self.mentions = mentions
        self.urlsNeedScheme = urlsNeedScheme
        self.cashtags = cashtags
    }
}
