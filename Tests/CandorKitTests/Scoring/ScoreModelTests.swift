import Foundation
import Testing
@testable import CandorKit

/// The score model: its file, its fit, and how its fit is measured.
struct ScoreModelTests {
    @Test func aModelFileRoundTripsToTheSameBytes() throws {
        let model = ScoreModel(
            intercept: 0.25, features: [.voice(.question), .voice(.link), .rule("House.Banned")],
            coefficients: [1.5, -0.75, -2], broadcastBelow: 35, authenticFrom: 65)
        let text = model.yaml(header: ["a test model"], fit: [("posts", "3")])
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = try folder.write("candor-score.yml", text)
        let loaded = try ScoreModel.load(path: path)
        #expect(loaded.features == model.features && loaded.coefficients == model.coefficients)
        #expect(loaded.intercept == 0.25 && loaded.broadcastBelow == 35 && loaded.authenticFrom == 65)
        #expect(loaded.yaml(header: ["a test model"], fit: [("posts", "3")]) == text)
        #expect(text.contains("  question:     1.5000    # asks a question\n"))
    }

    @Test func aBadModelFileNamesItsLineAndKey() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        for (yaml, key, line) in [
            ("intercept: 0\nfeatures:\n  loudness: 1\n", "loudness", 3),
            ("intercept: 0\nfeatures:\n  question: lots\n", "question", 3),
            ("model: forest\nintercept: 0\n", "model", 1),
            ("intercept: 0\nbroadcast-below: 80\nauthentic-from: 20\n", "broadcast-below", 2),
            ("intercept: 0\nbias: 1\n", "bias", 2),
            ("features: {}\n", "intercept", 1),
        ] {
            let path = try folder.write("model.yml", yaml)
            let error = #expect(throws: LoadError.self) { try ScoreModel.load(path: path) }
            #expect(error?.key == key, "\(yaml)")
            #expect(error?.line == line, "\(yaml)")
            #expect(error?.path == path)
        }
    }

    @Test func theFitRecoversAKnownModel() throws {
        // Labels drawn from a known logistic model, deterministically: the fit should find its coefficients.
        var generator = SplitMix(seed: 7)
        var rows: [[Double]] = [], labels: [Double] = []
        for _ in 0..<4000 {
            let row = [generator.bit(), generator.bit()]
            let p = 1 / (1 + exp(-(-0.5 + 2 * row[0] - 1 * row[1])))
            rows.append(row)
            labels.append(generator.unit() < p ? 1 : 0)
        }
        let fit = LogisticRegression(penalty: 0.01).fit(rows: rows, labels: labels, weights: Array(repeating: 1, count: rows.count))
        #expect(abs(fit.intercept + 0.5) < 0.2)
        #expect(abs(fit.coefficients[0] - 2) < 0.25)
        #expect(abs(fit.coefficients[1] + 1) < 0.25)
        // The same rows give the same bits.
        let again = LogisticRegression(penalty: 0.01).fit(rows: rows, labels: labels, weights: Array(repeating: 1, count: rows.count))
        #expect(again == fit)
    }

    @Test func aCoefficientOfTheWrongSignIsHeldAtZero() throws {
        var generator = SplitMix(seed: 11)
        var rows: [[Double]] = [], labels: [Double] = []
        for _ in 0..<2000 {
            let row = [generator.bit(), generator.bit()]
            let p = 1 / (1 + exp(-(1.5 * row[0] - 1 * row[1])))
            rows.append(row)
            labels.append(generator.unit() < p ? 1 : 0)
        }
        let weights = Array(repeating: 1.0, count: rows.count)
        // The second feature lowers the odds; required to raise them, it stays at 0 and the first keeps its own.
        let held = LogisticRegression(penalty: 0.01).fit(rows: rows, labels: labels, weights: weights, signs: [1, 1])
        #expect(held.coefficients[1] == 0)
        #expect(held.coefficients[0] > 1)
        let free = LogisticRegression(penalty: 0.01).fit(rows: rows, labels: labels, weights: weights, signs: [1, -1])
        #expect(free.coefficients[1] < -0.5)
    }

    @Test func theAreaUnderTheCurveCountsTiesHalf() {
        #expect(ROC.area(positives: [3, 4], negatives: [1, 2]) == 1)
        #expect(ROC.area(positives: [1, 2], negatives: [3, 4]) == 0)
        #expect(ROC.area(positives: [1, 3], negatives: [2, 2]) == 0.5)
        #expect(ROC.area(positives: [2], negatives: [2]) == 0.5)
        #expect(ROC.area(positives: [], negatives: [1]) == nil)
    }

    @Test func thresholdsCutWhereTheLabelsPart() throws {
        // Broadcast posts score 10 to 30, authentic ones 60 to 90: the cuts fall between the two groups.
        var calibration = Calibration(ruleIDs: [])
        let broadcast = (10...30).map { _ in 0.0 }, authentic = (60...90).map { _ in 1.0 }
        let scores = Array(10...30) + Array(60...90)
        for label in broadcast + authentic { calibration.addSample(label: label) }
        let (low, high) = calibration.thresholds(scores: scores)
        #expect(low > 30 && low <= 60)
        #expect(high > 30 && high <= 60 && low <= high)
    }
}

extension Calibration {
    /// A sample with no features, for tests of what reads the scores alone.
    mutating func addSample(label: Double) {
        add(Sample(row: Array(repeating: 0, count: features.count), label: label, group: "", scoreBefore: 0))
    }
}

/// A small deterministic generator (SplitMix64), so the fitted data is the same on every run.
struct SplitMix {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func unit() -> Double { Double(next() >> 11) / Double(1 << 53) }
    mutating func bit() -> Double { next() & 1 == 0 ? 0 : 1 }
}
