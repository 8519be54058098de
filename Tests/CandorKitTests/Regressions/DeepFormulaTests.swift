import Testing
@testable import CandorKit

/// Regression: a metric formula nested without end (`((((…`, `-----…`, `1^1^1…`) or chained without end
/// (`1+1+1…`) overflowed the stack, in the recursive parser or later in evaluating or freeing the tree, and
/// took candor down while it loaded the rule. Formulas are now capped at `MetricExpression.maximumLength`.
struct DeepFormulaTests {
    private func parse(_ formula: String) throws(MetricExpression.ParseError) -> MetricExpression {
        try MetricExpression.parse(formula) { $0 == "words" }
    }

    @Test(arguments: [
        String(repeating: "(", count: 100_000) + "1" + String(repeating: ")", count: 100_000),
        String(repeating: "-", count: 100_000) + "1",
        Array(repeating: "1", count: 50_000).joined(separator: "^"),
        Array(repeating: "words", count: 50_000).joined(separator: "+"),
    ])
    func aFormulaBeyondTheLimitIsAParseError(formula: String) {
        #expect(throws: MetricExpression.ParseError(message: "formula longer than 500 characters", offset: 500)) {
            try parse(formula)
        }
    }

    @Test func aFormulaAtTheLimitParsesAndEvaluates() throws {
        let depth = (MetricExpression.maximumLength - 5) / 2
        let formula = String(repeating: "(", count: depth) + "words" + String(repeating: ")", count: depth)
        #expect(try parse(formula).evaluate { _ in 7 } == 7)
        let chain = Array(repeating: "1", count: (MetricExpression.maximumLength + 1) / 2).joined(separator: "+")
        #expect(try parse(chain).evaluate { _ in 0 } == Double((MetricExpression.maximumLength + 1) / 2))
    }

    @Test func aRuleWithSuchAFormulaNamesItsFileLineAndKey() throws {
        let yaml = "extends: metric\nmessage: m\nformula: '" + String(repeating: "(", count: 100_000) + "'\ncondition: '> 1'\n"
        let error = try #require(throws: LoadError.self) { try makeRule(yaml, name: "Deep") }
        #expect(error.description.hasPrefix("Test/Deep.yml:3:1: 'formula': formula longer than 500 characters"),
                "\(error)")
    }

    @Test func aConditionWithSuchAComparisonIsAParseError() {
        let condition = "words > " + String(repeating: "(", count: 100_000)
        #expect(throws: MetricExpression.ParseError.self) { try MetricCondition.parse(condition) { $0 == "words" } }
    }
}
