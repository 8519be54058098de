import Testing
@testable import CandorKit

/// Vale's `existence`: tokens at word boundaries, `ignorecase`, `nonword`, `raw`, `exceptions`, long lists.
struct ExistenceCheckTests {
    @Test func tokensMatchWholeWordsOnly() throws {
        let rule = "extends: existence\nmessage: \"Consider removing '%s'\"\ntokens: [leverage, thought leader]\n"
        #expect(try matches(rule, on: "We leverage it; deleverage and leverages do not count.") == ["leverage"])
        #expect(try matches(rule, on: "A thought\nleader and a thought leadership piece.") == ["thought\nleader"])
        #expect(try findings(rule, on: "We leverage it.").first?.message == "Consider removing 'leverage'")
    }

    /// A token's apostrophe matches the straight one and the curly one, whichever the token has, in a literal
    /// phrase and in a regex token; an escaped one, or one that is regex syntax, is left as written.
    @Test func anApostropheMatchesStraightOrCurly() throws {
        let text = "Don’t miss out! don't miss out. Dont miss out."
        let straight = "extends: existence\nmessage: m\nignorecase: true\ntokens: [\"don't miss out\"]\n"
        #expect(try matches(straight, on: text) == ["Don’t miss out", "don't miss out"])
        let curly = "extends: existence\nmessage: m\nignorecase: true\ntokens: [\"don’t miss out\"]\n"
        #expect(try matches(curly, on: text) == ["Don’t miss out", "don't miss out"])
        let regex = "extends: existence\nmessage: m\nignorecase: true\ntokens: [\"(?:don|won)'t miss (?:it|out)\"]\n"
        #expect(try matches(regex, on: text + " Won’t miss it.") == ["Don’t miss out", "don't miss out", "Won’t miss it"])
        let swap = "extends: substitution\nmessage: \"'%s', not '%s'\"\nswap: { \"can't\": cannot }\n"
        #expect(try matches(swap, on: "I can’t. I can't.") == ["can’t", "can't"])
    }

    @Test func theApostropheRewriteLeavesSyntaxAndEscapesAlone() {
        #expect(TokenMatcher.eitherApostrophe("don't") == "don['\u{2019}]t")
        #expect(TokenMatcher.eitherApostrophe("[a-z']+s") == "[a-z'\u{2019}]+s")
        #expect(TokenMatcher.eitherApostrophe(#"it\'s"#) == #"it\'s"#)
        #expect(TokenMatcher.eitherApostrophe("(?'name'x)\\k'name'") == "(?'name'x)\\k'name'")
        #expect(TokenMatcher.eitherApostrophe("plain") == "plain")
    }

    @Test func caseMattersUnlessIgnorecase() throws {
        let rule = "extends: existence\nmessage: m\ntokens: [leverage]\n"
        #expect(try matches(rule, on: "Leverage it.").isEmpty)
        #expect(try matches(rule + "ignorecase: true\n", on: "Leverage it. LEVERAGE!") == ["Leverage", "LEVERAGE"])
    }

    @Test func nonwordDropsTheWordBoundaries() throws {
        let rule = "extends: existence\nmessage: m\ntokens: ['!!']\n"
        // `\b(?:!!)\b` needs word characters around the marks.
        #expect(try matches(rule, on: "Wow!! ok").isEmpty)
        #expect(try matches(rule + "nonword: true\n", on: "Wow!! ok") == ["!!"])
    }

