import Foundation
import Testing

/// End to end on the built `candor` binary: stdin and files in, stdout, stderr and exit status out.
/// Every run happens in a fresh temporary folder with HOME pointing into it, so no configuration leaks in.
struct CLITests {
    struct Run {
        let status: Int32
        let stdout: String
        let stderr: String
        let seconds: Double
        var lines: [String] { stdout.split(separator: "\n").map(String.init) }
        var errorLines: [String] { stderr.split(separator: "\n").map(String.init) }
    }

    static let repositoryRoot: String = {
        var url = URL(fileURLWithPath: #filePath)  // Tests/CandorCLITests/CLITests.swift
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }()

    /// The `candor` built beside this test bundle, else `.build/debug/candor`.
    static let binary: String = {
        let files = FileManager.default
        let beside = [Bundle.main.bundleURL, URL(fileURLWithPath: CommandLine.arguments[0])].flatMap { url in
            [url.deletingLastPathComponent().appendingPathComponent("candor").path, url.appendingPathComponent("candor").path]
        }
        return (beside + [repositoryRoot + "/.build/debug/candor"]).first { files.isExecutableFile(atPath: $0) }
            ?? repositoryRoot + "/.build/debug/candor"
    }()

    /// A fresh folder to run in; `remove()` when done.
    struct Folder {
        let path: String
        init() throws {
            let base = URL(fileURLWithPath: NSTemporaryDirectory()).resolvingSymlinksInPath()
            path = base.appendingPathComponent("candor-cli-\(UUID().uuidString)").path
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        }
        @discardableResult
        func write(_ relative: String, _ contents: String) throws -> String {
            let file = path + "/" + relative
            try FileManager.default.createDirectory(
                atPath: (file as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try contents.write(toFile: file, atomically: true, encoding: .utf8)
            return file
        }
        func remove() { try? FileManager.default.removeItem(atPath: path) }
    }

    /// Runs the binary in `folder`; `whileRunning`, when given, is called once it has written its first output
    /// (and stdin is closed), to change the world under a run in progress. Given `timeout` (seconds), a run still going then
    /// is killed, and its status is the signal's (9), so a run that hangs fails its test instead of the suite.
    static func candor(
        _ arguments: [String], stdin: String? = nil, in folder: String, timeout: Double? = nil,
        launcher: [String] = [], whileRunning: (() throws -> Void)? = nil
    ) throws -> Run {
        let process = Process()
        // `launcher` runs the binary under another command (`setpriv ...`), given its arguments.
        process.executableURL = URL(fileURLWithPath: launcher.first ?? binary)
        process.arguments = launcher.isEmpty ? arguments : Array(launcher.dropFirst()) + [binary] + arguments
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        var environment = ProcessInfo.processInfo.environment
        environment["HOME"] = folder
        environment.removeValue(forKey: "XDG_CONFIG_HOME")
        environment.removeValue(forKey: "XDG_CACHE_HOME")
        environment.removeValue(forKey: "CANDOR_CACHE_DIR")
        process.environment = environment
        let input = Pipe(), output = Pipe(), errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        let started = Date()
        try process.run()
        let watchdog = timeout.map { seconds in
            let pid = process.processIdentifier
            let kill = DispatchWorkItem { Foundation.kill(pid, SIGKILL) }
            DispatchQueue.global().asyncAfter(deadline: .now() + seconds, execute: kill)
            return kill
        }
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        // The first output read before `whileRunning`, when there is one: by then candor has found its sources.
        var head = Data()
        if let whileRunning {
            head = output.fileHandleForReading.availableData
            do { try whileRunning() } catch {
                process.terminate()
                throw error
            }
        }
        // Read both pipes to their end before waiting, so a full pipe never blocks the child.
        final class Box: @unchecked Sendable { var data = Data() }
        let err = Box()
        let group = DispatchGroup()
        DispatchQueue.global().async(group: group) { err.data = errors.fileHandleForReading.readDataToEndOfFile() }
        let out = head + output.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        watchdog?.cancel()
        return Run(status: process.terminationStatus, stdout: String(decoding: out, as: UTF8.self),
                   stderr: String(decoding: err.data, as: UTF8.self), seconds: Date().timeIntervalSince(started))
    }

    /// A house pack and a config file that uses only it, so exit statuses do not depend on Rules/Candor.
    static func housePack(in folder: Folder, extra: [String: String] = [:]) throws -> String {
        try folder.write("House/Jargon.yml", "extends: existence\nmessage: \"'%s' is jargon.\"\nlevel: warning\ntokens: [leverage]\n")
        try folder.write("House/Banned.yml", "extends: existence\nmessage: \"'%s' is banned.\"\nlevel: error\ntokens: [forbidden]\n")
        for (name, yaml) in extra { try folder.write("House/\(name)", yaml) }
        return try folder.write("house.yml", "packs: [./House]\n")
    }

    private static let issueExample = "We leverage synergies to deliver world-class solutions.\n"

    // MARK: The issue's example

    @Test func jsonOfTheIssueExample() throws {
        let folder = try Folder()
        defer { folder.remove() }
        let run = try Self.candor(["lint", "--format", "json"], stdin: Self.issueExample, in: folder.path)
        let parsed = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8))
        let root = try #require(parsed as? [String: Any], "\(run.stdout)\n\(run.stderr)")
        #expect(root["version"] as? Int == 1)
        let posts = try #require(root["posts"] as? [[String: Any]])
        #expect(posts.count == 1)
        let post = try #require(posts.first)
        #expect(post["path"] as? String == "<stdin>")
        #expect(post["line"] as? Int == 1)
        #expect(post["platform"] as? String == "x")
        let metrics = try #require(post["metrics"] as? [String: Any])
        for key in ["words", "links", "mentions", "sentences", "weighted_length"] { #expect(metrics[key] != nil, "\(key)") }
        #expect(metrics["words"] as? Int == 8)
        #expect(post["score"] is Int)
        #expect(["broadcast", "mixed", "authentic"].contains(post["verdict"] as? String ?? ""))
        let findings = try #require(post["findings"] as? [[String: Any]])
        func find(_ rule: String, _ match: String) -> [String: Any]? {
            findings.first { $0["rule"] as? String == rule && $0["match"] as? String == match }
        }
        // "We leverage": column 4 to 12; "world-class" after 33 characters: 34 to 45.
        let jargon = try #require(find("Candor.Jargon", "leverage"), "\(findings)")
        #expect(jargon["line"] as? Int == 1)
        #expect(jargon["column"] as? Int == 4)
        #expect(jargon["endColumn"] as? Int == 12)
        #expect((jargon["message"] as? String)?.contains("leverage") == true)
        let corporate = try #require(find("Candor.CorporateVoice", "world-class"), "\(findings)")
        #expect(corporate["column"] as? Int == 34)
        #expect(corporate["endColumn"] as? Int == 45)
        let summary = try #require(root["summary"] as? [String: Int])
        #expect(summary["posts"] == 1)
        #expect(run.status == ((summary["errors"] ?? 0) > 0 ? 1 : 0))
        #expect(run.stderr.isEmpty)
    }

    @Test func lineFormatOfTheIssueExample() throws {
        let folder = try Folder()
        defer { folder.remove() }
        let run = try Self.candor(["lint", "--format", "line"], stdin: Self.issueExample, in: folder.path)
        #expect(!run.lines.isEmpty)
        for line in run.lines {
            #expect(line.wholeMatch(of: /<stdin>:\d+:\d+:[A-Za-z]+\.[A-Za-z]+:.+/) != nil, "\(line)")
        }
        #expect(run.lines.contains { $0.hasPrefix("<stdin>:1:4:Candor.Jargon:") })
        #expect(run.lines.contains { $0.hasPrefix("<stdin>:1:34:Candor.CorporateVoice:") })
    }

    // MARK: Exit statuses

    @Test func warningsAloneExitZeroUnlessAsked() throws {
        let folder = try Folder()
        defer { folder.remove() }
        let config = try Self.housePack(in: folder)
        let warning = "We leverage it.\n"
        let plain = try Self.candor(["lint", "--config", config, "--format", "line"], stdin: warning, in: folder.path)
        #expect(plain.status == 0)
        #expect(plain.lines == ["<stdin>:1:4:House.Jargon:'leverage' is jargon."])
        #expect(try Self.candor(["lint", "--config", config, "--fail-on", "warning"], stdin: warning, in: folder.path).status == 1)
        #expect(try Self.candor(["lint", "--config", config, "--max-warnings", "0"], stdin: warning, in: folder.path).status == 1)
        #expect(try Self.candor(["lint", "--config", config, "--max-warnings", "1"], stdin: warning, in: folder.path).status == 0)
        #expect(try Self.candor(["lint", "--config", config], stdin: "This is forbidden.\n", in: folder.path).status == 1)
        #expect(try Self.candor(["lint", "--config", config], stdin: "Nothing to see.\n", in: folder.path).status == 0)
    }

    /// `--max-warnings` says why it fails the run, as ESLint does, and -1 is no limit.
    @Test func tooManyWarningsSaysSoAndMinusOneIsNoLimit() throws {
        let folder = try Folder()
        defer { folder.remove() }
        let config = try Self.housePack(in: folder)
        let warnings = "We leverage it, and leverage it again.\n"
        let over = try Self.candor(["lint", "--config", config, "--format", "line", "--max-warnings", "1"], stdin: warnings, in: folder.path)
        #expect(over.status == 1)
        #expect(over.lines.count == 2)
        #expect(over.errorLines == ["candor: too many warnings (2, maximum 1)"])
        let within = try Self.candor(["lint", "--config", config, "--max-warnings", "2"], stdin: warnings, in: folder.path)
        #expect(within.status == 0)
        #expect(within.stderr.isEmpty)
        for unlimited in [["--max-warnings", "-1"], ["--max-warnings=-1"]] {
            let run = try Self.candor(["lint", "--config", config] + unlimited, stdin: warnings, in: folder.path)
            #expect(run.status == 0, "\(unlimited): \(run.stderr)")
            #expect(!run.stderr.contains("too many"))
        }
        let wrong = try Self.candor(["lint", "--config", config, "--max-warnings", "-2"], stdin: warnings, in: folder.path)
        #expect(wrong.status == 2)
        #expect(wrong.errorLines.first == "candor: --max-warnings must be -1 (no limit) or more")
    }

    @Test func aHousePackIsComposedOnceThenReadFromTheCache() throws {
        let folder = try Folder()
        defer { folder.remove() }
        let config = try Self.housePack(in: folder)
        let post = "We leverage it. This is forbidden.\n"
        let first = try Self.candor(["lint", "--config", config, "--format", "line"], stdin: post, in: folder.path)
        let cache = folder.path + "/.cache/candor"
        let entries = try FileManager.default.contentsOfDirectory(atPath: cache).filter { $0.hasPrefix("rules-") }
        #expect(entries.count == 2, "one entry per rule file of the pack")
        let second = try Self.candor(["lint", "--config", config, "--format", "line"], stdin: post, in: folder.path)
        #expect(first.stdout == second.stdout && first.status == second.status)
        #expect(second.lines == ["<stdin>:1:4:House.Jargon:'leverage' is jargon.", "<stdin>:1:25:House.Banned:'forbidden' is banned."])
        // An edited rule is read afresh, never served from the entry of its old text.
        try folder.write("House/Jargon.yml", "extends: existence\nmessage: \"'%s' is jargon.\"\nlevel: warning\ntokens: [it]\n")
        let edited = try Self.candor(["lint", "--config", config, "--format", "line"], stdin: post, in: folder.path)
        #expect(edited.lines.first == "<stdin>:1:13:House.Jargon:'it' is jargon.")
    }

    @Test func failOnFromTheConfigFile() throws {
        let folder = try Folder()
        defer { folder.remove() }
        _ = try Self.housePack(in: folder)
        let config = try folder.write("strict.yml", "packs: [./House]\nfail-on: warning\n")
        #expect(try Self.candor(["lint", "--config", config], stdin: "We leverage it.\n", in: folder.path).status == 1)
        // --level hides warnings, so they neither print nor count.
        let hidden = try Self.candor(["lint", "--config", config, "--level", "error", "--format", "line"],
                                     stdin: "We leverage it.\n", in: folder.path)
        #expect(hidden.status == 0)
        #expect(hidden.stdout.isEmpty)
    }

    @Test func unknownConfigKeyExitsTwoWithOneLine() throws {
        let folder = try Folder()
        defer { folder.remove() }
        let config = try folder.write("bad.yml", "packs: [Candor]\nlevle: warning\n")
        let run = try Self.candor(["lint", "--config", config], stdin: "Hi.\n", in: folder.path)
        #expect(run.status == 2)
        #expect(run.errorLines.count == 1, "\(run.stderr)")
        #expect(run.stderr.contains("\(config):2:1: 'levle'"), "\(run.stderr)")
        #expect(run.stdout.isEmpty)
    }

    @Test func unknownRuleInConfigExitsTwoWithOneLine() throws {
        let folder = try Folder()
        defer { folder.remove() }
        let config = try folder.write("bad.yml", "rules:\n  Candor.Nope: error\n")
        let run = try Self.candor(["lint", "--config", config], stdin: "Hi.\n", in: folder.path)
        #expect(run.status == 2)
        #expect(run.errorLines.count == 1, "\(run.stderr)")
        #expect(run.stderr.contains(config) && run.stderr.contains("rules.Candor.Nope"), "\(run.stderr)")
    }

    @Test func badPatternInAPackExitsTwoNamingFileLineAndKey() throws {
        let folder = try Folder()
        defer { folder.remove() }
        let config = try Self.housePack(in: folder, extra: ["Broken.yml": "extends: existence\nmessage: m\nraw:\n  - 'a(b'\n"])
        let run = try Self.candor(["lint", "--config", config], stdin: "Hi.\n", in: folder.path)
        #expect(run.status == 2)
        #expect(run.errorLines.count == 1, "\(run.stderr)")
        #expect(run.stderr.contains("House/Broken.yml:3:1: 'raw': pattern does not compile"), "\(run.stderr)")
        #expect(!run.stderr.contains("Stack") && !run.stderr.contains("Fatal"))
    }

    /// The match limit, not a time, ends the runaway rule: its failure is named and the exit status is 2.
    @Test func runawayPatternExitsTwoAndOthersStillReport() throws {
        let folder = try Folder()
        defer { folder.remove() }
        let config = try Self.housePack(in: folder, extra: ["Runaway.yml": "extends: existence\nmessage: m\nraw: ['(a+)+$']\n"])
        let text = "We leverage " + String(repeating: "a", count: 40) + "!\n"
        let run = try Self.candor(["lint", "--config", config, "--format", "line"], stdin: text, in: folder.path)
        #expect(run.status == 2)
        #expect(run.stderr.contains("House.Runaway") && run.stderr.contains("limit"), "\(run.stderr)")
        #expect(run.lines == ["<stdin>:1:4:House.Jargon:'leverage' is jargon."])
    }

    // MARK: Commands

    @Test func lintIsTheDefaultSubcommand() throws {
        let folder = try Folder()
        defer { folder.remove() }
        let config = try Self.housePack(in: folder)
        try folder.write("draft.md", "---\nplatform: x\n---\nWe leverage it.\n")
        let run = try Self.candor(["draft.md", "--config", config], in: folder.path)
        #expect(run.status == 0)
        #expect(run.stdout.hasPrefix("draft.md\n"), "\(run.stdout)")
        #expect(run.stdout.contains("4:4  warning     'leverage' is jargon.  House.Jargon"), "\(run.stdout)")
        #expect(run.stdout.contains("0 errors, 1 warning and 0 suggestions in 1 post of 1 file"), "\(run.stdout)")
    }

    /// Fixtures/ holds the Vale style's rule files: a walked `.yml` that is not a queue is passed over quietly.
    @Test func lintTheFixturesFolder() throws {
        let run = try Self.candor(["lint", "--format", "line", "Fixtures"], in: Self.repositoryRoot)
        #expect(run.status == 0 || run.status == 1, "\(run.stderr)")
        #expect(run.stderr.isEmpty, "\(run.stderr)")
        #expect(run.stdout.contains("Fixtures/drafts/launch.md:"), "\(run.stdout)")
        #expect(run.stdout.contains("Fixtures/drafts/thread.md:"), "\(run.stdout)")
    }

    @Test func rulesExplainAndTestRules() throws {
        let folder = try Folder()
        defer { folder.remove() }
        let rules = try Self.candor(["rules"], in: folder.path)
        #expect(rules.status == 0)
        #expect(rules.lines.contains { $0.hasPrefix("Candor.Jargon ") && $0.contains("substitution") })
        let json = try Self.candor(["rules", "--format", "json"], in: folder.path)
        let listed = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]]
        #expect(listed?.contains { $0["id"] as? String == "Candor.Jargon" } == true)

        let explain = try Self.candor(["explain", "Candor.Jargon"], in: folder.path)
        #expect(explain.status == 0)
        #expect(explain.stdout.hasPrefix("Candor.Jargon (substitution, "), "\(explain.stdout)")
        #expect(explain.stdout.contains("flag:"))
        let unknown = try Self.candor(["explain", "Candor.Nope"], in: folder.path)
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("Candor.Nope"))

