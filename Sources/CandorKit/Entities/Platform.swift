/// A social platform: its post length limit and how it counts toward it (docs/configuration.md, "Platforms").
public enum Platform: String, Sendable, CaseIterable, Codable {
    case x, mastodon, bluesky, threads, linkedin

    /// The longest post the platform accepts, in its own unit of length.
    public var limit: Int {
        switch self {
        case .x: 280
        case .mastodon: 500
        case .bluesky: 300
        case .threads: 500
        case .linkedin: 3000
        }
    }

    /// The name people know it by, for messages: "X", "Mastodon", "LinkedIn".
    public var displayName: String {
        switch self {
        case .x: "X"
        case .mastodon: "Mastodon"
        case .bluesky: "Bluesky"
        case .threads: "Threads"
        case .linkedin: "LinkedIn"
        }
    }

    /// The platform a name means, in any case and with surrounding spaces ignored: a raw value, or `twitter`
    /// for `x`. Nil for any other name, which the caller reports rather than quietly reading as `x`.
    public init?(named name: String) {
        let folded = name.trimmingSpaces().lowercased()
        if folded == "twitter" {
            self = .x
        } else if let platform = Platform(rawValue: folded) {
            self = platform
        } else {
            return nil
        }
    }

    /// The names a user may write, for messages: "x (or twitter), mastodon, bluesky, threads, linkedin".
    public static let knownNames = "x (or twitter), mastodon, bluesky, threads, linkedin"
}
