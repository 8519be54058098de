import CandorEntities

/// What linting one post produced: everything the reporters print, and nothing that holds the post's text,
/// so a run over a large queue keeps only these small values.
public struct PostResult: Sendable {
    public let path: String
    public let index: Int
    public let location: SourceLocation
    public let platform: Platform
    public let metadata: [String: String]
    public let metrics: Metrics
    /// What the score model reads of the post's voice (`candor calibrate` refits on it).
    public let voice: VoiceFeatures
    /// In output order (line, column, rule).
    public let findings: [Finding]
    public let failures: [RuleFailure]
    public let isReply: Bool
    public let score: Score
    /// The fingerprint of the post's text that a baseline records (`Baseline.fingerprint`): SARIF's
    /// `partialFingerprints` carry it, so an alert keeps its identity when lines move.
    public let fingerprint: String
    /// The post's language, when rules that do not read it were skipped (`Rule.languages`); else nil.
    public var language: String? = nil
    /// The post's first words (`Snippet`) for the text report, when the run makes them (`LintOptions.snippets`);
    /// else empty.
    public var snippet = ""

    public var verdict: Verdict { score.verdict }
}

extension PostResult {
    /// The same result with only `findings` (those at or above the reported level).
    func keeping(_ findings: [Finding]) -> PostResult {
        PostResult(path: path, index: index, location: location, platform: platform, metadata: metadata, metrics: metrics, voice: voice,
                   findings: findings, failures: failures, isReply: isReply, score: score, fingerprint: fingerprint, language: language, snippet: snippet)
    }
}