        let tested = try Self.candor(["test-rules"], in: folder.path)
        #expect(tested.status == 0, "\(tested.stdout)")
        #expect(tested.lines.last?.hasSuffix("examples of \(rules.lines.count) rules pass.") == true, "\(tested.stdout)")
    }

    @Test func testRulesNamesTheFailingExamplesFileAndLine() throws {
        let folder = try Folder()
        defer { folder.remove() }
        _ = try Self.housePack(in: folder, extra: ["Weak.yml": """
            extends: existence
            message: m
            tokens: [synergy]
            examples:
              flag:
                - "Our synergy."
                - "No match here."
              pass:
                - "Plain words."
            """])
        let run = try Self.candor(["test-rules", "House"], in: folder.path)
        #expect(run.status == 1)
        #expect(run.stdout.contains("House/Weak.yml:7: House.Weak: a flag example was not flagged"), "\(run.stdout)")
        #expect(run.lines.last == "2 of 3 examples of 3 rules pass.")
    }

    @Test func configShowsWhereEachValueCameFrom() throws {
        let folder = try Folder()
        defer { folder.remove() }
        let file = try folder.write(".candor.yml", "level: warning\nrules:\n  Candor.Jargon: error\n")
        let run = try Self.candor(["config"], in: folder.path)
        #expect(run.status == 0)
        #expect(run.lines.contains("level: warning  # \(file)"), "\(run.stdout)")
        #expect(run.lines.contains("  Candor.Jargon: error  # \(file)"), "\(run.stdout)")
        #expect(run.lines.contains("fail-on: error  # default"), "\(run.stdout)")
        #expect(run.lines.first == "# files read: \(file)")
    }

    /// BUG (Sources/candor/ConfigCommand.swift, `run()`): a path is taken for a file when it contains a
    /// "." anywhere, so `candor config ./posts` shows the configuration of "." instead of `posts/`.
    @Test func configOfASubfolder() throws {
        let folder = try Folder()
        defer { folder.remove() }
        let file = try folder.write("posts/.candor.yml", "level: error\n")
        let run = try Self.candor(["config", "./posts"], in: folder.path)
        #expect(run.status == 0)
        #expect(run.lines.contains("level: error  # \(file)"), "\(run.stdout)")
    }

    @Test func versionPrintsTheVersion() throws {
        let folder = try Folder()
        defer { folder.remove() }
        let run = try Self.candor(["--version"], in: folder.path)
        #expect(run.status == 0)
        #expect(run.stdout.wholeMatch(of: /\d+\.\d+\.\d+\n/) != nil, "\(run.stdout)")
    }

    @Test func unknownOptionIsAUsageError() throws {
        let folder = try Folder()
        defer { folder.remove() }
        let run = try Self.candor(["lint", "--colour", "never"], stdin: "", in: folder.path)
        #expect(run.status == 2)
        #expect(run.stderr.contains("--colour"))
    }

    /// Enum options list their values from the raw values (`CaseArgument`), in declaration order.
    @Test func aBadEnumValueListsTheAllowedOnes() throws {
        let folder = try Folder()
        defer { folder.remove() }
        let format = try Self.candor(["lint", "--format", "yaml"], stdin: "", in: folder.path)
        #expect(format.status == 2)
        #expect(format.stderr.contains("'yaml' is invalid for '--format <format>'"), "\(format.stderr)")
        #expect(format.stderr.contains("- text\n  - line\n  - json\n  - sarif\n  - github\n  - junit\n  - checkstyle"))
        let platform = try Self.candor(["lint", "--platform", "myspace"], stdin: "", in: folder.path)
        #expect(platform.status == 2)
        #expect(platform.stderr.contains("one of 'x', 'mastodon', 'bluesky', 'threads' or 'linkedin'."), "\(platform.stderr)")
        let level = try Self.candor(["lint", "--fail-on", "fatal"], stdin: "", in: folder.path)
        #expect(level.stderr.contains("one of 'suggestion', 'warning' or 'error'."), "\(level.stderr)")
    }

    // MARK: Vale compatibility

    /// Fixtures/vale/styles/Demo holds Vale's documented example rules, unchanged; Fixtures/vale/draft.md
    /// triggers each. Expected: what Vale reports (`vale --output=line`), positions as Vale counts them.
    @Test func valeStyleLoadsUnchangedAndFlagsWhatValeWould() throws {
        let folder = try Folder()
        defer { folder.remove() }
        let config = try folder.write("vale.yml", "packs: [\(Self.repositoryRoot)/Fixtures/vale/styles/Demo]\n")
        let draft = Self.repositoryRoot + "/Fixtures/vale/draft.md"
        let run = try Self.candor(["lint", "--config", config, "--format", "line", draft], in: folder.path)
        #expect(run.stderr.isEmpty, "\(run.stderr)")
        #expect(run.status == 1)  // the comma rule is an error
        #expect(run.lines == [
            "\(draft):5:19:Demo.Hedging:Consider removing 'appears to be'",
            "\(draft):7:12:Demo.Plenty:Consider using 'plenty' instead of 'abundance'",
            "\(draft):9:13:Demo.Commas:More than 3 commas!",
            "\(draft):11:1:Demo.Hedging:Consider removing 'Arguably'",
            "\(draft):11:24:Demo.Symbols:Incorrect use of symbols in '$100 USD'.",
            "\(draft):15:6:Demo.Hedging:Consider removing 'arguably'",
        ], "\(run.stdout)")
    }
}
