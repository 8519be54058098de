import Foundation

/// Fits a score model to labelled posts (`candor calibrate`): each post's voice features and the rules that
/// fired on it, and its label, broadcast or authentic. Says how well the model in force and the new one tell
/// the labels apart, the new one measured by cross-validation on posts it was not fitted to.
public struct Calibration: Sendable {
    /// The features the new model weighs, in the order of its file.
    public let features: [ScoreModel.Feature]
    public private(set) var samples: [Sample] = []
    public var penalty = Calibration.defaultPenalty
    public var folds = Calibration.defaultFolds

    /// The L2 penalty in posts, chosen among 1, 30, 100 and 300 on the development posts left out a source at a
    /// time (README, "Calibration"), and the folds of the cross-validation.
    public static let defaultPenalty = 100.0, defaultFolds = 5

    public struct Sample: Sendable {
        public let row: [Double]
        /// 1: authentic (conversation), 0: broadcast.
        public let label: Double
        /// The group a post belongs to (`--group-field`); groups of one label count equally.
        public let group: String
        /// What the model in force scored it.
        public let scoreBefore: Int
    }

    /// Every voice feature, then the rules that may move the score, in the order given.
    public init(ruleIDs: [String]) {
        features = VoiceFeature.allCases.map { .voice($0) } + ruleIDs.map { .rule($0) }
    }

    /// The rules a calibration weighs: the post rules of the packs the model in force knows and of the packs a
    /// config names under `score.packs`; when neither names a pack, those of the first active pack.
    public static func ruleIDs(rules: [Rule], model: ScoreModel, scorePacks: [String]) -> [String] {
        var packs = Set(scorePacks)
        for id in model.ruleIDs { if let dot = id.firstIndex(of: ".") { packs.insert(String(id[..<dot])) } }
        if packs.isEmpty, let first = rules.first { packs.insert(first.pack) }
        return rules.filter { packs.contains($0.pack) && !$0.isFeedRule }.map(\.id)
    }

    /// Adds a linted post with its label.
    public mutating func add(_ result: PostResult, conversation: Bool, group: String) {
        let fired = Set(result.findings.map(\.rule))
        let row = features.map { feature -> Double in
            switch feature {
            case .voice(let voice): result.voice[voice]
            case .rule(let id): fired.contains(id) ? 1 : 0
            }
        }
        add(Sample(row: row, label: conversation ? 1 : 0, group: group, scoreBefore: result.score.value))
    }

    mutating func add(_ sample: Sample) { samples.append(sample) }

    /// Each post's weight: the two labels weigh the same in all, and within a label every group the same, so
    /// that neither the larger label nor the largest source decides the fit.
    public var weights: [Double] {
        var counts: [String: Int] = [:]
        var groupsOfLabel: [Double: Set<String>] = [:]
        for sample in samples {
            counts["\(sample.label)|\(sample.group)", default: 0] += 1
            groupsOfLabel[sample.label, default: []].insert(sample.group)
        }
        return samples.map { sample in
            1 / Double(groupsOfLabel[sample.label]!.count) / Double(counts["\(sample.label)|\(sample.group)"]!)
        }
    }

    /// The sign each coefficient must take: a voice feature's own (`VoiceFeature.sign`); a rule flags a
    /// broadcast pattern, so it may lower the score and never raise it.
    public var signs: [Int] {
        features.map { feature in
            switch feature {
            case .voice(let voice): voice.sign
            case .rule: -1
            }
        }
    }

    /// Fits on the samples `keep` selects.
    public func fit(where keep: (Int) -> Bool = { _ in true }) -> LogisticRegression.Fit {
        let weights = self.weights
        var rows: [[Double]] = [], labels: [Double] = [], chosen: [Double] = []
        for (index, sample) in samples.enumerated() where keep(index) {
            rows.append(sample.row)
            labels.append(sample.label)
            chosen.append(weights[index])
        }
        return LogisticRegression(penalty: penalty).fit(rows: rows, labels: labels, weights: chosen, signs: signs)
    }

