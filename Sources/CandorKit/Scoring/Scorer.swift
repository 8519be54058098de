import Foundation

/// Scores a post with a `ScoreModel`: 100 times the probability that the post is conversation, from its
/// voice features and the rules that fired (once per rule, however often it fired: a long post is not
/// punished for its length). Explains the score in points and, for a broadcast post, coaches: the two
/// changes that would raise it most.
public struct Scorer: Sendable {
    public let model: ScoreModel
    public let broadcastBelow: Int
    public let authenticFrom: Int
    /// Each voice feature's coefficient, by `VoiceFeature.rawValue`; 0 for one the model does not know.
    private let voiceWeights: [Double]
    /// The coefficient of each rule that moves the score: the model's, or for a rule of a pack named under
    /// `score.packs` that the model does not know, its weight in points read at the middle of the scale.
    private let ruleWeights: [String: Double]

    /// Points at the middle of the scale per unit of the model's log-odds: the slope of 100 x sigmoid at 0.
    static let pointsPerLogit = 25.0

    public init(model: ScoreModel = .empty, options: ScoringOptions = ScoringOptions(), rules: [Rule] = []) {
        self.model = model
        broadcastBelow = options.broadcastBelow ?? model.broadcastBelow
        authenticFrom = options.authenticFrom ?? model.authenticFrom
        var voiceWeights = Array(repeating: 0.0, count: VoiceFeature.allCases.count)
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
        self.voiceWeights = voiceWeights
        self.ruleWeights = ruleWeights
    }

    func score(voice: VoiceFeatures, findings: [Finding]) -> Score {
        var fired: [String] = []
        for finding in findings where ruleWeights[finding.rule] != nil && !fired.contains(finding.rule) {
            fired.append(finding.rule)
        }
        let logit = self.logit(voice: voice, fired: fired)
        let value = Self.points(logit)
        let verdict = verdict(of: value)
        return Score(
            value: value, verdict: verdict, terms: terms(voice: voice, fired: fired, logit: logit),
            suggestions: verdict == .broadcast ? coach(voice: voice, fired: fired, value: value) : [])
    }

    public func verdict(of value: Int) -> Verdict {
        value < broadcastBelow ? .broadcast : value >= authenticFrom ? .authentic : .mixed
    }

    func logit(voice: VoiceFeatures, fired: [String]) -> Double {
        var sum = model.intercept
        for (index, value) in voice.values.enumerated() where value != 0 { sum += voiceWeights[index] * value }
        for rule in fired { sum += ruleWeights[rule] ?? 0 }
        return sum
    }

    static func probability(_ logit: Double) -> Double { 1 / (1 + exp(-logit)) }

    static func points(_ logit: Double) -> Int { Int((100 * probability(logit)).rounded()) }

    /// The score in points: the intercept's ("base"), then each feature's share of the rest in proportion to
    /// its log-odds, so that the terms sum to the score and each keeps its sign. Largest first.
    private func terms(voice: VoiceFeatures, fired: [String], logit: Double) -> [Score.Term] {
        let base = 100 * Self.probability(model.intercept)
        let change = logit - model.intercept
        // Points per unit of log-odds on the way from the intercept to this post; at the limit, the slope.
        let scale = abs(change) < 1e-9
            ? 100 * Self.probability(model.intercept) * (1 - Self.probability(model.intercept))
            : (100 * Self.probability(logit) - base) / change
        var contributions: [Score.Term] = []
        for feature in VoiceFeature.allCases {
            let part = voiceWeights[feature.rawValue] * voice[feature]
            if part != 0 { contributions.append(Score.Term(label: feature.summary, points: part * scale)) }
        }
        for rule in fired {
            if let weight = ruleWeights[rule], weight != 0 { contributions.append(Score.Term(label: rule, points: weight * scale)) }
        }
        contributions.sort { abs($0.points) != abs($1.points) ? abs($0.points) > abs($1.points) : $0.label < $1.label }
        return [Score.Term(label: "base", points: base)] + contributions
    }

    /// The two changes that would raise the score most, each with the points it would add: turning on a voice
    /// feature that reads as conversation, turning off one that reads as broadcast, or settling a rule that
    /// fired. A change settles the default pack's rules that would then no longer fire (naming someone
    /// settles `Candor.NoMention`).
    private func coach(voice: VoiceFeatures, fired: [String], value: Int) -> [Score.Suggestion] {
        var candidates: [Score.Suggestion] = []
        func consider(_ change: String, _ edit: (inout VoiceFeatures) -> Void, settling settled: [String]) {
            var edited = voice
            edit(&edited)
            let remaining = fired.filter { !settled.contains($0) }
            let gain = Self.points(logit(voice: edited, fired: remaining)) - value
            if gain >= 1 { candidates.append(Score.Suggestion(change: change, points: gain)) }
        }
        var settledByVoice: Set<String> = []
        for feature in VoiceFeature.allCases {
            let weight = voiceWeights[feature.rawValue]
            if voice[feature] == 0, weight > 0, let advice = feature.adviceToAdd {
                settledByVoice.formUnion(feature.settles)
                consider(advice, { edited in
                    edited[feature] = 1
                    // Speaking to someone turns their "you" to them, and a channel's marks weigh no more.
                    if feature.addresses {
                        if edited[.marketingYou] > 0 {
                            edited[.marketingYou] = 0
                            edited[.addressedYou] = 1
                        }
                        for mark in VoiceFeature.channelMarks { edited[mark] = 0 }
                    }
                }, settling: feature.settles)
            } else if voice[feature] > 0, weight < 0, let advice = feature.adviceToDrop {
                settledByVoice.formUnion(feature.settles)
                consider(advice, { $0[feature] = 0 }, settling: feature.settles)
            }
        }
        for rule in fired where (ruleWeights[rule] ?? 0) < 0 && !settledByVoice.contains(rule) {
            consider("rewrite what \(rule) flags", { _ in }, settling: [rule])
        }
        candidates.sort { $0.points != $1.points ? $0.points > $1.points : $0.change < $1.change }
        return Array(candidates.prefix(2))
    }
}
