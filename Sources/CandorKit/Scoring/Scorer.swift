import Foundation

/// Scores a post with a `ScoreModel`: 100 times the probability that the post is conversation, from its
/// voice features and the rules that fired (once per rule, however often it fired: a long post is not
/// punished for its length). Explains the score in points and, for a broadcast post, coaches: the two
/// changes that would raise it most.
public struct Scorer: Sendable {
    public let model: ScoreModel
    public let broadcastBelow: Int
    public let authenticFrom: Int
    private let weights: Weights

    /// Points at the middle of the scale per unit of the model's log-odds: the slope of 100 x sigmoid at 0.
    static let pointsPerLogit = 25.0

    /// The coefficients as the scorer reads them, shared by every score it makes so that a score can explain
    /// itself when asked (`Score.terms`) without computing the explanation for every post.
    final class Weights: Sendable {
        let intercept: Double
        /// Each voice feature's coefficient, by `VoiceFeature.rawValue`; 0 for one the model does not know.
        let voice: [Double]
        /// The coefficient of each rule that moves the score: the model's, or for a rule of a pack named under
        /// `score.packs` that the model does not know, its weight in points read at the middle of the scale.
        let rules: [String: Fired]

        /// A rule that moves the score: its coefficient, and the features whose coach's change settles it
        /// (`VoiceFeature.settlers`), found once per rule rather than once per post.
        struct Fired: Sendable {
            let id: String
            let weight: Double
            let settlers: UInt32
        }

        init(intercept: Double, voice: [Double], rules: [String: Double]) {
            self.intercept = intercept
            self.voice = voice
            self.rules = rules.reduce(into: [:]) { table, rule in
                table[rule.key] = Fired(id: rule.key, weight: rule.value, settlers: VoiceFeature.settlers[rule.key] ?? 0)
            }
        }

        func logit(voice features: VoiceFeatures, fired: [Fired]) -> Double {
            var sum = intercept
            for (index, value) in features.values.enumerated() where value != 0 { sum += voice[index] * value }
            for rule in fired { sum += rule.weight }
            return sum
        }

        /// The score in points: the intercept's ("base"), then each feature's share of the rest in proportion
        /// to its log-odds, so that the terms sum to the score and each keeps its sign. Largest first.
        func terms(voice features: VoiceFeatures, fired: [Fired]) -> [Score.Term] {
            let logit = self.logit(voice: features, fired: fired)
            let base = 100 * Scorer.probability(intercept)
            let change = logit - intercept
            // Points per unit of log-odds on the way from the intercept to this post; at the limit, the slope.
            let scale = abs(change) < 1e-9
                ? 100 * Scorer.probability(intercept) * (1 - Scorer.probability(intercept))
                : (100 * Scorer.probability(logit) - base) / change
            var contributions: [Score.Term] = []
            for feature in VoiceFeature.allCases {
                let part = voice[feature.rawValue] * features[feature]
                if part != 0 { contributions.append(Score.Term(label: feature.summary, points: part * scale)) }
            }
            for rule in fired where rule.weight != 0 {
                contributions.append(Score.Term(label: rule.id, points: rule.weight * scale))
            }
            contributions.sort { abs($0.points) != abs($1.points) ? abs($0.points) > abs($1.points) : $0.label < $1.label }
            return [Score.Term(label: "base", points: base)] + contributions
        }
    }

    public init(model: ScoreModel = .empty, options: ScoringOptions = ScoringOptions(), rules: [Rule] = []) {
        self.model = model
        broadcastBelow = options.broadcastBelow ?? model.broadcastBelow
        authenticFrom = options.authenticFrom ?? model.authenticFrom
        var voiceWeights = Array(repeating: 0.0, count: VoiceFeature.count)
        var ruleWeights: [String: Double] = [:]
        for (feature, coefficient) in zip(model.features, model.coefficients) {
            switch feature {
            case .voice(let voice): voiceWeights[voice.rawValue] = coefficient
            case .rule(let id): ruleWeights[id] = coefficient
            }
        }
        let levelWeights: [Level: Double] = [.suggestion: 4, .warning: 12, .error: 20]
        for rule in rules where options.packs.contains(rule.pack) && ruleWeights[rule.id] == nil {
            ruleWeights[rule.id] = -(rule.weight ?? levelWeights[rule.level] ?? 0) / Self.pointsPerLogit
        }
        weights = Weights(intercept: model.intercept, voice: voiceWeights, rules: ruleWeights)
    }

