import Testing
@testable import CandorKit

/// A Vale configuration as Vale reads it: its four file names, only the nearest applying, `MinAlertLevel`'s
/// default, section globs deciding per file, `Style.Rule = YES` outside `BasedOnStyles`, and Vocab.
struct ValeConfigTests {
    /// A folder with styles `A` (rules One, Two) and `B` (rule Three, and a spelling rule candor lacks).
    private func styles(_ folder: TemporaryFolder) throws {
        try folder.write("styles/A/One.yml", "extends: existence\nmessage: one\nlevel: warning\ntokens: [one]\n")
        try folder.write("styles/A/Two.yml", "extends: existence\nmessage: two\nlevel: warning\ntokens: [two]\n")
        try folder.write("styles/B/Three.yml", "extends: existence\nmessage: three\nlevel: suggestion\ntokens: [three]\n")
        try folder.write("styles/B/Spelling.yml", "extends: spelling\nmessage: typo\n")
    }

    private func ids(_ configuration: Configuration, for file: String, warnings: inout [String]) throws -> [String] {
        var seen: [String] = []
        let rules = try RuleSet.rules(for: configuration.selecting(file: file)) { seen.append($0) }
        warnings = seen
        return rules.map(\.id).filter { !$0.hasPrefix("Candor.") }
    }

    @Test func everyValeFileNameIsFoundAndOnlyTheNearestApplies() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        for name in ValeConfig.fileNames {
            let file = try folder.write("\(name)-case/\(name)", "MinAlertLevel = error\n")
            #expect(ConfigLoader(userFile: nil).files(for: folder.path + "/\(name)-case").last == file)
        }
        let outer = try folder.write("outer/.vale.ini", "MinAlertLevel = error\n")
        let inner = try folder.write("outer/inner/_vale", "MinAlertLevel = suggestion\n")
        let found = ConfigLoader(userFile: nil).files(for: folder.path + "/outer/inner")
        #expect(found.contains(inner))
        #expect(!found.contains(outer))
    }

    @Test func minAlertLevelDefaultsToWarningAsInVale() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let file = try folder.write(".vale", "[*]\nBasedOnStyles = A\n")
        #expect(try ConfigLoader(userFile: nil).load([file]).level == .warning)
        let set = try folder.write("set/.vale.ini", "MinAlertLevel = suggestion\n")
        #expect(try ConfigLoader(userFile: nil).load([set]).level == .suggestion)
    }

    @Test func sectionsDecidePerFileAndYesTurnsOnARuleOutsideBasedOnStyles() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try styles(folder)
        let file = try folder.write(".vale.ini", """
            StylesPath = styles
            [*]
            BasedOnStyles = A
            A.Two = NO
            [*.txt]
            BasedOnStyles = B
            [test.md]
            A.Two = YES
            B.Three = error
            """)
        let configuration = try ConfigLoader(userFile: nil).load([file])
        var warnings: [String] = []
        #expect(try ids(configuration, for: folder.path + "/other.md", warnings: &warnings) == ["A.One"])
        #expect(try ids(configuration, for: folder.path + "/test.md", warnings: &warnings) == ["A.One", "A.Two", "B.Three"])
        #expect(try ids(configuration, for: folder.path + "/notes.txt", warnings: &warnings) == ["B.Three"])
        // The level holds for every file; the spelling rule is left out with a warning naming it.
        let three = try RuleSet.rules(for: configuration.selecting(file: folder.path + "/notes.txt")).first { $0.id == "B.Three" }
        #expect(three?.level == .error)
        #expect(warnings.contains { $0.contains("Spelling.yml") && $0.contains("spelling") })
        #expect(!configuration.warnings.contains { $0.contains("[test.md]") })
    }

    @Test func unhonouredSettingsAreNamedInAWarning() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let file = try folder.write(".vale.ini", "IgnoredScopes = code, figure\nIgnoredClasses = x\n[formats]\nmdx = md\n[*]\nTokenIgnores = x\n")
        let warnings = try ConfigLoader(userFile: nil).load([file]).warnings
        #expect(warnings.contains { $0.contains("IgnoredScopes: candor cannot leave out 'figure'") })
        #expect(!warnings.contains { $0.contains("'code'") })
        #expect(warnings.contains { $0.contains("IgnoredClasses") })
        #expect(!warnings.contains { $0.contains("TokenIgnores") })
        #expect(warnings.contains { $0.contains("[formats]") })
    }

    @Test func vocabularyMakesValeTermsAndValeAvoid() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("styles/config/vocabularies/Base/accept.txt", "# comment\nLog4j\n[pP]y.*\\b\n")
        try folder.write("styles/config/vocabularies/Base/reject.txt", "Mac OS X\n")
        let file = try folder.write(".vale.ini", "StylesPath = styles\nVocab = Base\n[*.md]\nBasedOnStyles = Vale\n")
        let configuration = try ConfigLoader(userFile: nil).load([file]).selecting(file: folder.path + "/post.md")
        let rules = try RuleSet.rules(for: configuration).filter { $0.pack == "Vale" }
        let result = try lint("I use log4j and Log4j and Pyyaml on Mac OS X.", rules: rules)
        #expect(result.findings.map(\.message) == [
            "Use 'Log4j' instead of 'log4j'.", "Avoid using 'Mac OS X'.",
        ])
    }

    @Test func ignoredTokensBlocksAndScopesAreNotLinted() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("styles/A/Act.yml", "extends: existence\nmessage: \"'%s'\"\nlevel: warning\ntokens: [ACT]\n")
        let file = try folder.write(".vale.ini", """
            StylesPath = styles
            IgnoredScopes = code, strong
            [*.md]
            BasedOnStyles = A
            TokenIgnores = (\\$+?[^\\d][^\\n$]+\\$+?), (<http[^\\n]+>+?)
            BlockIgnores = (?s) *({{< file >}}.*?{{< /file >}})
            """)
        let configuration = try ConfigLoader(userFile: nil).load([file]).selecting(file: folder.path + "/post.md")
        #expect(configuration.valeSelection?.ignores.count == 4)
        let linter = try RuleSet.linter(for: configuration)
        let text = "ACT one.\n\n$ACT two$\n\n{{< file >}}\nACT three\n{{< /file >}}\n\n**ACT four**\n\nACT five."
        let found = linter.lint(try readPost(text)).findings.filter { $0.rule == "A.Act" }
        #expect(found.map(\.start.line) == [1, 11])
    }

    @Test func patternListsSplitAtTopLevelCommas() {
        #expect(ValeConfig.splitPatterns(#"(\$+?[^\d][^\n$]+\$+?), (<http[^\n]+>+?)"#) == [#"(\$+?[^\d][^\n$]+\$+?)"#, #"(<http[^\n]+>+?)"#])
        #expect(ValeConfig.splitPatterns("a{1,2}, b") == ["a{1,2}", "b"])
    }
}
