import Testing
@testable import CandorKit

/// `Scorer`: 100 times the model's probability, each rule that fired counted once, `score.packs` weights,
/// thresholds, the explanation's terms, and the coach's two best changes.
struct ScorerTests {
    private func model(_ coefficients: [(String, Double)], intercept: Double, low: Int = 40, high: Int = 70) -> ScoreModel {
        ScoreModel(
            intercept: intercept, features: coefficients.map { ScoreModel.Feature(name: $0.0)! },
            coefficients: coefficients.map(\.1), broadcastBelow: low, authenticFrom: high)
    }

    private func finding(_ rule: String) -> Finding {
        Finding(rule: rule, level: .warning, message: "m", start: Location(line: 1, column: 1),
                end: Location(line: 1, column: 2), match: "x", postRange: 0..<1)
    }

    private func voice(_ features: VoiceFeature...) -> VoiceFeatures {
        var voice = VoiceFeatures()
        for feature in features { voice[feature] = 1 }
        return voice
    }

    @Test func theScoreIsAHundredTimesTheProbability() {
        #expect(Scorer.probability(0) == 0.5)
        #expect(Scorer.points(0) == 50)
        #expect(Scorer.points(1) == 73)  // 100 / (1 + e^-1) = 73.1
        #expect(Scorer.points(-2) == 12)  // 11.9
        let scorer = Scorer(model: model([("question", 2)], intercept: -1))
        #expect(scorer.score(voice: voice(.question), findings: []).value == 73)
        #expect(scorer.score(voice: voice(), findings: []).value == 27)
    }

    @Test func aRuleCountsOnceAndOnlyARuleTheModelKnows() {
        let scorer = Scorer(model: model([("Test.Jargon", -2)], intercept: 0))
        #expect(scorer.score(voice: voice(), findings: [finding("Test.Jargon")]).value == 12)
        #expect(scorer.score(voice: voice(), findings: [finding("Test.Jargon"), finding("Test.Jargon")]).value == 12)
        #expect(scorer.score(voice: voice(), findings: [finding("Test.Other")]).value == 50)
    }

    /// A rule of a pack under `score.packs` that the model does not know weighs its `weight`, else its
    /// level's points, at the middle of the scale; a rule the model knows keeps the model's coefficient.
    @Test func rulesOfScoringPacksWeighTheirPoints() throws {
        let warning = try makeRule("extends: existence\nmessage: m\nlevel: warning\ntokens: [a]\n", name: "Warn", pack: "House")
        let weighed = try makeRule("extends: existence\nmessage: m\nweight: 25\ntokens: [a]\n", name: "Heavy", pack: "House")
        let known = try makeRule("extends: existence\nmessage: m\nlevel: error\ntokens: [a]\n", name: "Known", pack: "House")
        let elsewhere = try makeRule("extends: existence\nmessage: m\nlevel: error\ntokens: [a]\n", name: "Other", pack: "Other")
        var options = ScoringOptions()
        options.packs = ["House"]
        let scorer = Scorer(model: model([("House.Known", 1)], intercept: 0), options: options, rules: [warning, weighed, known, elsewhere])
        #expect(scorer.score(voice: voice(), findings: [finding("House.Warn")]).value == 38)  // 12 points: logit -0.48
        #expect(scorer.score(voice: voice(), findings: [finding("House.Heavy")]).value == 27)  // 25 points: logit -1
        #expect(scorer.score(voice: voice(), findings: [finding("House.Known")]).value == 73)
        #expect(scorer.score(voice: voice(), findings: [finding("Other.Other")]).value == 50)
    }

    @Test func theVerdictsThresholdsAreTheModelsUnlessTheConfigSetsThem() {
        let scorer = Scorer(model: model([], intercept: 0, low: 40, high: 70))
        #expect([39, 40, 69, 70].map(scorer.verdict) == [.broadcast, .mixed, .mixed, .authentic])
        var options = ScoringOptions()
        options.broadcastBelow = 50
        options.authenticFrom = 60
        let configured = Scorer(model: model([], intercept: 0, low: 40, high: 70), options: options)
        #expect([45, 50, 59, 60].map(configured.verdict) == [.broadcast, .mixed, .mixed, .authentic])
    }

    @Test func theTermsStartFromTheBaseAndSumToTheScore() {
        let scorer = Scorer(model: model([("question", 1), ("link", -0.5), ("Test.Jargon", -2)], intercept: 0.4))
        let score = scorer.score(voice: voice(.question, .link), findings: [finding("Test.Jargon")])
        let terms = score.terms
        #expect(terms.first?.label == "base")
        #expect(abs((terms.first?.points ?? 0) - 100 * Scorer.probability(0.4)) < 1e-9)
        #expect(abs(terms.map(\.points).reduce(0, +) - 100 * Scorer.probability(0.4 + 1 - 0.5 - 2)) < 1e-9)
        // After the base, largest first, each with its sign.
        #expect(terms.dropFirst().map(\.label) == ["Test.Jargon", VoiceFeature.question.summary, VoiceFeature.link.summary])
        #expect(terms.dropFirst().map { $0.points > 0 } == [false, true, false])
    }

    /// The coach speaks to a broadcast post only, with its two best changes; a change that settles a rule
    /// (asking a question settles `Candor.NoInvitation`) carries that rule's points, which is then not
    /// offered again on its own.
    @Test func theCoachOffersTheTwoChangesThatRaiseTheScoreMost() {
        let scorer = Scorer(model: model(
            [("question", 1.5), ("Candor.NoInvitation", -1), ("Test.Jargon", -0.5)], intercept: -1))
        let broadcast = scorer.score(voice: voice(), findings: [finding("Candor.NoInvitation"), finding("Test.Jargon")])
        #expect(broadcast.value == 8)  // logit -2.5
        #expect(broadcast.verdict == .broadcast)
        #expect(broadcast.suggestions.map(\.description)
            == ["ask a question someone can answer: +42", "rewrite what Test.Jargon flags: +4"])
        let mixed = scorer.score(voice: voice(.question), findings: [])
        #expect(mixed.verdict == .mixed && mixed.suggestions.isEmpty)
    }
}
