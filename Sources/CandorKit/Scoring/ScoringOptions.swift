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
