/// A post's score, 0 to 100, its verdict, what made it (for `candor score --explain`), and for a broadcast
/// post the coach's suggestions.
public struct Score: Sendable {
    public let value: Int
    public let verdict: Verdict
    /// For a broadcast post, the changes that would move it most toward conversation, largest first.
    public let suggestions: [Suggestion]
    /// What the explanation is made from, kept so that it is computed only when asked: most runs never ask.
    let voice: VoiceFeatures
    let fired: [Scorer.Weights.Fired]
    let weights: Scorer.Weights

    /// The model's intercept as points (label "base"), then each feature's contribution in points, largest
    /// first; the base and the contributions sum to the score before rounding.
    public var terms: [Term] { weights.terms(voice: voice, fired: fired) }

    public struct Term: Sendable, Equatable {
        public let label: String
        public let points: Double
    }

    /// A change the coach suggests and how many points it would add.
    public struct Suggestion: Sendable, Equatable, CustomStringConvertible {
        public let change: String
        public let points: Int

        public var description: String { "\(change): +\(points)" }
    }
}

/// The score's model and thresholds: the `score` section of the config (docs/configuration.md).
public struct ScoringOptions: Sendable, Equatable {
    /// The model a config names (`score.model`); nil: the model of the first active pack that carries one.
    public var model: ScoreModel?
    /// Thresholds set in the config; nil: the model's own.
    public var broadcastBelow: Int?
    public var authenticFrom: Int?
    /// Packs whose rules move the score although the model does not know them (`score.packs`): each takes
    /// its `weight` (or its level's) as points at the middle of the scale.
    public var packs: [String] = []

    public init() {}
}
