import Foundation
import Testing

/// `--fix` and `--diff` end to end: every fixture format fixed in place and read back to the same posts, a
/// second run changing nothing, and the file's bytes, mode and links kept.
struct FixTests {
    private typealias CLI = CLITests

    /// Runs `script` with `sh -c`, the arguments as `$0`, `$1`, ...
    private static func shell(_ script: String, _ arguments: String..., in folder: String) throws -> CLITests.Run {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", script] + arguments
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        process.environment = ProcessInfo.processInfo.environment.merging(["HOME": folder]) { $1 }
        let output = Pipe(), errors = Pipe()
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let out = output.fileHandleForReading.readDataToEndOfFile()
        let err = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return CLITests.Run(status: process.terminationStatus, stdout: String(decoding: out, as: UTF8.self),
                            stderr: String(decoding: err, as: UTF8.self), seconds: 0)
    }

    private static func contents(_ path: String) throws -> Data {
        try Data(contentsOf: URL(fileURLWithPath: path))
    }

    /// The posts of a lint as JSON reports them, without what a fix may change (findings, scores, metrics).
    private static func posts(_ run: CLITests.Run) throws -> [[String: String]] {
        let root = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any], "\(run.stderr)")
        return try #require(root["posts"] as? [[String: Any]]).map { post in
            var kept = (post["metadata"] as? [String: String]) ?? [:]
            for key in ["path", "index", "line", "column", "platform"] { kept[key] = "\(post[key] ?? "")" }
            return kept
        }
    }

    @Test func everyFixtureFormatIsFixedOnceAndReadsBackToTheSamePosts() throws {
        let folder = try CLI.Folder()
        defer { folder.remove() }
        let files = ["calendar/queue.csv", "calendar/queue.tsv", "calendar/queue.json", "calendar/queue.jsonl",
                     "calendar/queue.yml", "drafts/launch.md", "drafts/note.txt", "drafts/reply.md", "drafts/thread.md"]
        var originals: [String: String] = [:]
        for file in files {
            originals[file] = try String(contentsOfFile: CLI.repositoryRoot + "/Fixtures/" + file, encoding: .utf8)
            try folder.write(file, originals[file]!)
        }
        let before = try Self.posts(CLI.candor(["lint", "--no-config", "--format", "json", "calendar", "drafts"], in: folder.path))

        let fixed = try CLI.candor(["lint", "--no-config", "--fix", "--format", "line", "calendar", "drafts"], in: folder.path)
        #expect(fixed.status == 0 || fixed.status == 1, "\(fixed.stderr)")
        // The report is of the fixed files: what is left of Jargon is the swap its rule does not mark safe
        // ("synergies" -> "working together" would read "use working together"), a suggestion.
        let jargon = fixed.lines.filter { $0.contains("Candor.Jargon") }
        #expect(jargon.count == 1 && jargon[0].contains("'synergies' is business jargon"), "\(fixed.stdout)")
        // Only the matched words changed, each written as its file's syntax needs.
        for file in files {
            var expected = originals[file]!
            expected = expected.replacingOccurrences(of: "next-gen", with: "new")
            expected = expected.replacingOccurrences(of: "leverage synergies", with: "use synergies")
            let actual = try String(contentsOfFile: folder.path + "/" + file, encoding: .utf8)
            #expect(actual == expected, "\(file)")
        }
        #expect(fixed.errorLines.sorted() == (["calendar/queue.csv", "calendar/queue.json", "calendar/queue.jsonl", "calendar/queue.tsv",
                                                "calendar/queue.yml"].map { "candor: \($0): fixed 1 finding" }
                                               + ["candor: drafts/launch.md: fixed 1 finding"]).sorted(), "\(fixed.stderr)")
        let json = try JSONSerialization.jsonObject(with: Self.contents(folder.path + "/calendar/queue.json"))
        #expect((json as? [[String: Any]])?[2]["text"] as? String == "Exciting news!\nOur \"new\" café dashboard is live 🚀\nClick here: https://example.com/dashboard")

        let after = try Self.posts(CLI.candor(["lint", "--no-config", "--format", "json", "calendar", "drafts"], in: folder.path))
        #expect(after == before)

        let snapshot = try files.map { try Self.contents(folder.path + "/" + $0) }
        let again = try CLI.candor(["lint", "--no-config", "--fix", "--format", "line", "calendar", "drafts"], in: folder.path)
        #expect(again.stderr.isEmpty, "\(again.stderr)")
        #expect(try files.map { try Self.contents(folder.path + "/" + $0) } == snapshot)
    }

    @Test func diffShowsTheFixesAndWritesNothing() throws {
        let folder = try CLI.Folder()
        defer { folder.remove() }
        let config = try CLI.housePack(in: folder, extra: ["Plain.yml": "extends: substitution\nmessage: m\nfix: all\nswap:\n  utilize: use\n"])
        let text = "First line.\nWe utilize it.\n" + String(repeating: "\n", count: 8) + "We utilize it twice: utilize.\nLast line"
        let draft = try folder.write("draft.md", text)
        let run = try CLI.candor(["lint", "--config", config, "--diff", "draft.md"], in: folder.path)
        #expect(run.status == 0)
        let expected = [
            "--- draft.md", "+++ draft.md",
            "@@ -1,5 +1,5 @@", " First line.", "-We utilize it.", "+We use it.", " ", " ", " ",
            "@@ -8,5 +8,5 @@", " ", " ", " ", "-We utilize it twice: utilize.", "+We use it twice: use.", " Last line",
            "\\ No newline at end of file",
        ]
        #expect(run.stdout == expected.joined(separator: "\n") + "\n", "\(run.stdout)")
        #expect(try String(contentsOfFile: draft, encoding: .utf8) == text)

        // The diff is what --fix writes: `patch -p0` turns a copy into the fixed file.
        let copy = try folder.write("copy/draft.md", text)
        let patch = Process()
        patch.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        patch.arguments = ["patch", "-s", "-p0", "-d", folder.path + "/copy"]
        let input = Pipe()
        patch.standardInput = input
        try patch.run()
        input.fileHandleForWriting.write(Data(run.stdout.utf8))
        try input.fileHandleForWriting.close()
        patch.waitUntilExit()
        #expect(patch.terminationStatus == 0)
        _ = try CLI.candor(["lint", "--config", config, "--fix", "draft.md"], in: folder.path)
        #expect(try Self.contents(copy) == Self.contents(draft))
    }

    @Test func bytesModeAndLinksAreKept() throws {
        let folder = try CLI.Folder()
        defer { folder.remove() }
        let config = try CLI.housePack(in: folder, extra: ["Plain.yml": "extends: substitution\nmessage: m\nfix: all\nswap:\n  utilize: use\n"])
        let csv = try folder.write("queue.csv", "\u{FEFF}id,text\r\n1,\"We utilize it,\r\nsaid \"\"Ana\"\".\"\r\n2,Nothing to fix.\r\n")
        try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: csv)
        let target = try folder.write("real/draft.md", "We utilize it.\n")
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/draft.md", withDestinationPath: target)
        let run = try CLI.candor(["lint", "--config", config, "--fix", "queue.csv", "draft.md"], in: folder.path)
        #expect(run.status == 0, "\(run.stderr)")

        #expect(try Self.contents(csv) == Data("\u{FEFF}id,text\r\n1,\"We use it,\r\nsaid \"\"Ana\"\".\"\r\n2,Nothing to fix.\r\n".utf8))
        let attributes = try FileManager.default.attributesOfItem(atPath: csv)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o640)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: folder.path + "/draft.md") == target)
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "We use it.\n")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix(".candor-") }
        #expect(leftovers.isEmpty)
    }

    @Test func replacementsAreWrittenAsEachSyntaxNeeds() throws {
        let folder = try CLI.Folder()
        defer { folder.remove() }
        let config = try CLI.housePack(in: folder, extra: ["Quote.yml": "extends: substitution\nmessage: m\nfix: all\nswap:\n  utilize: 'say \"use\\'\n"])
        try folder.write("queue.json", "[{\"text\": \"We utilize it.\"}]\n")
        try folder.write("quoted.csv", "text\n\"We utilize it, twice.\"\n")
        try folder.write("plain.csv", "text\nWe utilize it.\n")
        let run = try CLI.candor(["lint", "--config", config, "--fix", "queue.json", "quoted.csv", "plain.csv"], in: folder.path)
        #expect(try String(contentsOfFile: folder.path + "/queue.json", encoding: .utf8) == "[{\"text\": \"We say \\\"use\\\\ it.\"}]\n")
        #expect(try String(contentsOfFile: folder.path + "/quoted.csv", encoding: .utf8) == "text\n\"We say \"\"use\\ it, twice.\"\n")
        // An unquoted cell cannot take a quote without becoming another cell: that fix is left to the writer.
        #expect(try String(contentsOfFile: folder.path + "/plain.csv", encoding: .utf8) == "text\nWe utilize it.\n")
        #expect(run.stderr.contains("candor: plain.csv:2:4: House.Quote not fixed: 'say \"use\\\\' cannot be written there as it is"), "\(run.stderr)")
        let json = try JSONSerialization.jsonObject(with: Self.contents(folder.path + "/queue.json")) as? [[String: String]]
        #expect(json?.first?["text"] == "We say \"use\\ it.")
    }

    @Test func fixesThatUncoverFixesAreAppliedInTheSameRun() throws {
        let folder = try CLI.Folder()
        defer { folder.remove() }
        let config = try CLI.housePack(in: folder, extra: [
            "First.yml": "extends: substitution\nmessage: m\nfix: all\nswap:\n  utilize: use\n",
            "Second.yml": "extends: substitution\nmessage: m\nfix: all\nswap:\n  use of: using\n",
        ])
        try folder.write("draft.md", "We utilize of it.\n")
        _ = try CLI.candor(["lint", "--config", config, "--fix", "draft.md"], in: folder.path)
        #expect(try String(contentsOfFile: folder.path + "/draft.md", encoding: .utf8) == "We using it.\n")
        let again = try CLI.candor(["lint", "--config", config, "--fix", "draft.md"], in: folder.path)
        #expect(again.stderr.isEmpty, "\(again.stderr)")
    }

    @Test func aFailedWriteLeavesTheOriginalUntouched() throws {
        let folder = try CLI.Folder()
        defer { folder.remove() }
        let config = try CLI.housePack(in: folder, extra: ["Plain.yml": "extends: substitution\nmessage: m\nfix: all\nswap:\n  utilize: use\n"])
        let draft = try folder.write("draft.md", "We utilize it.\n")
        // No file may grow past 0 bytes (root ignores permissions, not this limit); SIGXFSZ ignored, a write fails.
        let run = try Self.shell("trap '' XFSZ; ulimit -f 0; exec \"$0\" lint --config \"$1\" --fix draft.md", CLI.binary, config,
                                 in: folder.path)
        #expect(run.status == 2, "\(run.stdout)\(run.stderr)")
        #expect(run.stderr.contains("candor: draft.md: cannot write:"), "\(run.stderr)")
        #expect(try String(contentsOfFile: draft, encoding: .utf8) == "We utilize it.\n")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix(".candor-") }
        #expect(leftovers.isEmpty)
    }

    @Test func standardInputIsDiffedNotWritten() throws {
        let folder = try CLI.Folder()
        defer { folder.remove() }
        let config = try CLI.housePack(in: folder, extra: ["Plain.yml": "extends: substitution\nmessage: m\nfix: all\nswap:\n  utilize: use\n"])
        let diff = try CLI.candor(["lint", "--config", config, "--diff", "--stdin-filename", "post.md"], stdin: "We utilize it.\n", in: folder.path)
        #expect(diff.stdout == "--- post.md\n+++ post.md\n@@ -1 +1 @@\n-We utilize it.\n+We use it.\n", "\(diff.stdout)")
        let fix = try CLI.candor(["lint", "--config", config, "--fix", "--format", "line"], stdin: "We utilize it.\n", in: folder.path)
        #expect(fix.status == 0)
        #expect(fix.lines == ["<stdin>:1:4:House.Plain:m"], "the report is of the text as given")
        #expect(fix.errorLines == ["candor: <stdin>: not fixed in place, since it is not a file; --diff shows the fixes"], "\(fix.stderr)")
    }

    /// Standard input is read with the current folder's configuration whatever `--stdin-filename` calls it, as
    /// a plain lint reads it: in the lint that finds the fixes and in the lint of the fixed text, which finds
    /// the fix the first one made possible ("utilize of" → "use of" → "using").
    @Test func standardInputIsFixedWithTheCurrentFoldersConfiguration() throws {
        let folder = try CLI.Folder()
        defer { folder.remove() }
        _ = try CLI.housePack(in: folder, extra: ["Plain.yml": "extends: substitution\nmessage: m\nfix: all\nswap:\n  utilize: use\n  use of: using\n"])
        try folder.write(".candor.yml", "packs: [./House]\n")
        try folder.write("sub/.candor.yml", "rules:\n  House.Plain: off\n")
        let diff = try CLI.candor(["lint", "--diff", "--stdin-filename", "sub/post.md", "-"], stdin: "We utilize of it.\n", in: folder.path)
        #expect(diff.stdout == "--- sub/post.md\n+++ sub/post.md\n@@ -1 +1 @@\n-We utilize of it.\n+We using it.\n", "\(diff.stderr)")
        // A file there is read with its own folder's configuration, which switches the rule off.
        try folder.write("sub/post.md", "We utilize of it.\n")
        let file = try CLI.candor(["lint", "--diff", "sub/post.md"], in: folder.path)
        #expect(file.stdout.isEmpty && file.status == 0, "\(file.stdout)\(file.stderr)")
    }

    @Test func aReplacementThatHoldsItsMatchIsMadeOnceAndASecondRunChangesNothing() throws {
        let folder = try CLI.Folder()
        defer { folder.remove() }
        let config = try CLI.housePack(in: folder, extra: [
            "Covid.yml": "extends: substitution\nmessage: m\nfix: all\nignorecase: true\nswap:\n  covid: COVID-19\n",
            "Acme.yml": "extends: substitution\nmessage: m\nfix: all\nswap:\n  Acme: Acme Inc.\n",
            "Dog.yml": "extends: substitution\nmessage: m\nfix: all\nswap:\n  dog: dog dog\n",
        ])
        try folder.write("covid.md", "covid is here.\n")
        try folder.write("acme.md", "Acme ships.\n")
        try folder.write("dog.md", "A dog.\n")
        try folder.write("queue.csv", "text\n\"covid, Acme and a dog\"\n")
        let files = ["covid.md", "acme.md", "dog.md", "queue.csv"]
        let first = try CLI.candor(["lint", "--config", config, "--fix"] + files, in: folder.path)
        #expect(first.errorLines.sorted() == ["candor: acme.md: fixed 1 finding", "candor: covid.md: fixed 1 finding",
                                              "candor: dog.md: fixed 1 finding", "candor: queue.csv: fixed 3 findings"], "\(first.stderr)")
        let fixed = try files.map { try Self.contents(folder.path + "/" + $0) }
        #expect(fixed == ["COVID-19 is here.\n", "Acme Inc. ships.\n", "A dog dog.\n",
                          "text\n\"COVID-19, Acme Inc. and a dog dog\"\n"].map { Data($0.utf8) })
        let second = try CLI.candor(["lint", "--config", config, "--fix"] + files, in: folder.path)
        #expect(second.stderr.isEmpty, "\(second.stderr)")
        #expect(try files.map { try Self.contents(folder.path + "/" + $0) } == fixed)
        let diff = try CLI.candor(["lint", "--config", config, "--diff"] + files, in: folder.path)
        #expect(diff.stdout.isEmpty, "\(diff.stdout)")
    }

    @Test func aFixAnotherFixWouldMatchInsideIsRefused() throws {
        let folder = try CLI.Folder()
        defer { folder.remove() }
        // `cat` → "cat food", whose "food" another rule would make "meal"; `big` and `large` undo each other.
        let config = try CLI.housePack(in: folder, extra: [
            "First.yml": "extends: substitution\nmessage: m\nfix: all\nswap:\n  cat: cat food\n  big: large\n  utilize: use\n",
            "Second.yml": "extends: substitution\nmessage: m\nfix: all\nswap:\n  food: meal\n  large: big\n",
        ])
        let draft = try folder.write("draft.md", "A cat. A big one. We utilize it.\n")
        let first = try CLI.candor(["lint", "--config", config, "--fix", "draft.md"], in: folder.path)
        #expect(try String(contentsOfFile: draft, encoding: .utf8) == "A cat. A big one. We use it.\n")
        let refusals = [
            "candor: draft.md:1:3: House.First not fixed: another fix matches inside 'cat food', so the next run would change it again",
            "candor: draft.md:1:10: House.First not fixed: another fix matches inside 'large', so the next run would change it again",
        ]
        #expect(first.errorLines == ["candor: draft.md: fixed 1 finding"] + refusals, "\(first.stderr)")
        let again = try CLI.candor(["lint", "--config", config, "--fix", "draft.md"], in: folder.path)
        #expect(try String(contentsOfFile: draft, encoding: .utf8) == "A cat. A big one. We use it.\n")
        #expect(again.errorLines == refusals, "\(again.stderr)")
    }

    @Test func aFileThatIsNotTheTextLintedIsSaidOnceAndFails() throws {
        let folder = try CLI.Folder()
        defer { folder.remove() }
        let config = try CLI.housePack(in: folder, extra: ["Plain.yml": "extends: substitution\nmessage: m\nfix: all\nswap:\n  utilize: use\n"])
        // Standard input named as the file: the file's fixes are looked for in the other text.
        let text = String(repeating: "We utilize it. ", count: 50) + "\n"
        let draft = try folder.write("draft.md", text)
        let stdin = "Other words, long enough that the matches fall inside them, and more words after those ones.\n"
        for flag in ["--fix", "--diff"] {
            let run = try CLI.candor(["lint", "--config", config, flag, "--stdin-filename", "draft.md", "-", "draft.md"],
                                     stdin: stdin, in: folder.path)
            #expect(run.status == 2, "\(flag): \(run.stderr)")
            #expect(run.errorLines == ["candor: draft.md: not fixed: the text changed since it was linted (50 findings' matches are no longer there); run again"],
                    "\(flag): \(run.stderr)")
            #expect(try String(contentsOfFile: draft, encoding: .utf8) == text)
        }
    }

    // MARK: What the rename would change about the file

    private static let utilize = ["Plain.yml": "extends: substitution\nmessage: m\nfix: all\nswap:\n  utilize: use\n"]

    private static func status(_ path: String) throws -> stat {
        var status = stat()
        try #require(stat(path, &status) == 0, "\(path)")
        return status
    }

    @Test func aReadOnlyFileIsRefusedAndUnchanged() throws {
        let folder = try CLI.Folder()
        defer { folder.remove() }
        let config = try CLI.housePack(in: folder, extra: Self.utilize)
        let draft = try folder.write("draft.md", "We utilize it.\n")
        try #require(chmod(draft, 0o444) == 0)
        let run = try CLI.candor(["lint", "--config", config, "--fix", "draft.md"], in: folder.path)
        #expect(run.status == 2, "\(run.stderr)")
        #expect(run.errorLines.contains("candor: draft.md: not fixed: the file is read-only"), "\(run.stderr)")
        #expect(try String(contentsOfFile: draft, encoding: .utf8) == "We utilize it.\n")
        #expect(try Self.status(draft).st_mode & 0o7777 == 0o444)
    }

    @Test func aHardLinkedFileIsRefusedAndBothNamesUnchanged() throws {
        let folder = try CLI.Folder()
        defer { folder.remove() }
        let config = try CLI.housePack(in: folder, extra: Self.utilize)
        let draft = try folder.write("draft.md", "We utilize it.\n")
        try #require(link(draft, folder.path + "/other.md") == 0)
        let run = try CLI.candor(["lint", "--config", config, "--fix", "draft.md"], in: folder.path)
        #expect(run.status == 2, "\(run.stderr)")
        #expect(run.errorLines.contains("candor: draft.md: not fixed: it has 2 names (hard links); fixing it would split them"),
                "\(run.stderr)")
        #expect(try String(contentsOfFile: draft, encoding: .utf8) == "We utilize it.\n")
        #expect(try String(contentsOfFile: folder.path + "/other.md", encoding: .utf8) == "We utilize it.\n")
        #expect(try Self.status(draft).st_ino == Self.status(folder.path + "/other.md").st_ino)
    }

    @Test(.enabled(if: getuid() == 0, "needs root, to give the file another owner"))
    func theOwnerGroupAndSetgidBitAreKept() throws {
        let folder = try CLI.Folder()
        defer { folder.remove() }
        let config = try CLI.housePack(in: folder, extra: Self.utilize)
        let draft = try folder.write("draft.md", "We utilize it.\n")
        try #require(chown(draft, 12345, 12345) == 0)
        try #require(chmod(draft, 0o2664) == 0)
        let run = try CLI.candor(["lint", "--config", config, "--fix", "draft.md"], in: folder.path)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try String(contentsOfFile: draft, encoding: .utf8) == "We use it.\n")
        let status = try Self.status(draft)
        #expect(status.st_uid == 12345 && status.st_gid == 12345)
        #expect(status.st_mode & 0o7777 == 0o2664)
    }

    /// Someone else's group cannot be given away by a user outside it: the file is refused, not handed to
    /// the user's own group (nor its setgid bit made to mean that group).
    @Test(.enabled(if: getuid() == 0 && FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv"),
                   "needs root and setpriv, to run candor as another user"))
    func aFileWhoseGroupCannotBeKeptIsRefused() throws {
        let folder = try CLI.Folder()
        defer { folder.remove() }
        let config = try CLI.housePack(in: folder, extra: Self.utilize)
        let draft = try folder.write("draft.md", "We utilize it.\n")
        try #require(chown(folder.path, 12345, 12345) == 0)
        try #require(chown(draft, 12345, 0) == 0)
        try #require(chmod(draft, 0o2664) == 0)
        let run = try Self.shell("exec /usr/bin/setpriv --reuid=12345 --regid=12345 --clear-groups \"$0\" lint --config \"$1\" --fix draft.md",
                                 CLI.binary, config, in: folder.path)
        #expect(run.status == 2, "\(run.stdout)\(run.stderr)")
        #expect(run.stderr.contains("candor: draft.md: not fixed: its owner and group cannot be kept"), "\(run.stderr)")
        #expect(try String(contentsOfFile: draft, encoding: .utf8) == "We utilize it.\n")
        let status = try Self.status(draft)
        #expect(status.st_uid == 12345 && status.st_gid == 0)
        #expect(status.st_mode & 0o7777 == 0o2664)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix(".candor-") }
        #expect(leftovers.isEmpty)
    }

    @Test func staleTemporaryFilesOfKilledFixesAreRemoved() throws {
        let folder = try CLI.Folder()
        defer { folder.remove() }
        let config = try CLI.housePack(in: folder, extra: Self.utilize)
        try folder.write("drafts/draft.md", "We utilize it.\n")
        let stale = try folder.write("drafts/.candor-abc123", "half a draft")
        try folder.write("drafts/.candor-def456", "a fix under way")
        let other = try folder.write("drafts/.candor-notes", "not candor's")
        let hourAndMore = Date().addingTimeInterval(-3700)
        for path in [stale, other] {
            try FileManager.default.setAttributes([.modificationDate: hourAndMore], ofItemAtPath: path)
        }
        let run = try CLI.candor(["lint", "--config", config, "--fix", "drafts/draft.md"], in: folder.path)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try String(contentsOfFile: folder.path + "/drafts/draft.md", encoding: .utf8) == "We use it.\n")
        let left = try FileManager.default.contentsOfDirectory(atPath: folder.path + "/drafts").filter { $0.hasPrefix(".candor-") }
        #expect(left.sorted() == [".candor-def456", ".candor-notes"], "only an hour-old temporary file is removed")
    }
}
