import Testing
@testable import CandorKit

/// The compiled form of a `metric` rule gives what walking its formula and condition gives, to the bit.
struct MetricProgramTests {
    private static let names = ["words", "sentences", "links", "zero"]
    private static let values: [Double] = [7, 3, 2, 0]

    private func program(_ formula: String, _ condition: String) throws -> MetricProgram {
        let isVariable = { Self.names.contains($0) }
        return MetricProgram(
            formula: try MetricExpression.parse(formula, isVariable: isVariable),
            condition: try MetricCondition.parse(condition, isVariable: isVariable),
            slot: { Self.names.firstIndex(of: $0) })
    }

    @Test(arguments: [
        "words", "3.5", "-words", "words + sentences * links", "(words + sentences) * links", "words / sentences",
        "words / zero", "words % 4", "words % zero", "links ^ 3 ^ 2", "2 ^ -1", "sqrt(words)", "sqrt(-words)",
        "abs(zero - words)", "log(words)", "log(zero)", "round(words / sentences)", "floor(-words / sentences)",
        "ceil(words / sentences)", "min(words, sentences, links)", "max(sentences, words, links)", "max(words)",
        "min(words, max(links, sentences) * 2, sqrt(words + links))",
    ])
    func formulasGiveWhatTheTreeGives(formula: String) throws {
        let expression = try MetricExpression.parse(formula) { Self.names.contains($0) }
        let expected = expression.evaluate { name in Self.values[Self.names.firstIndex(of: name)!] }
        let (value, _) = try program(formula, "> 0").run(slots: Self.values)
        #expect(value.bitPattern == expected.bitPattern)
    }

    @Test(arguments: [
        ("> 6", true), ("> 7", false), (">= 7", true), ("< 7", false), ("<= 7", true), ("== 7", true), ("!= 7", false),
        ("> 100 || links == 2", true), ("> 1 && links > 2", false), ("> 1 && links > 1 || sentences > 5", true),
        ("sentences * 2 > words", false), ("zero == 0 and words > sentences", true), ("links < 1 or zero > 1", false),
    ])
    func conditionsHoldAsTheTreeSays(condition: String, holds: Bool) throws {
        #expect(try program("words", condition).run(slots: Self.values).holds == holds)
    }

    @Test func anUnknownNameReadsZero() throws {
        let program = MetricProgram(
            formula: .binary("+", .variable("feed_only"), .number(1)), condition: try MetricCondition.parse("> 0") { _ in true },
            slot: { _ in nil })
        #expect(program.run(slots: []) == (1, true))
    }
}