    /// Each sample's score from a model fitted without it: the samples are dealt into `folds` folds in turn
    /// (post i to fold i mod folds), and each fold is scored by a fit on the others.
    public func crossValidatedScores() -> [Int] {
        var scores = Array(repeating: 0, count: samples.count)
        for fold in 0..<folds {
            let fit = self.fit { $0 % folds != fold }
            for index in stride(from: fold, to: samples.count, by: folds) {
                scores[index] = Scorer.points(fit.logit(samples[index].row))
            }
        }
        return scores
    }

    /// The fitted model, its thresholds chosen on the cross-validated scores (`thresholds`).
    public func model(crossValidated scores: [Int], origin: String) -> ScoreModel {
        let fit = self.fit()
        let (low, high) = thresholds(scores: scores)
        return ScoreModel(
            intercept: fit.intercept, features: features, coefficients: fit.coefficients, broadcastBelow: low,
            authenticFrom: high, origin: origin)
    }

    /// The verdict thresholds, chosen on scores the model was not fitted to, weighing posts as the fit does.
    /// Calling a person's post broadcast is the worse mistake, so it costs `falseVerdictCost` times what a
    /// missed one costs: `broadcast-below` is the cut that maximises the share of broadcast-labelled posts
    /// under it less that cost times the share of authentic-labelled posts under it, and `authentic-from` the
    /// cut that maximises the share of authentic-labelled posts at or above it less that cost times the share
    /// of broadcast-labelled posts there. Between the two, a post is mixed. The lowest such cut wins a tie.
    public func thresholds(scores: [Int], falseVerdictCost: Double = 2) -> (Int, Int) {
        let weights = self.weights
        var broadcastAt = [Double](repeating: 0, count: 101), authenticAt = [Double](repeating: 0, count: 101)
        for (index, sample) in samples.enumerated() {
            if sample.label == 0 { broadcastAt[scores[index]] += weights[index] } else { authenticAt[scores[index]] += weights[index] }
        }
        let broadcastTotal = max(broadcastAt.reduce(0, +), 1e-12), authenticTotal = max(authenticAt.reduce(0, +), 1e-12)
        var broadcastUnder = [0.0], authenticUnder = [0.0]  // index c: weighted posts scoring under c
        for score in 0...100 {
            broadcastUnder.append(broadcastUnder[score] + broadcastAt[score] / broadcastTotal)
            authenticUnder.append(authenticUnder[score] + authenticAt[score] / authenticTotal)
        }
        func best(_ gain: (Int) -> Double) -> Int {
            var cut = 0, value = -Double.infinity
            for candidate in 0...100 where gain(candidate) > value + 1e-12 {
                cut = candidate
                value = gain(candidate)
            }
            return cut
        }
        let low = best { broadcastUnder[$0] - falseVerdictCost * authenticUnder[$0] }
        let high = best { (1 - authenticUnder[$0]) - falseVerdictCost * (1 - broadcastUnder[$0]) }
        return (low, max(low, high))
    }

    /// How a set of scores reads the labels: the AUROC, and each label's share called broadcast.
    public struct Reading: Sendable {
        public let auroc: Double?
        public let broadcastCalledBroadcast: Double
        public let authenticCalledBroadcast: Double
    }

    public func reading(scores: [Int], broadcastBelow: Int) -> Reading {
        var conversation: [Double] = [], broadcast: [Double] = []
        for (index, sample) in samples.enumerated() {
            if sample.label == 1 { conversation.append(Double(scores[index])) } else { broadcast.append(Double(scores[index])) }
        }
        func share(_ scores: [Double]) -> Double {
            scores.isEmpty ? 0 : Double(scores.filter { $0 < Double(broadcastBelow) }.count) / Double(scores.count)
        }
        return Reading(auroc: ROC.area(positives: conversation, negatives: broadcast),
                       broadcastCalledBroadcast: share(broadcast), authenticCalledBroadcast: share(conversation))
    }
}
