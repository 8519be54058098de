import Foundation
import Testing
@testable import CandorKit

/// `SuppressionIndex` answers as checking every suppression would, and does not check them all.
struct SuppressionIndexTests {
    private typealias Suppression = Post.Suppression

    /// Random cases from a seed printed with the run: `CANDOR_TEST_SEED=<seed>` replays a failure's cases.
    @Test func answersAsCheckingEverySuppression() {
        let seed = ProcessInfo.processInfo.environment["CANDOR_TEST_SEED"].flatMap(UInt64.init) ?? UInt64.random(in: .min ... .max)
        print("SuppressionIndexTests: seed \(seed) (CANDOR_TEST_SEED=\(seed) replays it)")
        var generator = SplitMix(seed: seed)
        for _ in 0..<2000 {
            let suppressions = (0..<Int.random(in: 0...6, using: &generator)).map { _ in
                let start = Int.random(in: 0...30, using: &generator)
                let rules: Set<String>? = Bool.random(using: &generator) ? nil : [["A", "B"].randomElement(using: &generator)!]
                return Suppression(rules: rules, range: start..<start + Int.random(in: 0...20, using: &generator))
            }
            let index = SuppressionIndex(suppressions)
            for offset in 0...52 {
                for rule in ["A", "B"] {
                    #expect(index.covers(rule: rule, at: offset)
                            == suppressions.contains { $0.covers(rule: rule, at: offset) }, "seed \(seed): \(suppressions) \(offset) \(rule)")
                }
            }
        }
    }

    /// Regression: 20,000 next-line suppressions, each over a finding.
    @Test(.hangLimit) func aDraftOfManySuppressions() throws {
        let count = 20_000
        let draft = String(repeating: "<!-- candor-disable-next-line Test.Rule -->\nleverage\nleverage again\n", count: count)
        let found = try findings("extends: existence\nmessage: m\ntokens: [leverage]\n", on: draft)
        #expect(found.count == count)
        #expect(found.allSatisfy { $0.match == "leverage" && $0.start.column == 1 })
    }
}
