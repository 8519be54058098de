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

/// Vale's metric variables that count blocks, its `math.` functions, and its two-decimal values.
struct ValeMetricTests {
    @Test func blockCountsAndMathFunctions() throws {
        let rule = """
            extends: metric
            message: "This topic has %s H2s in it."
            formula: heading.h2 + list + math.sqrt(blockquote * 4)
            condition: "> 2"
            """
        let text = "# One\n\n## Two\n\n- a\n- b\n\n> quoted\n\n## Three\n"
        // 2 H2s + 1 list + sqrt(1 * 4) = 5
        #expect(try findings(rule, on: text).map(\.message) == ["This topic has 5 H2s in it."])
        #expect(try findings(rule, on: "# Only a title\n\nAnd text.").isEmpty)
    }

    @Test func valeStylesWriteTwoDecimals() {
        #expect(MetricCheck.twoDecimals(1) == "1.00")
        #expect(MetricCheck.twoDecimals(38.2666) == "38.27")
        #expect(MetricCheck.twoDecimals(-0.5) == "-0.50")
        #expect(MetricCheck.twoDecimals(12.5) == "12.50")
    }

    @Test func aValeStyleRuleLoadedThroughAValeConfigWritesTwoDecimals() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("styles/S/Count.yml", "extends: metric\nmessage: \"%s headings\"\nformula: heading.h1\ncondition: \"> 0\"\n")
        let rules = try RuleLoader.loadPack(at: folder.path + "/styles/S") { _ in }
        let result = try lint("# Title\n\nText.", rules: rules)
        #expect(result.findings.map(\.message) == ["1.00 headings"])
        #expect(result.findings.map(\.start.column) == [1])
    }
}
