import Testing
@testable import CandorKit

/// Vale's `metric` through the linter: the formula over the post's variables, flagged when the condition holds.
struct MetricCheckTests {
    @Test func firesWithTheFormulaValueAndSpansThePost() throws {
        let rule = "extends: metric\nmessage: 'This post has %s words.'\nformula: words\ncondition: '> 3'\n"
        let found = try findings(rule, on: "one two three four\n\n")
        #expect(found.map(\.message) == ["This post has 4 words."])
        #expect(found.first?.match == "one two three four")
        #expect(found.first?.start == Location(line: 1, column: 1))
        #expect(found.first?.end == Location(line: 1, column: 19))
        #expect(try findings(rule, on: "one two three").isEmpty)
    }

    @Test func fractionalValuesShowTwoDecimals() throws {
        let rule = "extends: metric\nmessage: '%s words a sentence'\nformula: words / sentences\ncondition: '> 1'\n"
        #expect(try findings(rule, on: "One two. Three four five. Six seven.").map(\.message) == ["2.33 words a sentence"])
    }

    @Test func conditionWithoutFormula() throws {
        let rule = "extends: metric\nmessage: Shouting.\ncondition: 'caps_words >= 2 && exclamations > 0'\n"
        #expect(try findings(rule, on: "BIG NEWS today!").count == 1)
        #expect(try findings(rule, on: "BIG NEWS today.").isEmpty)
        #expect(try findings(rule, on: "Big news today!").isEmpty)
    }

    @Test func valeAliasLoads() throws {
        let rule = "extends: metric\nmessage: m\nformula: polysyllabic_words\ncondition: '>= 1'\n"
        #expect(try findings(rule, on: "A wonderful day.").count == 1)
        #expect(try findings(rule, on: "A nice day.").isEmpty)
    }
}