    func score(voice: VoiceFeatures, findings: [Finding]) -> Score {
        // The rules that move the score, once each.
        var fired: [Weights.Fired] = []
        for finding in findings where !fired.contains(where: { $0.id == finding.rule }) {
            if let rule = weights.rules[finding.rule] { fired.append(rule) }
        }
        let logit = weights.logit(voice: voice, fired: fired)
        let value = Self.points(logit)
        let verdict = verdict(of: value)
        return Score(
            value: value, verdict: verdict,
            suggestions: verdict == .broadcast ? coach(voice: voice, fired: fired, logit: logit, value: value) : [],
            voice: voice, fired: fired, weights: weights)
    }

    public func verdict(of value: Int) -> Verdict {
        value < broadcastBelow ? .broadcast : value >= authenticFrom ? .authentic : .mixed
    }

    static func probability(_ logit: Double) -> Double { 1 / (1 + exp(-logit)) }

    static func points(_ logit: Double) -> Int { Int((100 * probability(logit)).rounded()) }

    /// A change the coach may suggest: turn a voice feature on or off, or settle a rule that fired.
    private enum Change {
        case add(VoiceFeature), drop(VoiceFeature), settle(String)

        var advice: String {
            switch self {
            case .add(let feature): feature.adviceToAdd ?? ""
            case .drop(let feature): feature.adviceToDrop ?? ""
            case .settle(let rule): "rewrite what \(rule) flags"
            }
        }
    }

    /// The two changes that would raise the score most, each with the points it would add: turning on a voice
    /// feature that reads as conversation, turning off one that reads as broadcast, or settling a rule that
    /// fired. A change settles the default pack's rules that would then no longer fire (naming someone
    /// settles `Candor.NoMention`); speaking to someone also lifts the weight of a channel's marks. Each
    /// change moves the log-odds by its own coefficients, so it is weighed without rescoring the post. Of two
    /// changes worth the same points, the one weighed first (voice before rules, in their order) is kept.
    private func coach(voice: VoiceFeatures, fired: [Weights.Fired], logit: Double, value: Int) -> [Score.Suggestion] {
        // The best two so far, kept in place: most broadcast posts have a handful of candidates.
        var first: (change: Change, points: Int)?, second: (change: Change, points: Int)?
        func consider(_ change: Change, _ delta: Double) {
            let gain = Self.points(logit + delta) - value
            guard gain >= 1 else { return }
            let candidate = (change: change, points: gain)
            if first.map({ gain > $0.points }) ?? true {
                second = first
                first = candidate
            } else if second.map({ gain > $0.points }) ?? true {
                second = candidate
            }
        }
        func settled(by feature: VoiceFeature) -> Double {
            var sum = 0.0
            for rule in fired where rule.settlers & (1 << UInt32(feature.rawValue)) != 0 { sum -= rule.weight }
            return sum
        }
        var considered: UInt32 = 0  // the features whose change was weighed, by raw value
        for feature in VoiceFeature.addable where voice[feature] == 0 && weights.voice[feature.rawValue] > 0 {
            var delta = weights.voice[feature.rawValue] + settled(by: feature)
            if feature.addresses {
                if voice[.marketingYou] > 0 {
                    delta += weights.voice[VoiceFeature.addressedYou.rawValue] - weights.voice[VoiceFeature.marketingYou.rawValue]
                }
                for mark in VoiceFeature.channelMarks { delta -= weights.voice[mark.rawValue] * voice[mark] }
            }
            considered |= 1 << UInt32(feature.rawValue)
            consider(.add(feature), delta)
        }
        for feature in VoiceFeature.droppable where voice[feature] > 0 && weights.voice[feature.rawValue] < 0 {
            considered |= 1 << UInt32(feature.rawValue)
            consider(.drop(feature), -weights.voice[feature.rawValue] * voice[feature] + settled(by: feature))
        }
        // A rule a weighed change would settle is in that change's points already.
        for rule in fired where rule.settlers & considered == 0 && rule.weight < 0 {
            consider(.settle(rule.id), -rule.weight)
        }
        return [first, second].compactMap { $0.map { Score.Suggestion(change: $0.change.advice, points: $0.points) } }
    }
}
