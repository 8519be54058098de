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
