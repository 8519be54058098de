import Foundation
import Testing

/// Editors' workflow end to end: `candor init`, then linting with what it wrote; a Vale configuration read
/// in place of `.candor.yml`.
struct EditorWorkflowTests {
    @Test func initThenLintWorksAndInitRefusesToOverwrite() throws {
        let folder = try CLITests.Folder()
        defer { folder.remove() }
        let initRun = try CLITests.candor(["init", "--pack", "House"], in: folder.path)
        #expect(initRun.status == 0)
        #expect(initRun.lines.contains("wrote styles/House/Banned.yml"))
        #expect(try CLITests.candor(["test-rules"], in: folder.path).status == 0)

        try folder.write("draft.md", "Let's circle back on this tomorrow.\n")
        let lint = try CLITests.candor(["lint", "--format", "line", "draft.md"], in: folder.path)
        #expect(lint.status == 0)
        #expect(lint.lines.contains { $0.hasPrefix("draft.md:1:7:House.Banned:") })

        let again = try CLITests.candor(["init"], in: folder.path)
        #expect(again.status == 2)
        #expect(again.stderr.contains(".candor.yml already exists"))
    }

    @Test func aFolderWithOnlyAValeConfigLintsWithItsStyle() throws {
        let folder = try CLITests.Folder()
        defer { folder.remove() }
        try folder.write(".vale.ini", "StylesPath = styles\nMinAlertLevel = suggestion\n\n[*.md]\nBasedOnStyles = Demo\nVocab = Base\n")
        try folder.write("styles/Demo/Weasel.yml", "extends: existence\nmessage: \"Consider removing '%s'\"\nlevel: warning\nignorecase: true\ntokens:\n  - very\n")
        try folder.write("draft.md", "This is very good.\n")
        let run = try CLITests.candor(["lint", "--format", "line", "draft.md"], in: folder.path)
        #expect(run.lines.contains("draft.md:1:9:Demo.Weasel:Consider removing 'very'"))
        // Vocab is honoured now; a vocabulary that is not there is named in a warning.
        #expect(run.stderr.contains("Vocab: no vocabulary 'Base'"))
    }
}

/// A Vale configuration named with --config, whose style has a lookbehind PCRE2 refuses as written and a
/// rule of a check type candor lacks: the run lints with the rest, and says what it left out.
struct ValeConfigCLITests {
    @Test func explicitValeConfigAndAStyleCandorCannotFullyLoad() throws {
        let folder = try CLITests.Folder()
        defer { folder.remove() }
        try folder.write("conf/_vale", "StylesPath = styles\n[*.md]\nBasedOnStyles = G\n")
        try folder.write("conf/styles/G/Colons.yml", """
            extends: existence
            message: "'%s' should be in lowercase."
            nonword: true
            level: warning
            tokens:
              - '(?<!:[^ ]+?):\\s[A-Z]'
            """)
        try folder.write("conf/styles/G/Spelling.yml", "extends: spelling\nmessage: \"Did you really mean '%s'?\"\n")
        try folder.write("draft.md", "Note: This matters. At 10:30: Lunch.\n")
        let run = try CLITests.candor(["lint", "--format", "line", "--config", "conf/_vale", "draft.md"], in: folder.path)
        // candor's own pack runs beside the style; its findings are not what this test is about.
        #expect(run.lines.filter { !$0.contains(":Candor.") } == ["draft.md:1:5:G.Colons:': T' should be in lowercase."])
        #expect(run.stderr.contains("Spelling.yml") && run.stderr.contains("the rule is not run"))
        #expect(run.status != 2)
    }
}
