import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

/// What a new user met (issue 20), end to end on the built binary: no silent passes, output a person can read,
/// rule editing by name.
struct NewUserTests {
    typealias Folder = CLITests.Folder

    private static let leverage = "We leverage it.\n"

    // MARK: No silent passes

    /// CI runs `candor lint` with no path and an empty stdin: the current folder is linted, and said so.
    @Test func anEmptyStdinWithNoPathLintsTheCurrentFolder() throws {
        let folder = try Folder()
        defer { folder.remove() }
        let config = try CLITests.housePack(in: folder)
        try folder.write("posts/draft.md", "This is forbidden.\n")
        let run = try CLITests.candor(["lint", "--config", config, "--format", "line"], stdin: "", in: folder.path)
        #expect(run.status == 1, "\(run.stderr)")
        #expect(run.lines == ["posts/draft.md:1:9:House.Banned:'forbidden' is banned."])
        #expect(run.errorLines == ["candor: no path given and stdin is empty: linting the current folder ('-' reads stdin)"])
        // Quiet says nothing, and fails all the same; stdin with text is still what is linted.
        let quiet = try CLITests.candor(["lint", "-q", "--config", config], stdin: "", in: folder.path)
        #expect(quiet.status == 1 && quiet.stdout.isEmpty && quiet.stderr.isEmpty)
        let piped = try CLITests.candor(["lint", "--config", config, "--format", "line"], stdin: Self.leverage, in: folder.path)
        #expect(piped.lines == ["<stdin>:1:4:House.Jargon:'leverage' is jargon."])
    }

