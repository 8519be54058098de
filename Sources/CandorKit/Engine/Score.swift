/// A post's score, 0 to 100, its verdict, and the terms that made it, for `candor score --explain`.
public struct Score: Sendable, Equatable {
    public let value: Int
    public let verdict: Verdict
    /// What raised (positive points) and lowered (negative) the score, from the base on.
    public let terms: [Term]

    public struct Term: Sendable, Equatable {
        public let label: String
        public let points: Double
    }
}

/// The score's weights and thresholds: the `score` section of the config (DESIGN section 5).
public struct ScoringOptions: Sendable, Equatable {
    public var base = 60.0
    public var broadcastBelow = 40
    public var authenticFrom = 70
    /// Points a finding takes off when its rule sets no `weight`, by level.
    public var levelWeights: [Level: Double] = [.suggestion: 4, .warning: 12, .error: 20]
    /// Points each positive signal adds.
    public var signals: [Signal: Double] = [
        .mention: 12, .reply: 20, .question: 15, .secondPerson: 10, .firstPersonSingular: 10, .casual: 10,
    ]

    public enum Signal: String, Sendable, CaseIterable {
        case mention, reply, question, secondPerson = "second-person", firstPersonSingular = "first-person", casual
    }

    public init() {}
}