    @Test func regexTokensAndPlainTokensMix() throws {
        let rule = "extends: existence\nmessage: m\ntokens: ['synerg(?:y|ies)', world-class]\n"
        #expect(try matches(rule, on: "World-class? No: world-class synergies and synergy.")
            == ["world-class", "synergies", "synergy"])
    }

    @Test func rawIsTheWholePatternConcatenated() throws {
        let rule = #"""
            extends: existence
            message: "Incorrect use of symbols in '%s'."
            ignorecase: true
            raw:
              - \$[\d]* ?
              - (?:dollars|usd|us dollars)
            """#
        #expect(try matches(rule, on: "It costs $100 USD, or $5dollars.") == ["$100 USD", "$5dollars"])
        #expect(try findings(rule, on: "Pay $3 usd").first?.message == "Incorrect use of symbols in '$3 usd'.")
    }

    @Test func exceptionsLetWholeMatchesGo() throws {
        let rule = "extends: existence\nmessage: m\ntokens: ['[A-Z]{2,}']\nexceptions: [NASA, 'U[A-Z]']\n"
        #expect(try matches(rule, on: "NASA and ESA met UK and USA.") == ["ESA", "USA"])
    }

    @Test func tenThousandTermListLoadsAndMatches() throws {
        let terms = (0..<10_000).map { "term\($0)word" }
        let yaml = "extends: existence\nmessage: m\ntokens:\n" + terms.map { "  - \($0)" }.joined(separator: "\n")
        let rule = try makeRule(yaml)
        let result = try lint("A term0word, a term9999word, not term10000word nor xterm5word.", rules: [rule])
        #expect(result.findings.map(\.match) == ["term0word", "term9999word"])
    }

    @Test func tenThousandRegexTokensSplitPastPCRE2sSizeLimit() throws {
        // Each token has regex syntax, so they go to PCRE2; as one alternation they exceed 64 KB compiled.
        let terms = (0..<10_000).map { "w\($0)x+" }
        let yaml = "extends: existence\nmessage: m\ntokens:\n" + terms.map { "  - '\($0)'" }.joined(separator: "\n")
        let rule = try makeRule(yaml)
        #expect(rule.patterns.count > 1)
        let result = try lint("w0x, w5000xx and w9999xxx but not w10000x.", rules: [rule])
        #expect(result.findings.map(\.match) == ["w0x", "w5000xx", "w9999xxx"])
    }

    @Test func matchesInCodeAndLinkDestinationsAreNotProse() throws {
        let rule = "extends: existence\nmessage: m\ntokens: [leverage]\n"
        #expect(try matches(rule, on: "`leverage` [docs](https://x.example/leverage) <!-- leverage --> leverage").count == 1)
        #expect(try matches(rule + "scope: raw\n", on: "`leverage` and leverage").count == 2)
    }
}

/// A match that begins or ends with whitespace is reported from its first visible character, and its
/// message stays on one line.
struct VisibleMatchTests {
    @Test func leadingWhitespaceAndLineBreaksAreNotReported() throws {
        let rule = "extends: existence\nmessage: \"Avoid '%s'.\"\nnonword: true\ntokens: ['(?:^|\\s)I\\s']\n"
        let found = try findings(rule, on: "Yes\nI think so.")
        #expect(found.map(\.match) == ["I"])
        #expect(found.map(\.start.line) == [2])
        #expect(found.map(\.start.column) == [1])
        #expect(found.map(\.message) == ["Avoid 'I '."])
    }

    /// `oneLine` skips the work for an argument whose bytes hold no filler and no line break, which must
    /// be every argument with something to take out.
    @Test func oneLineLooksForEveryLineBreakCharacterSees() {
        for breaking in ["\n", "\r", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}", "\u{01}"] {
            #expect(Linter.mayHoldFillerOrBreak("a" + breaking + "b"), "\(breaking.unicodeScalars.first!.value)")
        }
        for plain in ["don’t", "café", "“quoted”", "→", "a — b", "😀", "\u{2027}", "\u{202A}", "\u{84}"] {
            #expect(!Linter.mayHoldFillerOrBreak(plain), "\(plain)")
        }
        #expect(Linter.oneLine("\u{2028}I ") == "I ")
        #expect(Linter.oneLine("don’t") == "don’t")
    }

    @Test func oneLineKeepsOtherSpaces() {
        #expect(Linter.oneLine(" Randomly-") == " Randomly-")
        #expect(Linter.oneLine("\nI ") == "I ")
        #expect(Linter.oneLine("a\nb \n") == "a\nb")
    }
}

/// A Vale style's rule reads the prose as Vale's rendered text reads: blanked markup and code are no run of
/// spaces. candor's own rules read the prose as before.
struct ValeProseTests {
    private let spacing = """
        extends: existence
        message: "Check '%s' for spacing problems."
        nonword: true
        tokens:
          - '[\\w.?!,\\(\\)\\-":] {2,}[\\w.?!,\\(\\)\\-":]'
        """

    @Test func blankedCodeAndLinkMarkupAreNoRunOfSpaces() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("styles/V/Spacing.yml", spacing)
        let valeRules = try RuleLoader.loadPack(at: folder.path + "/styles/V") { _ in }
        let text = "In the field, enter `animals`. Internal Links [must not](../index.html) be.  Two spaces."
        let vale = try lint(text, rules: valeRules).findings
        #expect(vale.map(\.match) == [".  T"])
        // The same rule outside a Vale style sees the blanked code as spaces.
        let own = try lint(text, rules: [makeRule(spacing)]).findings
        #expect(own.count > 1)
    }

    /// In a one-line paragraph Vale places each match at the first occurrence of its text as a word, after
    /// blotting out the first occurrence (word or not) of each earlier match's text: the first "is" blots the
    /// "is" of "This", so the second "is" lands on the first and is dropped. candor's own rules, and a
    /// paragraph of several lines, report both.
    @Test func aValeStyleRuleInAOneLineParagraphIsPlacedAsVale() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let rule = "extends: existence\nmessage: 'Avoid using \"%s\"'\nignorecase: true\ntokens:\n  - is\n  - very\n"
        try folder.write("styles/V/EPrime.yml", rule)
        let rules = try RuleLoader.loadPack(at: folder.path + "/styles/V") { _ in }
        let text = "This is a very important sentence. There is a sentence here too, very.\n"
        let found = try lint(text, rules: rules).findings
        #expect(found.map(\.match) == ["is", "very", "very"])
        #expect(found.map(\.start.column) == [6, 11, 66])
        #expect(try findings(rule, on: text).map(\.start.column) == [6, 11, 42, 66])
        let twoLines = "This is a very important sentence.\nThere is a sentence here too.\n"
        #expect(try lint(twoLines, rules: rules).findings.map(\.match) == ["is", "very", "is"])
        // Where Vale's search would land on a "very" the rule did not match, the finding stays where it matched.
        try folder.write("styles/W/Good.yml", "extends: existence\nmessage: '%s'\nnonword: true\ntokens:\n  - 'very(?= good)'\n")
        let good = try RuleLoader.loadPack(at: folder.path + "/styles/W") { _ in }
        #expect(try lint("A very nice and very good day.\n", rules: good).findings.map(\.start.column) == [17])
        // A line past `ValeLineLookup.longestLine` is not searched a finding at a time: each stays where it is.
        let long = "This is a sentence. " + String(repeating: "word ", count: ValeLineLookup.longestLine / 5) + "There is one.\n"
        #expect(try lint(long, rules: rules).findings.map(\.match) == ["is", "is"])
    }
}
