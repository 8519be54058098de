import CandorBytes

/// A social platform: its post length limit and how it counts toward it (docs/configuration.md, "Platforms").
public enum Platform: String, Sendable, CaseIterable, Codable {
    case x, mastodon, bluesky, threads, linkedin

    /// What candor knows of the platform (`PlatformProfile`): its one place. A new platform is a case above and
    /// its profile here.
    public var profile: PlatformProfile {
        switch self {
        case .x: Self.xProfile
        case .mastodon: Self.mastodonProfile
        case .bluesky: Self.blueskyProfile
        case .threads: Self.threadsProfile
        case .linkedin: Self.linkedinProfile
        }
    }

    private static let xProfile = PlatformProfile(
        displayName: "X", aliases: ["twitter"], limit: 280, length: .twitterText,
        mentions: .twitterText(domainHandles: false), urlsNeedScheme: false, cashtags: true)
    private static let mastodonProfile = PlatformProfile(
        displayName: "Mastodon", aliases: [], limit: 500, length: .mastodon(urlLength: 23),
        mentions: .mastodon, urlsNeedScheme: true, cashtags: false)
    private static let blueskyProfile = PlatformProfile(
        displayName: "Bluesky", aliases: [], limit: 300, length: .graphemes,
        mentions: .twitterText(domainHandles: true), urlsNeedScheme: false, cashtags: true)
    private static let threadsProfile = PlatformProfile(
        displayName: "Threads", aliases: [], limit: 500, length: .scalars,
        mentions: .twitterText(domainHandles: false), urlsNeedScheme: false, cashtags: true)
    private static let linkedinProfile = PlatformProfile(
        displayName: "LinkedIn", aliases: [], limit: 3000, length: .scalars,
        mentions: .twitterText(domainHandles: false), urlsNeedScheme: false, cashtags: true)

    /// The longest post the platform accepts, in its own unit of length.
    public var limit: Int { profile.limit }

    /// The name people know it by, for messages: "X", "Mastodon", "LinkedIn".
    public var displayName: String { profile.displayName }

    /// The platform a name means, in any case and with surrounding spaces ignored: a raw value, or an alias
    /// (`twitter` for `x`). Nil for any other name, which the caller reports rather than quietly reading as `x`.
    public init?(named name: String) {
        let folded = name.trimmingSpaces().lowercased()
        if let platform = Platform(rawValue: folded) ?? Platform.allCases.first(where: { $0.profile.aliases.contains(folded) }) {
            self = platform
        } else {
            return nil
        }
    }

    /// The names a user may write, for help and messages, from the cases and their aliases:
    /// "x (or twitter), mastodon, bluesky, threads, linkedin".
    public static let knownNames = allCases.map { platform in
        let aliases = platform.profile.aliases
        return aliases.isEmpty ? platform.rawValue : "\(platform.rawValue) (or \(aliases.joined(separator: ", ")))"
    }.joined(separator: ", ")

    /// The platforms' own names, without aliases: "x, mastodon, bluesky, threads, linkedin".
    public static let caseNames = allCases.map(\.rawValue).joined(separator: ", ")
}
