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
}
