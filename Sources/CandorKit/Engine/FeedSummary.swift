/// The variables of a whole run of posts, for `feed` rules (Rules/WRITING.md, "Post variables" and "Feed variables"):
/// `posts`; `broadcast_share` (share of posts with verdict broadcast); `mention_share` (share that mention
/// someone or reply); `question_share` (share that ask a question); `link_only_share` (share flagged by
/// `Candor.LinkOnly` or `Candor.CallToActionOnly`); `mean_score`. Shares run from 0 to 1.
public struct FeedSummary: Sendable, Equatable {
    public static let names = ["posts", "broadcast_share", "mention_share", "question_share", "link_only_share", "mean_score"]

    public private(set) var posts = 0
    public private(set) var broadcast = 0
    private var mentioning = 0
    private var asking = 0
    private var linkOnly = 0
    private var scoreTotal = 0.0

    public init() {}

    static func isKnown(_ name: String) -> Bool { names.contains(name) }

    public mutating func add(_ result: PostResult) {
        posts += 1
        if result.verdict == .broadcast { broadcast += 1 }
        if result.metrics[.mentions] > 0 || result.isReply { mentioning += 1 }
        if result.metrics[.questions] > 0 { asking += 1 }
        if result.findings.contains(where: { FeedSummary.linkOnlyRules.contains($0.rule) }) { linkOnly += 1 }
        scoreTotal += Double(result.score.value)
    }

    static let linkOnlyRules: Set<String> = ["Candor.LinkOnly", "Candor.CallToActionOnly"]

    public var meanScore: Double { posts == 0 ? 0 : scoreTotal / Double(posts) }

    public subscript(name: String) -> Double {
        let total = Double(max(posts, 1))
        switch name {
        case "posts": return Double(posts)
        case "broadcast_share": return Double(broadcast) / total
        case "mention_share": return Double(mentioning) / total
        case "question_share": return Double(asking) / total
        case "link_only_share": return Double(linkOnly) / total
        case "mean_score": return meanScore
        default: return 0
        }
    }
}
