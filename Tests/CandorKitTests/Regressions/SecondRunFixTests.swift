import Testing
@testable import CandorKit

/// Regression (found by FuzzFixer, swap table `a b: b`, `b: a`): a fix refused in one `--fix` run was made by
/// the next. A run refuses a substitution (rule, match and replacement) once another fix matches inside its
/// replacement, and fixes the file again from its original text without it; which substitutions end up refused
/// depends on the order the passes met them in. Here the first run refused `a  b` (two spaces) on a chain of
/// fixes that, once `a b` was refused too, no longer happens on the text it leaves; a second run, which starts
/// with nothing refused, made it. A fixed text that still offers fixes the run refused is now fixed again in
/// memory, and kept only if that changes nothing; otherwise the file is left as it is, with the reason.
struct SecondRunFixTests {
    private static let swap = "  'a b': 'b'\n  'b': 'a'\n"

    /// `candor lint --fix` on `draft` (as `draft.md`), in memory, with one substitution rule of `swap`.
    static func fix(_ draft: [UInt8], swap: String, in folder: TemporaryFolder) throws -> FixRun.Outcome {
        try folder.write("Fuzz/Swap.yml", "extends: substitution\nmessage: \"'%[2]s', not '%[1]s'\"\nfix: all\nswap:\n\(swap)")
        var options = LintOptions()
        options.configFile = try folder.write("fuzz.yml", "packs: [\(folder.path)/Fuzz]\n")
        options.inputs = [Input(path: "draft.md", origin: .bytes(draft))]
        options.jobs = 1
        return FixRun(options: options).run { _ in }
    }

    /// The text a run leaves: the fixed file, or the draft when the file was not fixed.
    static func result(_ outcome: FixRun.Outcome, of draft: [UInt8]) -> [UInt8] {
        outcome.files.first?.fixed ?? draft
    }

    @Test(arguments: [
        // Without the check: → "a b a  a a  b" → "a b a  a b".
        "b a\na   b a  a a  b",
        // Without the check: → "a b a\na b a a\nb" → "a b a\na b a b".
        "b a  b a\na b a a\nb",
    ])
    func aSecondRunChangesNothing(draft: String) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let draft = Array(draft.utf8)
        let first = try Self.fix(draft, swap: Self.swap, in: folder)
        let fixed = Self.result(first, of: draft)
        #expect(first.files.allSatisfy { !$0.changed })
        #expect(first.failures.map(\.reason) == [
            "a second run would fix it further (its fixes match inside each other's replacements), so it is left as it is",
        ])
        let second = try Self.fix(fixed, swap: Self.swap, in: folder)
        #expect(Self.result(second, of: fixed) == fixed)
    }

    /// A refusal that a second run would make too still leaves the other fixes made: `a b` is refused (`b`
    /// matches inside its replacement) and the `b` on its own is fixed.
    @Test func aRefusalASecondRunRepeatsKeepsTheOtherFixes() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let draft = Array("a b, b\n".utf8)
        let first = try Self.fix(draft, swap: Self.swap, in: folder)
        #expect(first.failures.isEmpty)
        let fixed = Self.result(first, of: draft)
        #expect(String(decoding: fixed, as: UTF8.self) == "a b, a\n")
        #expect(first.files.first?.skipped.map(\.fix.match) == ["a b"])
        let second = try Self.fix(fixed, swap: Self.swap, in: folder)
        #expect(Self.result(second, of: fixed) == fixed)
    }

    /// Every draft of up to five characters of `a`, `b`, space and line break, under swap tables whose
    /// replacements make, hold or undo each other's matches: a second run changes nothing.
    @Test(arguments: [
        "  'a b': 'b'\n  'b': 'a'\n",
        "  'a': 'a b'\n  'b': 'a'\n",
        "  'b a': 'a b'\n  'a': 'b'\n",
    ])
    func everySmallDraftIsFixedOnceAndForAll(swap: String) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let alphabet = Array("ab \n".utf8)
        var drafts: [[UInt8]] = [[]]
        var checked = 0
        for _ in 1...5 {
            drafts = drafts.flatMap { draft in alphabet.map { draft + [$0] } }
            for draft in drafts where draft.contains(where: { $0 != 0x20 && $0 != 0x0A }) {
                let fixed = Self.result(try Self.fix(draft, swap: swap, in: folder), of: draft)
                guard fixed != draft else { continue }
                checked += 1
                let again = Self.result(try Self.fix(fixed, swap: swap, in: folder), of: fixed)
                #expect(again == fixed, "\(String(reflecting: String(decoding: draft, as: UTF8.self))) → \(String(reflecting: String(decoding: fixed, as: UTF8.self))) → \(String(reflecting: String(decoding: again, as: UTF8.self)))")
            }
        }
        // The drafts do get fixed: the check is not vacuous.
        #expect(checked >= 10)
    }
}
