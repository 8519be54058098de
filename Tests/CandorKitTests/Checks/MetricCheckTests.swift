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

    /// A finding about the whole post starts at its first prose, not at a comment before it, so a
    /// `candor-disable` there covers it.
    @Test func aWholePostFindingStartsAtItsFirstProse() throws {
        let rule = "extends: metric\nmessage: m\nformula: words\ncondition: '> 1'\n"
        let found = try findings(rule, on: "<!-- a note -->\n\none two three\n")
        #expect(found.first?.start == Location(line: 3, column: 1))
        let disabled = try findings(rule, on: "<!-- candor-disable Test.Rule -->\none two\n")
        #expect(disabled.isEmpty)
    }

    /// A formula of one counting variable points at what it counts (`MetricAnchor`).
    @Test func aCountingFormulaPointsAtWhatItCounts() throws {
        let tags = try findings("extends: metric\nmessage: '%s tags'\nformula: hashtags\ncondition: '>= 3'\n",
                                on: "Good day at the beach #sun #sea #sand")
        #expect(tags.first?.match == "#sun #sea #sand")
        let named = try findings("extends: metric\nmessage: m\nformula: self_references\ncondition: '> 0'\n",
                                 on: "---\naccount: Acme\n---\nAt #Acme today, Acme is proud.")
        #expect(named.first?.match == "Acme")
        #expect(named.first?.start == Location(line: 4, column: 17), "the hashtag is not the name")
        let long = String(repeating: "é", count: 279) + "ab cd"
        let length = try findings("extends: metric\nmessage: '%s characters; %[2]s stops at %[3]s'\nformula: weighted_length\ncondition: '> limit'\n",
                                  on: long)
        #expect(length.first?.message == "284 characters; X stops at 280")
        #expect(length.first?.match == "b cd", "from the 281st character on")
        #expect(length.first?.start == Location(line: 1, column: 281))
        // A comment does not count: past 4 KB of one, the limit is passed 280 characters into the prose.
        let note = "<!-- " + String(repeating: "n", count: 6000) + " -->"
        let afterNote = try findings("extends: metric\nmessage: m\nformula: weighted_length\ncondition: '> limit'\n",
                                     on: note + String(repeating: "w", count: 300))
        #expect(afterNote.first?.start == Location(line: 1, column: note.count + 281))
    }

    /// Any other formula spans the post, and its message reads the platform too.
    @Test func otherFormulasSpanThePost() throws {
        let found = try findings("extends: metric\nmessage: '%s on %[2]s'\nformula: hashtags + mentions\ncondition: '>= 2'\n",
                                 on: "Hi @ana #one")
        #expect(found.first?.match == "Hi @ana #one")
        #expect(found.first?.message == "2 on X")
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

    /// A Vale style's metric counts as Vale's summary does: a line break inside a paragraph is no sentence's
    /// end, and headings are left out; candor's own rule on the same text still reads each line as a sentence.
    @Test func aValeStyleMetricCountsSentencesAndWordsAsVale() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("styles/S/Count.yml", "extends: metric\nmessage: \"%s\"\nformula: sentences * 100 + words\ncondition: \"> 0\"\n")
        let rules = try RuleLoader.loadPack(at: folder.path + "/styles/S") { _ in }
        let text = "# Intro\n\nOne two three\nfour five. Six seven\neight.\n\n- Nine ten.\n"
        #expect(try lint(text, rules: rules).findings.map(\.message) == ["310.00"])
        let own = try findings("extends: metric\nmessage: '%s'\nformula: sentences * 100 + words\ncondition: '> 0'\n", on: text)
        #expect(own.map(\.message) == ["611"])
    }
}