    /// `candor init`, then a folder walk: a YAML, a JSON and a JSONL queue are linted with the Markdown.
    @Test func initIncludesEveryQueueFormat() throws {
        let folder = try Folder()
        defer { folder.remove() }
        #expect(try CLITests.candor(["init"], in: folder.path).status == 0)
        try folder.write("queue/a.yml", "- text: We leverage synergies.\n")
        try folder.write("queue/b.yaml", "- text: We leverage synergies.\n")
        try folder.write("queue/c.json", #"[{"text": "We leverage synergies."}]"#)
        try folder.write("queue/d.jsonl", #"{"text": "We leverage synergies."}"# + "\n")
        try folder.write("queue/e.csv", "text\nWe leverage synergies.\n")
        try folder.write("drafts/f.md", "We leverage synergies.\n")
        let run = try CLITests.candor(["lint", "--format", "line", "."], in: folder.path)
        let files = Set(run.lines.filter { $0.contains("Candor.Jargon") }.map { String($0.prefix { $0 != ":" }) })
        #expect(files == ["queue/a.yml", "queue/b.yaml", "queue/c.json", "queue/d.jsonl", "queue/e.csv", "drafts/f.md"], "\(run.stdout)\(run.stderr)")
    }

    /// A JUnit dashboard fails the posts the exit status fails for, and no others.
    @Test func junitFailsOnlyWhatTheExitStatusFailsFor() throws {
        let folder = try Folder()
        defer { folder.remove() }
        let config = try CLITests.housePack(in: folder)
        try folder.write("a.md", Self.leverage)
        let passing = try CLITests.candor(["lint", "--config", config, "--format", "junit", "a.md"], in: folder.path)
        #expect(passing.status == 0)
        #expect(!passing.stdout.contains("<failure"), "\(passing.stdout)")
        #expect(passing.stdout.contains("<system-out>1:4 warning 'leverage' is jargon. (House.Jargon)"), "\(passing.stdout)")
        let failing = try CLITests.candor(["lint", "--config", config, "--format", "junit", "--fail-on", "warning", "a.md"], in: folder.path)
        #expect(failing.status == 1)
        #expect(failing.stdout.contains("<failure message=\"1 finding\" type=\"warning\">"), "\(failing.stdout)")
        // The configuration's fail-on counts the same as the flag.
        try folder.write("strict.yml", "packs: [./House]\nfail-on: warning\n")
        let configured = try CLITests.candor(["lint", "--config", "strict.yml", "--format", "junit", "a.md"], in: folder.path)
        #expect(configured.status == 1)
        #expect(configured.stdout.contains("<failure"), "\(configured.stdout)")
    }

    // MARK: Output a person can read

    /// A calendar of five rows with one finding: one post listed, with its id and first words; the clean
    /// ones only counted, and listed with --verbose.
    @Test func textListsThePostsWithFindingsByIdAndFirstWords() throws {
        let folder = try Folder()
        defer { folder.remove() }
        let config = try CLITests.housePack(in: folder)
        var csv = "id,date,text\n"
        for row in 1...5 {
            csv += "row-\(row),2026-03-0\(row),\(row == 4 ? "This is forbidden and it goes on for quite a while longer than forty characters" : "Thanks for the talk \(row)")\n"
        }
        try folder.write("calendar.csv", csv)
        try folder.write("dated.jsonl", #"{"date": "2026-04-01", "text": "forbidden"}"# + "\n")
        let run = try CLITests.candor(["lint", "--config", config, "--color", "never", "calendar.csv", "dated.jsonl"], in: folder.path)
        #expect(run.status == 1)
        let posts = run.lines.filter { $0.hasPrefix(" post ") }
        #expect(posts.count == 2, "\(run.stdout)")
        #expect(posts.first?.contains(/^ post 4 at 5:\d+  id row-4  "This is forbidden and it goes on for…"  score \d+  [a-z]+$/) == true, "\(run.stdout)")
        #expect(posts.last?.contains(/^ post 1 at 1:\d+  date 2026-04-01  "forbidden"  score \d+  [a-z]+$/) == true, "\(run.stdout)")
        #expect(run.lines.last?.hasSuffix(" 4 posts with no findings not listed; --verbose lists them.") == true, "\(run.stdout)")
        #expect(run.lines.last?.contains(" in 6 posts of 2 files; ") == true, "\(run.stdout)")
        let verbose = try CLITests.candor(["lint", "--config", config, "--color", "never", "--verbose", "calendar.csv"], in: folder.path)
        #expect(verbose.lines.filter { $0.hasPrefix(" post ") }.count == 5, "\(verbose.stdout)")
        #expect(verbose.lines.contains { $0.contains(#"  id row-2  "Thanks for the talk 2"  score "#) }, "\(verbose.stdout)")
        #expect(verbose.lines.last?.contains("not listed") == false)
    }

    /// `-o FILE` holds the whole report, also with -q; stdout stays empty; a file that cannot be made is exit 2.
    @Test func outputGoesToTheFileAlsoWhenQuiet() throws {
        let folder = try Folder()
        defer { folder.remove() }
        let config = try CLITests.housePack(in: folder)
        try folder.write("a.md", "This is forbidden.\n")
        let run = try CLITests.candor(["lint", "--config", config, "-q", "--format", "junit", "-o", "out.xml", "a.md"], in: folder.path)
        #expect(run.status == 1)
        #expect(run.stdout.isEmpty && run.stderr.isEmpty)
        let written = try String(contentsOfFile: folder.path + "/out.xml", encoding: .utf8)
        let document = try XMLDocument(data: Data(written.utf8))
        #expect(document.rootElement()?.elements(forName: "testsuite").first?.attribute(forName: "failures")?.stringValue == "1")
        let long = try CLITests.candor(["lint", "--config", config, "--format", "line", "--output", "report.txt", "a.md"], in: folder.path)
        #expect(long.stdout.isEmpty)
        #expect(try String(contentsOfFile: folder.path + "/report.txt", encoding: .utf8) == "a.md:1:9:House.Banned:'forbidden' is banned.\n")
        // No temporary file is left beside it.
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix(".candor-") }.isEmpty)
        let nowhere = try CLITests.candor(["lint", "--config", config, "-o", "missing/folder/out.txt", "a.md"], in: folder.path)
        #expect(nowhere.status == 2)
        #expect(nowhere.errorLines.count == 1 && nowhere.errorLines[0].hasPrefix("candor: missing/folder/out.txt: cannot write: "), "\(nowhere.stderr)")
    }

    /// On a terminal (a pseudo-terminal from `script`) 60 columns wide, the report wraps between words, in
    /// colour; the same run written with `-o` is laid out as for a pipe: one line a finding, no colour. A run
    /// this short shows no progress line.
    @Test func aTerminalGetsWrappedLinesAndAFileDoesNot() throws {
        let folder = try Folder()
        defer { folder.remove() }
        try folder.write("a.md", "We leverage synergies to deliver world-class solutions. Learn more https://example.com\n")
        let quoted = "'" + CLITests.binary.replacingOccurrences(of: "'", with: #"'\''"#) + "'"
        let script = try #require(["/usr/bin/script", "/bin/script"].first { FileManager.default.isExecutableFile(atPath: $0) },
                                  "util-linux's script makes the pseudo-terminal")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: script)
        process.arguments = ["-qec", "stty cols 60; \(quoted) --no-config a.md; \(quoted) --no-config -o out.txt a.md", "/dev/null"]
        process.currentDirectoryURL = URL(fileURLWithPath: folder.path)
        var environment = ProcessInfo.processInfo.environment
        environment["HOME"] = folder.path
        environment.removeValue(forKey: "NO_COLOR")
        process.environment = environment
        let output = Pipe()
        process.standardOutput = output
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let screen = String(decoding: data, as: UTF8.self).replacingOccurrences(of: "\r", with: "")
        #expect(screen.contains("\u{1B}["), "coloured on a terminal")
        let plain = screen.replacing(/\x{1B}\[[0-9;]*[A-Za-z]/, with: "")
        let lines = plain.split(separator: "\n")
        #expect(lines.count > 8, "\(plain)")
        #expect(lines.allSatisfy { $0.count <= 60 }, "\(plain)")
        #expect(lines.contains { $0.hasSuffix("Candor.Jargon") }, "\(plain)")
        #expect(!plain.contains("linted so far"))
        let file = try String(contentsOfFile: folder.path + "/out.txt", encoding: .utf8)
        #expect(!file.contains("\u{1B}"))
        #expect(file.split(separator: "\n").contains { $0.count > 60 && $0.hasSuffix("Candor.LinkOnly") }, "\(file)")
    }

    /// Files named in any order are reported in path order, each once.
    @Test func filesAreReportedInPathOrder() throws {
        let folder = try Folder()
        defer { folder.remove() }
        let config = try CLITests.housePack(in: folder)
        for name in ["b.md", "a-b.md", "a/b.md", "c.md"] { try folder.write(name, Self.leverage) }
        let run = try CLITests.candor(["lint", "--config", config, "--format", "line", "c.md", "a-b.md", "b.md", "a", "c.md"], in: folder.path)
        #expect(run.lines.map { String($0.prefix { $0 != ":" }) } == ["a/b.md", "a-b.md", "b.md", "c.md"], "\(run.stdout)")
    }

    /// A mistyped subcommand is not taken for a missing file.
    @Test func aMistypedSubcommandIsNamed() throws {
        let folder = try Folder()
        defer { folder.remove() }
        let explain = try CLITests.candor(["explian", "Candor.Jargon"], in: folder.path)
        #expect(explain.status == 2)
        #expect(explain.errorLines == ["candor: explian: no such file; did you mean 'candor explain Candor.Jargon'?"])
        let completion = try CLITests.candor(["completion", "bash"], in: folder.path)
        #expect(completion.errorLines == ["candor: completion: no such file; did you mean 'candor --generate-completion-script bash'?"])
        // A missing file that is no near miss is just missing; a file of that name is linted.
        let missing = try CLITests.candor(["lint", "--no-config", "draft"], in: folder.path)
        #expect(missing.status == 2)
        #expect(missing.errorLines.last == "candor: draft: no such file or folder", "\(missing.stderr)")
        try folder.write("rule", "Hello there, @sam. How was the trip?\n")
        let file = try CLITests.candor(["--no-config", "rule"], in: folder.path)
        #expect(file.status == 0, "\(file.stderr)")
        #expect(file.stdout.contains("in 1 post of 1 file"), "\(file.stdout)")
    }

    // MARK: Rule editing

    @Test func testRulesTakesThePackNamesTheConfigurationKnows() throws {
        let folder = try Folder()
        defer { folder.remove() }
        #expect(try CLITests.candor(["init", "--pack", "House"], in: folder.path).status == 0)
        let rules = try FileManager.default.contentsOfDirectory(atPath: folder.path + "/styles/House").count
        let run = try CLITests.candor(["test-rules", "House"], in: folder.path)
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        #expect(run.lines.last?.hasSuffix("examples of \(rules) rules pass.") == true, "\(run.stdout)")
        let lower = try CLITests.candor(["test-rules", "house"], in: folder.path)
        #expect(lower.status == 0, "\(lower.stderr)")
        let unknown = try CLITests.candor(["test-rules", "Hous"], in: folder.path)
        #expect(unknown.status == 2)
        #expect(unknown.errorLines == ["candor: Hous: no built-in pack, folder or configured pack is called 'Hous' (known: Candor, House)"])
        // One rule, one example: singular.
        try folder.write("One/Only.yml", "extends: existence\nmessage: m\ntokens: [x]\nexamples:\n  flag: ['⟦x⟧']\n")
        #expect(try CLITests.candor(["test-rules", "One"], in: folder.path).lines == ["1 of 1 example of 1 rule pass."])
    }

    @Test func explainTakesAShortNameAndShowsTheWholeRule() throws {
        let folder = try Folder()
        defer { folder.remove() }
        let short = try CLITests.candor(["explain", "Jargon"], in: folder.path)
        #expect(short.status == 0, "\(short.stderr)")
        #expect(short.stdout.hasPrefix("Candor.Jargon (substitution, "))
        // The whole swap table, each entry readable, and no cut pattern.
        #expect(short.stdout.contains("swap ("), "\(short.stdout)")
        #expect(short.lines.contains { $0.hasPrefix("  leverage ") && $0.hasSuffix("→  use") }, "\(short.stdout)")
        #expect(!short.stdout.contains("characters"))
        let metric = try CLITests.candor(["explain", "candor.length"], in: folder.path)
        #expect(metric.status == 0)
        #expect(metric.lines.contains { $0.hasPrefix("formula: ") }, "\(metric.stdout)")
        #expect(metric.lines.contains { $0.hasPrefix("condition: ") }, "\(metric.stdout)")
        let typo = try CLITests.candor(["explain", "Jargn"], in: folder.path)
        #expect(typo.status == 2)
        #expect(typo.errorLines == ["candor: no active rule 'Jargn'; did you mean Candor.Jargon? (see 'candor rules')"])
        // A short name two packs share asks for the whole id.
        try folder.write("House/Jargon.yml", "extends: existence\nmessage: m\ntokens: [x]\n")
        try folder.write(".candor.yml", "packs: [Candor, ./House]\n")
        let shared = try CLITests.candor(["explain", "Jargon"], in: folder.path)
        #expect(shared.status == 2)
        #expect(shared.errorLines == ["candor: 'Jargon' is the name of several active rules: Candor.Jargon, House.Jargon; give the whole id"])
    }
}
