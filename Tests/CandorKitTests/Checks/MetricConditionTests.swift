import Testing
@testable import CandorKit

/// When a metric or feed rule fires: Vale's `> 8` against the formula, and candor's `&&` / `||` comparisons.
struct MetricConditionTests {
    private let known: Set<String> = ["words", "links", "mentions"]

    private func holds(_ condition: String, formula: Double = 0, _ variables: [String: Double] = [:]) throws -> Bool {
        try MetricCondition.parse(condition) { self.known.contains($0) }.holds(for: formula) { variables[$0] ?? 0 }
    }

    @Test func bareComparisonComparesTheFormula() throws {
        #expect(try holds("> 8", formula: 9))
        #expect(try !holds("> 8", formula: 8))
        #expect(try holds(">= 8", formula: 8))
        #expect(try holds("< 8", formula: 7.5))
        #expect(try holds("<= 8", formula: 8))
        #expect(try holds("== 0", formula: 0))
        #expect(try holds("!= 0", formula: 1))
        #expect(try MetricCondition.parse("> 8") { _ in false }.readsFormula)
    }

    @Test func comparisonsOfVariables() throws {
        #expect(try holds("words > links * 2", ["words": 5, "links": 2]))
        #expect(try !holds("words > links * 2", ["words": 4, "links": 2]))
        #expect(try MetricCondition.parse("words > 1") { self.known.contains($0) }.readsFormula == false)
    }

    @Test func andBindsTighterThanOr() throws {
        let condition = "words > 10 || links > 0 && mentions == 0"
        #expect(try !holds(condition, ["words": 5, "links": 1, "mentions": 1]))
        #expect(try holds(condition, ["words": 5, "links": 1, "mentions": 0]))
        #expect(try holds(condition, ["words": 11, "links": 0, "mentions": 3]))
        #expect(try holds("words < 5 and links > 0", ["words": 2, "links": 1]))
        #expect(try !holds("words < 5 and links > 0", ["words": 2, "links": 0]))
        #expect(try holds("words > 5 or links > 0", ["words": 2, "links": 1]))
    }

    @Test func variablesAreCollected() throws {
        let condition = try MetricCondition.parse("words > 3 && links >= mentions") { self.known.contains($0) }
        #expect(condition.variables == ["words", "links", "mentions"])
    }

    @Test func aConditionWithoutComparisonIsAnError() throws {
        #expect(throws: MetricExpression.ParseError.self) {
            try MetricCondition.parse("words") { self.known.contains($0) }
        }
        #expect(throws: MetricExpression.ParseError.self) {
            try MetricCondition.parse("posts > 1") { self.known.contains($0) }
        }
    }
}
