import Testing
@testable import CandorKit

/// Regression (found by FuzzFixer): a substitution whose replacement, beside the text around it, makes a new
/// match (`a b` → `b  b  a a`) keeps making fixes pass after pass. `--fix` stopped after its last pass and
/// kept that text, which still offered fixes, so a second run changed it again. A file still being fixed
/// after every pass is now left as it is, with the reason.
struct RunawayFixTests {
    private static let draft = " a\n a\nb \nb b\nab\n"

    private static func fix(_ draft: String, swap: String, in folder: TemporaryFolder) throws -> FixRun.Outcome {
        try folder.write("Fuzz/Swap.yml", "extends: substitution\nmessage: \"'%[2]s', not '%[1]s'\"\nfix: all\nswap:\n  \(swap)\n")
        var options = LintOptions()
        options.configFile = try folder.write("fuzz.yml", "packs: [\(folder.path)/Fuzz]\n")
        options.inputs = [Input(path: "draft.md", origin: .bytes(Array(draft.utf8)))]
        options.jobs = 1
        return FixRun(options: options).run { _ in }
    }

    @Test func aFileStillFixedAfterTheLastPassIsLeftAsItIs() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let outcome = try Self.fix(Self.draft, swap: "'a b': 'b  b  a a'", in: folder)
        #expect(outcome.files.allSatisfy { !$0.changed })
        #expect(outcome.failures.map(\.reason) == ["its fixes keep making more fixes (10 passes, and more to make)"])
    }

    @Test func aFixThatEndsIsStillMade() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let outcome = try Self.fix("a b and a b\n", swap: "'a b': 'b'", in: folder)
        #expect(outcome.failures.isEmpty)
        #expect(outcome.files.map { String(decoding: $0.fixed, as: UTF8.self) } == ["b and b\n"])
    }
}
