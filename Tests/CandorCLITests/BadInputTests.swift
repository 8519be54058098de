import Foundation
import Testing

/// End to end on bad input (README, "Bad input"): each case gets a clear message on stderr and the exit status
/// it calls for, nothing crashes, and the good file linted beside it still reports its finding.
struct BadInputTests {
    typealias Folder = CLITests.Folder

    /// A good file for every run: one warning from the house pack, on its first line.
    private static let good = ("z-good.md", "We leverage it.\n")
    private static let goodFinding = "z-good.md:1:4:House.Jargon:'leverage' is jargon."

    /// Runs `candor lint --config <house pack> --format line` on `paths` and the good file, in `folder`.
    private static func lint(
        _ paths: [String], in folder: Folder, options: [String] = [], extra: [String: String] = [:], timeout: Double? = nil
    ) throws -> CLITests.Run {
        let config = try CLITests.housePack(in: folder, extra: extra)
        try folder.write(good.0, good.1)
        return try CLITests.candor(
            ["lint", "--config", config, "--format", "line"] + options + paths + [good.0], in: folder.path, timeout: timeout)
    }

    // MARK: Broken bytes

    @Test func invalidUTF8IsReadWithReplacementAndNotedOncePerFile() throws {
        let folder = try Folder()
        defer { folder.remove() }
        // Two posts with broken bytes in each, and a second file: one note per file, whatever the count.
        try folder.write("thread.md", bytes: [0xFF] + Array("We leverage it.\n---\nAgain ".utf8) + [0xC3] + Array(" we leverage it.\n".utf8))
        try folder.write("note.txt", bytes: [0xFE, 0xFF] + Array(" leverage\n".utf8))
        let run = try Self.lint(["thread.md", "note.txt"], in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.errorLines == [
            "candor: note.txt: not valid UTF-8; read with replacement characters",
            "candor: thread.md: not valid UTF-8; read with replacement characters",
        ])
        // A replacement character counts as one column, as the byte it stands for would have.
        #expect(run.lines == [
            "note.txt:1:4:House.Jargon:'leverage' is jargon.",
            "thread.md:1:5:House.Jargon:'leverage' is jargon.",
            "thread.md:3:12:House.Jargon:'leverage' is jargon.",
            Self.goodFinding,
        ])
    }

    /// A rule file or configuration is not repaired: `\xff` in a token would become U+FFFD and match every
    /// replacement character in the posts. Each is an error naming the file, line and column, exit 2.
    @Test func invalidUTF8InARuleFileOrConfigurationIsAnError() throws {
        let folder = try Folder()
        defer { folder.remove() }
        try folder.write("z-good.md", Self.good.1)
        try folder.write("House/Broken.yml", bytes: Array("extends: existence\nmessage: m\ntokens: [".utf8) + [0xFF] + Array("]\n".utf8))
        let config = try CLITests.housePack(in: folder)
        try folder.write("bad.md", bytes: Array("A ".utf8) + [0xFF] + Array(" here.\n".utf8))
        let rule = try CLITests.candor(["lint", "--config", config, "--format", "line", "bad.md", "z-good.md"], in: folder.path)
        #expect(rule.status == 2, "\(rule.stderr)")
        #expect(rule.errorLines == [
            "candor: \(folder.path)/./House/Broken.yml:3:10: not valid UTF-8 (byte 0xFF); save the file as UTF-8",
        ])
        #expect(!rule.stdout.contains("bad.md"))

        try folder.write("broken.yml", bytes: Array("packs: [Candor]\nplatform: ".utf8) + [0xC3, 0x28] + Array("\n".utf8))
        let configRun = try CLITests.candor(["lint", "--config", "broken.yml", "z-good.md"], in: folder.path)
        #expect(configRun.status == 2, "\(configRun.stderr)")
        #expect(configRun.errorLines == ["candor: broken.yml:2:11: not valid UTF-8 (byte 0xC3); save the file as UTF-8"])
        #expect(configRun.stdout.isEmpty)
    }

    /// A draft with carriage returns alone for line breaks (old Mac): the `---` separator splits the thread,
    /// findings stand on their own lines, and `--fix` writes the file's own line breaks back.
    @Test func carriageReturnsAloneAreLineBreaks() throws {
        let folder = try Folder()
        defer { folder.remove() }
        let text = "---\rplatform: x\r---\rWe leverage it.\r---\rFine.\rThen we utilize and leverage it.\r"
        try folder.write("old-mac.md", text)
        let run = try Self.lint(["old-mac.md"], in: folder, options: ["--level", "warning"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.lines == [
            "old-mac.md:4:4:House.Jargon:'leverage' is jargon.",
            "old-mac.md:7:21:House.Jargon:'leverage' is jargon.",
            Self.goodFinding,
        ])

        let config = try CLITests.housePack(in: folder, extra: ["Plain.yml": "extends: substitution\nmessage: m\nfix: all\nswap:\n  utilize: use\n"])
        let fix = try CLITests.candor(["lint", "--config", config, "--fix", "old-mac.md"], in: folder.path)
        #expect(fix.status == 0, "\(fix.stderr)")
        let fixed = try String(contentsOfFile: folder.path + "/old-mac.md", encoding: .utf8)
        #expect(fixed == text.replacingOccurrences(of: "utilize", with: "use"))
    }

    /// UTF-16 with a byte order mark, either way round, is text, not binary: linted with the columns of its
    /// characters, found by a walk or piped in. `--fix` leaves it as it is rather than write it as UTF-8.
    @Test func utf16WithAByteOrderMarkIsLinted() throws {
        let folder = try Folder()
        defer { folder.remove() }
        func utf16(_ text: String, bigEndian: Bool) -> [UInt8] {
            (bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]) + text.utf16.flatMap { unit -> [UInt8] in
                bigEndian ? [UInt8(unit >> 8), UInt8(unit & 0xFF)] : [UInt8(unit & 0xFF), UInt8(unit >> 8)]
            }
        }
        let text = "Café 👋 we leverage it.\r\n---\r\nThen we utilize it.\r\n"
        try folder.write("posts/le.md", bytes: utf16(text, bigEndian: false))
        try folder.write("posts/be.txt", bytes: utf16(text, bigEndian: true))
        try folder.write("queue.jsonl", bytes: utf16("{\"text\": \"We leverage it.\"}\n", bigEndian: false))
        let run = try Self.lint(["posts", "queue.jsonl"], in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.isEmpty, "\(run.stderr)")
        #expect(run.lines == [
            "posts/be.txt:1:11:House.Jargon:'leverage' is jargon.",
            "posts/le.md:1:11:House.Jargon:'leverage' is jargon.",
            "queue.jsonl:1:14:House.Jargon:'leverage' is jargon.",
            Self.goodFinding,
        ])

        let config = try CLITests.housePack(in: folder, extra: ["Plain.yml": "extends: substitution\nmessage: m\nfix: all\nswap:\n  utilize: use\n"])
        let fix = try CLITests.candor(["lint", "--config", config, "--fix", "posts/le.md"], in: folder.path)
        #expect(fix.errorLines.contains("candor: posts/le.md: not fixed: UTF-16, which --fix does not write, so it is left as it is"),
                "\(fix.stderr)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: folder.path + "/posts/le.md")) == Data(utf16(text, bigEndian: false)))
    }

    @Test func binaryFileInAWalkedFolderIsSkippedWithANotice() throws {
        let folder = try Folder()
        defer { folder.remove() }
        try folder.write("posts/a.md", "Time to leverage.\n")
        try folder.write("posts/b.md", bytes: Array("We leverage".utf8) + [0] + Array(" it.\n".utf8))
        let run = try Self.lint(["posts"], in: folder)
        #expect(run.status == 0)
        #expect(run.errorLines == ["candor: posts/b.md: binary file skipped"])
        #expect(run.lines == ["posts/a.md:1:9:House.Jargon:'leverage' is jargon.", Self.goodFinding])
    }

    /// A file asked for by name and not linted is an input error, as a named file of an unknown type is.
    @Test func binaryFileNamedOnTheCommandLineIsAnError() throws {
        let folder = try Folder()
        defer { folder.remove() }
        try folder.write("b.md", bytes: Array("We leverage".utf8) + [0] + Array(" it.\n".utf8))
        let run = try Self.lint(["b.md"], in: folder)
        #expect(run.status == 2)
        #expect(run.errorLines == ["candor: b.md: binary file skipped"])
        #expect(run.lines == [Self.goodFinding])
    }

    /// Piped in, a NUL is binary too, and an error: the input was asked for.
    @Test func binaryOnStdinIsAnError() throws {
        let folder = try Folder()
        defer { folder.remove() }
        let config = try CLITests.housePack(in: folder)
        let run = try CLITests.candor(["lint", "--config", config, "--format", "line"], stdin: "We leverage\u{0} it.\n",
                                      in: folder.path)
        #expect(run.status == 2)
        #expect(run.errorLines == ["candor: <stdin>: binary input skipped"])
        #expect(run.lines.isEmpty)
    }

    // MARK: Sizes

    /// A file with no bytes is no queue of any format (not even valid JSON), and nothing is wrong with it:
    /// each is said to hold no posts, and the run goes on. So is one that holds only blank lines, front
    /// matter, a header row or an empty list.
    @Test func emptyFilesAreSaidToHoldNoPosts() throws {
        let folder = try Folder()
        defer { folder.remove() }
        let empty = ["empty.md", "empty.txt", "empty.csv", "empty.tsv", "empty.json", "empty.jsonl", "empty.yml"]
        for name in empty { try folder.write(name, "") }
        let hollow = ["blank.md": "\n  \n\n", "meta.md": "---\nplatform: x\n---\n", "header.csv": "text,date\n",
                      "list.json": "[]", "queue.yaml": "posts: []\n"]
        for (name, text) in hollow { try folder.write(name, text) }
        let names = empty + hollow.keys.sorted()
        let run = try Self.lint(names, in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        // In path order, as the posts are.
        let said = empty.map { ($0, "candor: \($0): empty, no posts") } + hollow.keys.map { ($0, "candor: \($0): no posts") }
        #expect(run.errorLines == said.sorted { $0.0 < $1.0 }.map(\.1))
        #expect(run.lines == [Self.goodFinding])

        // The same in a walked folder, and from stdin.
        let walked = try CLITests.candor(["lint", "--config", "house.yml", "--format", "line", "."], in: folder.path)
        #expect(walked.status == 0, "\(walked.stderr)")
        #expect(walked.errorLines.contains("candor: empty.json: empty, no posts"), "\(walked.stderr)")
        let piped = try CLITests.candor(["lint", "--config", "house.yml", "-"], stdin: "", in: folder.path)
        #expect(piped.status == 0)
        #expect(piped.errorLines == ["candor: <stdin>: empty, no posts"])
    }

    /// A long thread streams a post at a time from disk: a finding 8,000 lines in, after a byte order mark,
    /// front matter and CRLF breaks, stands on its line, and a `candor-disable-next-line` last in a post does
    /// not reach over the `---` into the next one, while one inside a post still works.
    @Test func aLongThreadKeepsItsPositionsAndSuppressions() throws {
        let folder = try Folder()
        defer { folder.remove() }
        var posts = (0..<5_000).map { "Post \($0)." }
        posts[3_999] += "\r\n<!-- candor-disable-next-line -->"
        posts[4_000] = "We leverage it."
        posts[4_001] = "<!-- candor-disable-next-line -->\r\nWe leverage it."
        let thread = "\u{FEFF}---\r\naccount: acme\r\n---\r\n" + posts.joined(separator: "\r\n---\r\n") + "\r\n"
        try folder.write("thread.md", bytes: Array(thread.utf8))
        let run = try Self.lint(["thread.md"], in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        // Front matter on lines 1-3, then a post and a `---` every two lines; post 3,999 takes one more.
        #expect(run.lines == ["thread.md:8005:4:House.Jargon:'leverage' is jargon.", Self.goodFinding])
    }

    /// A 50 MB line: a queue exported with a page of HTML in each record, the post's text after it. The line
    /// is streamed, the posts around it are linted, and the finding past it has its true column.
    ///
    /// A 50 MB post (the text itself that long) is measured, not tested: a release build lints it with the
    /// default pack in about 11 s, with no rule failing, but a debug build takes minutes on that.
    @Test func aFiftyMegabyteLine() throws {
        let folder = try Folder()
        defer { folder.remove() }
        let html = String(repeating: "<p>Filler for the page.</p>", count: 50_000_000 / 27)
        try folder.write("export.jsonl", """
            {"text": "We leverage it."}
            {"html": "\(html)", "text": "We leverage it."}
            {"text": "And leverage after."}

            """)
        let run = try Self.lint(["export.jsonl"], in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.isEmpty, "\(run.stderr)")
        let column = 1 + #"{"html": ""#.count + html.count + #"", "text": "We "#.count
        #expect(run.lines == [
            "export.jsonl:1:14:House.Jargon:'leverage' is jargon.",
            "export.jsonl:2:\(column):House.Jargon:'leverage' is jargon.",
            "export.jsonl:3:15:House.Jargon:'leverage' is jargon.",
            Self.goodFinding,
        ])
    }

    /// 100,000 posts in one JSONL queue, streamed: every one linted, in order.
    @Test func aHundredThousandPostsInOneQueue() throws {
        let folder = try Folder()
        defer { folder.remove() }
        let queue = (1...100_000).map { line in
            line % 1000 == 0 ? #"{"text": "This is forbidden."}"# : #"{"text": "Post \#(line)."}"#
        }
        try folder.write("queue.jsonl", queue.joined(separator: "\n") + "\n")
        let run = try Self.lint(["queue.jsonl"], in: folder)
        #expect(run.status == 1, "\(run.stderr)")
        #expect(run.stderr.isEmpty, "\(run.stderr)")
        let banned = stride(from: 1000, through: 100_000, by: 1000).map { "queue.jsonl:\($0):19:House.Banned:'forbidden' is banned." }
        #expect(run.lines == banned + [Self.goodFinding])
    }

    /// A thread of 20,000 posts in one Markdown file, after front matter, read one post at a time as a JSONL
    /// queue is: every post linted, the first and the last at their own lines and columns.
    @Test func aTwentyThousandPostThread() throws {
        let folder = try Folder()
        defer { folder.remove() }
        let posts = (1...20_000).map { index in
            index == 1 ? "We leverage it." : index == 20_000 ? "And we leverage it." : "Post \(index)."
        }
        try folder.write("thread.md", "---\naccount: acme\n---\n" + posts.joined(separator: "\n---\n") + "\n")
        let run = try Self.lint(["thread.md"], in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.isEmpty, "\(run.stderr)")
        // Post n starts on line 2n + 2: three lines of front matter, then a post and a `---` line each.
        #expect(run.lines == [
            "thread.md:4:4:House.Jargon:'leverage' is jargon.",
            "thread.md:40002:8:House.Jargon:'leverage' is jargon.",
            Self.goodFinding,
        ])
    }

    /// Nesting beyond the parsers' limits (JSON 512 levels, YAML 1000) is an error naming the file, not a
    /// stack overflow.
    @Test func deeplyNestedJSONAndYAMLAreErrors() throws {
        let folder = try Folder()
        defer { folder.remove() }
        try folder.write("deep.json", String(repeating: "[", count: 100_000))
        try folder.write("deep.yml", String(repeating: "[", count: 100_000))
        // Block style: each line one level deeper than the last.
        let block = (0..<2000).map { String(repeating: " ", count: $0) + "-\n" }.joined()
        try folder.write("block.yaml", block)
        let run = try Self.lint(["deep.json", "deep.yml", "block.yaml"], in: folder)
        #expect(run.status == 2)
        #expect(run.errorLines == [
            "candor: block.yaml:1000:1000: invalid YAML: while parsing, nested more than 1000 levels deep",
            "candor: deep.json:1:512: invalid JSON: nested more than 512 levels deep",
            "candor: deep.yml:1:1: invalid YAML: while parsing, nested more than 1000 levels deep",
        ])
        #expect(run.lines == [Self.goodFinding])
    }

    /// YAML that is small but whose aliases expand it to a billion values ("billion laughs"), in a draft's
    /// front matter and in a queue: an error naming the file, in about a second, not a hang.
    @Test func aYAMLAliasBombIsAnError() throws {
        let folder = try Folder()
        defer { folder.remove() }
        let anchors = (["a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
            + (1...8).map { "a\($0): &a\($0) [" + Array(repeating: "*a\($0 - 1)", count: 10).joined(separator: ", ") + "]" })
            .joined(separator: "\n")
        try folder.write("draft.md", "---\n" + anchors + "\n---\nWe leverage it.\n")
        try folder.write("queue.yml", anchors + "\nposts:\n  - text: We leverage it.\n    tags: *a8\n")
        let run = try Self.lint(["draft.md", "queue.yml"], in: folder)
        #expect(run.status == 2)
        #expect(run.errorLines.count == 2, "\(run.stderr)")
        for (line, file) in zip(run.errorLines, ["draft.md", "queue.yml"]) {
            #expect(line.hasPrefix("candor: \(file):"), "\(line)")
            #expect(line.contains(": invalid YAML: aliases expand the document past "), "\(line)")
        }
        #expect(run.lines == [Self.goodFinding])
    }

    // MARK: Names and messages that would act on a terminal

    /// A file name that would clear the screen and, split at its line break, forge a finding of its own.
    private static let hostileName = "clear\u{1B}[2J\nfake.md:1:1:House.Banned:forged.md"
    private static let escapedName = #"clear\x1b[2J\nfake.md:1:1:House.Banned:forged.md"#

    /// Whether `text` holds ESC or any other control character but the line feed that ends each line.
    private static func hasRawControl(_ text: String) -> Bool {
        text.unicodeScalars.contains { $0 != "\n" && ($0.value < 0x20 || (0x7F...0x9F).contains($0.value)) }
    }

    /// In `line` and `text`, and in the diagnostic that names it on stderr, the name's control characters are
    /// escaped; each finding is one line, the one whose match and message span a line break too.
    @Test func controlCharactersInANameOrMessageAreEscapedAndEachFindingIsOneLine() throws {
        let folder = try Folder()
        defer { folder.remove() }
        try folder.write(Self.hostileName, bytes: [0xFF] + Array("We leverage\nit. This is forbidden.\n".utf8))
        let span = ["Span.yml": "extends: existence\nmessage: \"'%s' spans\\nlines.\"\nraw: ['leverage\\s+it']\n"]
        let line = try Self.lint([Self.hostileName], in: folder, extra: span)
        let config = folder.path + "/house.yml"
        let text = try CLITests.candor(["lint", "--config", config, "--color", "always", Self.hostileName, Self.good.0], in: folder.path)
        for run in [line, text] {
            #expect(run.status == 1, "\(run.stderr)")
            #expect(!Self.hasRawControl(run.stderr), "\(run.stderr)")
            #expect(run.errorLines == ["candor: \(Self.escapedName): not valid UTF-8; read with replacement characters"])
        }
        #expect(!Self.hasRawControl(line.stdout), "\(line.stdout)")
        #expect(line.lines == [
            Self.escapedName + ":1:5:House.Jargon:'leverage' is jargon.",
            Self.escapedName + #":1:5:House.Span:'leverage\nit' spans\nlines."#,
            Self.escapedName + ":2:13:House.Banned:'forbidden' is banned.",
            Self.goodFinding,
            #"z-good.md:1:4:House.Span:'leverage it' spans\nlines."#,
        ])
        // The text format's own ESC is its colour, and only that.
        let plain = text.stdout.replacing(/\x{1B}\[[0-9]+m/, with: "")
        #expect(!Self.hasRawControl(plain), "\(plain)")
        let findings = plain.split(separator: "\n").filter { $0.contains(/^   \d+:\d+\s+(warning|error)\s/) }
        #expect(findings.count == 5, "\(plain)")
        #expect(plain.hasPrefix(Self.escapedName + "\n"), "\(plain)")
        #expect(plain.contains(#"   1:5   warning     'leverage\nit' spans\nlines.  House.Span"#), "\(plain)")
    }

    /// `--diff` names the file in its headers with the escapes; the lines themselves are the file's.
    @Test func controlCharactersInANameAreEscapedInTheDiffHeaders() throws {
        let folder = try Folder()
        defer { folder.remove() }
        try folder.write(Self.hostileName, bytes: Array("We utilize it.\n".utf8))
        let swap = ["Swap.yml": "extends: substitution\nmessage: m\nfix: all\nswap:\n  utilize: use\n"]
        let config = try CLITests.housePack(in: folder, extra: swap)
        let run = try CLITests.candor(["lint", "--config", config, "--diff", Self.hostileName], in: folder.path)
        #expect(!Self.hasRawControl(run.stdout + run.stderr), "\(run.stdout)\(run.stderr)")
        #expect(run.stdout == "--- \(Self.escapedName)\n+++ \(Self.escapedName)\n@@ -1 +1 @@\n-We utilize it.\n+We use it.\n")
    }

    // MARK: Files that go away

    /// Named, but gone before the run: the path names nothing by the time candor looks.
    @Test func aMissingFileIsAnErrorAndTheOthersAreLinted() throws {
        let folder = try Folder()
        defer { folder.remove() }
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/link.md", withDestinationPath: "gone.md")
        let run = try Self.lint(["gone.md", "link.md"], in: folder)
        #expect(run.status == 2)
        #expect(run.errorLines == ["candor: gone.md: no such file or folder", "candor: link.md: no such file or folder"])
        #expect(run.lines == [Self.goodFinding])
    }

    /// Found by the walk, then deleted while the run reads another source: that file is an error naming it,
    /// the rest of the run is linted.
    @Test func aFileDeletedDuringTheRunIsAnErrorAndTheOthersAreLinted() throws {
        let folder = try Folder()
        defer { folder.remove() }
        try folder.write("posts/a.md", "Time to leverage.\n")
        try folder.write("posts/b.md", "We leverage it too.\n")
        let run = try Self.lintPausing(["posts"], in: folder) {
            try FileManager.default.removeItem(atPath: folder.path + "/posts/b.md")
        }
        #expect(run.status == 2)
        #expect(run.errorLines == ["candor: posts/b.md: cannot read: No such file or directory"])
        #expect(run.lines == Self.queueFindings + ["posts/a.md:1:9:House.Jargon:'leverage' is jargon.", Self.goodFinding])
    }

    /// Found by the walk, then made unreadable while the run reads another source.
    @Test func aFileMadeUnreadableDuringTheRunIsAnErrorAndTheOthersAreLinted() throws {
        let folder = try Folder()
        defer { folder.remove() }
        try folder.write("posts/a.md", "Time to leverage.\n")
        try folder.write("posts/b.md", "We leverage it too.\n")
        var reason = ""
        let run = try Self.lintPausing(["posts"], in: folder) {
            reason = try Self.makeUnreadable(folder.path + "/posts/b.md")
        }
        #expect(run.status == 2)
        #expect(run.errorLines == ["candor: posts/b.md: cannot read: \(reason)"])
        #expect(run.lines == Self.queueFindings + ["posts/a.md:1:9:House.Jargon:'leverage' is jargon.", Self.goodFinding])
    }

    /// A folder that may be listed but not searched (mode 0644): walked, it is `cannot read: Permission
    /// denied`, not passed over; a file in it named on the command line is the same, not "no such file".
    /// Root is not stopped by modes, so as root candor runs without the capabilities that let it past them
    /// (`setpriv` dropping them from its bounding set): the same check, met as any other user meets it.
    @Test func aFolderThatCannotBeSearchedIsAnError() throws {
        let folder = try Folder()
        defer {
            try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder.path + "/locked")
            folder.remove()
        }
        try folder.write("locked/a.md", "We leverage it.\n")
        try folder.write("open/b.md", "Time to leverage.\n")
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: folder.path + "/locked")
        let config = try CLITests.housePack(in: folder)
        try folder.write(Self.good.0, Self.good.1)
        let launcher = geteuid() == 0 ? ["/usr/bin/setpriv", "--bounding-set", "-dac_override,-dac_read_search", "--"] : []
        let run = try CLITests.candor(
            ["lint", "--config", config, "--format", "line", ".", "locked/a.md", "locked/missing.md", Self.good.0],
            in: folder.path, launcher: launcher)
        #expect(run.status == 2, "\(run.stderr)")
        #expect(run.errorLines == [
            "candor: locked: cannot read: Permission denied",
            "candor: locked/a.md: cannot read: Permission denied",
            "candor: locked/missing.md: cannot read: Permission denied",
        ])
        // In path order, and the file the walk found and the command line named too is linted once.
        #expect(run.lines == ["open/b.md:1:9:House.Jargon:'leverage' is jargon.", Self.goodFinding])
    }

    /// The posts of the queue `lintPausing` lints first, and their findings: about 1 MB of output.
    private static let queuePosts = 20_000
    /// Named so it sorts, and is read, before the `posts` folder the pausing tests change.
    private static let queueFindings = (1...queuePosts).map { "backlog.jsonl:\($0):14:House.Jargon:'leverage' is jargon." }

    /// Lints a long queue, then `paths`, then the good file; `change` runs once candor has walked every path
    /// and is held inside the queue. Nothing is read of its output until then, so once a pipe's worth of
    /// findings is written (a small part of the queue's), candor waits on the pipe before it has read a
    /// file the walk found, however fast or slow either side runs. (A named pipe once held it instead; candor
    /// no longer reads one.)
    private static func lintPausing(_ paths: [String], in folder: Folder, change: @escaping () throws -> Void) throws -> CLITests.Run {
        let queue = String(repeating: #"{"text": "We leverage it."}"# + "\n", count: queuePosts)
        try folder.write("backlog.jsonl", queue)
        let config = try CLITests.housePack(in: folder)
        try folder.write(good.0, good.1)
        return try CLITests.candor(
            ["lint", "--config", config, "--format", "line", "backlog.jsonl"] + paths + [good.0], in: folder.path,
            whileRunning: change)
    }

    /// Makes the file at `path` one that cannot be read, and returns the reason candor will give. Mode 000
    /// does that for anyone but root, whom modes do not stop (and CI runs as root); for root, the file is
    /// replaced by a link to `/proc/self/mem`, which opens but whose first page (address 0) is never mapped,
    /// so reading it fails, as a read from a failing disk does.
    private static func makeUnreadable(_ path: String) throws -> String {
        #if os(Linux)
        if getuid() == 0 {
            try FileManager.default.removeItem(atPath: path)
            try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: "/proc/self/mem")
            return "Input/output error"
        }
        #endif
        try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: path)
        return "Permission denied"
    }

    // MARK: Files that are not files

    /// How long a run refusing a special file may take: it reads nothing, so well under this; a run that
    /// blocks on a named pipe, or reads a device that never ends, is killed then and fails.
    private static let patience = 20.0

    /// A named pipe as a rule file, as `--config`, and as a post file named on the command line: each is
    /// refused by name with exit status 2, at once, where opening it used to wait for a writer for ever.
    @Test func aNamedPipeIsRefusedWhereverAFileIsRead() throws {
        let folder = try Folder()
        defer { folder.remove() }
        try folder.write("z-good.md", Self.good.1)
        let config = try CLITests.housePack(in: folder)
        try Self.makeFIFO(folder.path + "/House/Pipe.yml")
        let rule = try CLITests.candor(["lint", "--config", config, "z-good.md"], in: folder.path, timeout: Self.patience)
        #expect(rule.status == 2, "\(rule.stderr)")
        #expect(rule.errorLines == ["candor: \(folder.path)/./House/Pipe.yml: not a regular file"])
        try FileManager.default.removeItem(atPath: folder.path + "/House/Pipe.yml")

        try Self.makeFIFO(folder.path + "/pipe.yml")
        let configRun = try CLITests.candor(["lint", "--config", "pipe.yml", "z-good.md"], in: folder.path, timeout: Self.patience)
        #expect(configRun.status == 2, "\(configRun.stderr)")
        #expect(configRun.errorLines == ["candor: pipe.yml: not a regular file"])
        #expect(configRun.stdout.isEmpty)

        // Named as posts, it is an input error, and the file beside it is linted.
        try Self.makeFIFO(folder.path + "/queue.jsonl")
        let posts = try Self.lint(["pipe.yml", "queue.jsonl"], in: folder, timeout: Self.patience)
        #expect(posts.status == 2, "\(posts.stderr)")
        #expect(posts.errorLines == ["candor: pipe.yml: not a regular file", "candor: queue.jsonl: not a regular file"])
        #expect(posts.lines == [Self.goodFinding])
    }

    /// A symbolic link to /dev/zero as `--config` and as a rule file: refused by name, where reading it used
    /// to grow without end until the process aborted. Named as a post, it is refused too.
    @Test func aLinkToADeviceIsRefusedWhereverAFileIsRead() throws {
        let folder = try Folder()
        defer { folder.remove() }
        try folder.write("z-good.md", Self.good.1)
        let files = FileManager.default
        try files.createSymbolicLink(atPath: folder.path + "/zero.yml", withDestinationPath: "/dev/zero")
        let configRun = try CLITests.candor(["lint", "--config", "zero.yml", "z-good.md"], in: folder.path, timeout: Self.patience)
        #expect(configRun.status == 2, "\(configRun.stderr)")
        #expect(configRun.errorLines == ["candor: zero.yml: not a regular file"])

        let config = try CLITests.housePack(in: folder)
        try files.createSymbolicLink(atPath: folder.path + "/House/Zero.yml", withDestinationPath: "/dev/zero")
        let rule = try CLITests.candor(["lint", "--config", config, "z-good.md"], in: folder.path, timeout: Self.patience)
        #expect(rule.status == 2, "\(rule.stderr)")
        #expect(rule.errorLines == ["candor: \(folder.path)/./House/Zero.yml: not a regular file"])
        try files.removeItem(atPath: folder.path + "/House/Zero.yml")

        try files.createSymbolicLink(atPath: folder.path + "/urandom.md", withDestinationPath: "/dev/urandom")
        let posts = try Self.lint(["urandom.md"], in: folder, timeout: Self.patience)
        #expect(posts.status == 2, "\(posts.stderr)")
        #expect(posts.errorLines == ["candor: urandom.md: not a regular file"])
        #expect(posts.lines == [Self.goodFinding])
    }

    /// A rule file or configuration past 1 MB is refused by name, unread; a post file that size is linted.
    @Test func aRuleFileOrConfigurationPastAMegabyteIsRefused() throws {
        let folder = try Folder()
        defer { folder.remove() }
        try folder.write("z-good.md", Self.good.1)
        let padding = "# " + String(repeating: "x", count: 78) + "\n"
        let big = String(repeating: padding, count: (1 << 20) / padding.utf8.count + 1)
        let config = try CLITests.housePack(in: folder, extra: ["Big.yml": "extends: existence\nmessage: m\ntokens: [x]\n" + big])
        let rule = try CLITests.candor(["lint", "--config", config, "z-good.md"], in: folder.path, timeout: Self.patience)
        #expect(rule.status == 2, "\(rule.stderr)")
        #expect(rule.errorLines == ["candor: \(folder.path)/./House/Big.yml: larger than 1 MB, not read as a rule file"])

        try folder.write("big.yml", "packs: [Candor]\n" + big)
        let configRun = try CLITests.candor(["lint", "--config", "big.yml", "z-good.md"], in: folder.path, timeout: Self.patience)
        #expect(configRun.status == 2, "\(configRun.stderr)")
        #expect(configRun.errorLines == ["candor: big.yml: larger than 1 MB, not read as a configuration file"])
    }

    /// A cache entry that is a named pipe is no entry: the rules are composed again, and the run is clean.
    @Test func aCacheEntryThatIsANamedPipeIsAMiss() throws {
        let folder = try Folder()
        defer { folder.remove() }
        let config = try CLITests.housePack(in: folder)
        try folder.write("z-good.md", Self.good.1)
        let first = try CLITests.candor(["lint", "--config", config, "--format", "line", "z-good.md"], in: folder.path)
        #expect(first.status == 0, "\(first.stderr)")
        let cache = folder.path + "/.cache/candor"
        let entries = try FileManager.default.contentsOfDirectory(atPath: cache)
        #expect(!entries.isEmpty)
        for name in entries {
            try FileManager.default.removeItem(atPath: cache + "/" + name)
            try Self.makeFIFO(cache + "/" + name)
        }
        let again = try CLITests.candor(["lint", "--config", config, "--format", "line", "z-good.md"], in: folder.path,
                                        timeout: Self.patience)
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stderr.isEmpty, "\(again.stderr)")
        #expect(again.lines == first.lines)
    }

    /// A score model named by `score: { model: FILE }` goes through the checks a configuration does: a named
    /// pipe, a link to a device, a file past 1 MB and invalid UTF-8 are each one error naming the file, exit 2,
    /// at once and with nothing scored.
    @Test func aScoreModelThatIsNotAReadableModelFileIsRefusedByName() throws {
        let folder = try Folder()
        defer { folder.remove() }
        try folder.write(".candor.yml", "packs: [Candor]\nscore: { model: model.yml }\n")
        let model = folder.path + "/model.yml"
        func score() throws -> CLITests.Run {
            try CLITests.candor(["score", "--stdin-filename", "post.txt"], stdin: "Our kettle is here.\n", in: folder.path,
                                timeout: Self.patience)
        }
        /// `error` follows the model's path: `: reason`, or `:line:column: reason`.
        func expectRefused(_ error: String, _ comment: Comment) throws {
            let run = try score()
            #expect(run.status == 2, comment)
            #expect(run.errorLines == ["candor: \(model)\(error)"], comment)
            #expect(run.stdout.isEmpty, comment)
            try FileManager.default.removeItem(atPath: model)
        }
        // The model read, so the refusals below are the file's, not the configuration's.
        try folder.write("model.yml", "intercept: 1\nfeatures:\n  link: -3\n")
        let good = try score()
        #expect(good.status == 0, "\(good.stderr)")
        try FileManager.default.removeItem(atPath: model)

        try Self.makeFIFO(model)
        try expectRefused(": not a regular file", "a named pipe")
        try FileManager.default.createSymbolicLink(atPath: model, withDestinationPath: "/dev/zero")
        try expectRefused(": not a regular file", "a link to /dev/zero")
        let padding = "# " + String(repeating: "x", count: 78) + "\n"
        try folder.write("model.yml", "intercept: 1\n" + String(repeating: padding, count: (1 << 20) / padding.utf8.count + 1))
        try expectRefused(": larger than 1 MB, not read as a score model", "past 1 MB")
        try folder.write("model.yml", bytes: Array("intercept: 1\nfeatures:\n  link: -3 # ".utf8) + [0xFF] + Array("\n".utf8))
        try expectRefused(":3:14: not valid UTF-8 (byte 0xFF); save the file as UTF-8", "invalid UTF-8")
    }

    private static func makeFIFO(_ path: String) throws {
        guard mkfifo(path, 0o644) == 0 else { throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path]) }
    }

    // MARK: Workers

    /// `--jobs` far past the cores lints as the default does: the lanes are capped, where 10,000 of them
    /// used to exhaust PCRE2's allocations and crash. Zero or fewer is a usage error.
    @Test func jobsFarPastTheCoresLintsAndZeroIsAUsageError() throws {
        let folder = try Folder()
        defer { folder.remove() }
        for jobs in ["10000", "1000000"] {
            let run = try Self.lint([], in: folder, options: ["--jobs", jobs], timeout: Self.patience)
            #expect(run.status == 0, "\(jobs): \(run.stderr)")
            #expect(run.lines == [Self.goodFinding])
        }
        for jobs in ["0", "-1"] {
            let run = try Self.lint([], in: folder, options: ["--jobs=\(jobs)"])
            #expect(run.status == 2)
            #expect(run.errorLines.first == "candor: --jobs must be at least 1", "\(run.stderr)")
            #expect(run.lines.isEmpty)
        }
    }

    // MARK: Runaway patterns

    /// A pattern that backtracks without end fails that rule on that post, named by file, line and rule; the
    /// other rules report on the same post, the following posts and files are linted, and the exit status is 2.
    @Test func aRunawayPatternFailsItsRuleAloneAndTheRunGoesOn() throws {
        let folder = try Folder()
        defer { folder.remove() }
        try folder.write("thread.md", "We leverage it.\n---\n\nWe leverage " + String(repeating: "a", count: 40) + "!\n")
        let run = try Self.lint(["thread.md"], in: folder, extra: Self.runaway)
        #expect(run.status == 2)
        #expect(run.errorLines == [
            "candor: thread.md:4:1: House.Runaway: pattern hit PCRE2's match limit (it backtracks without end on this text)",
        ])
        #expect(run.lines == [
            "thread.md:1:4:House.Jargon:'leverage' is jargon.",
            "thread.md:4:4:House.Jargon:'leverage' is jargon.",
            Self.goodFinding,
        ])
    }

    /// A pattern linear per match that matches at every byte, each match rereading the rest of the post, is
    /// quadratic: under PCRE2's per-call limits, it runs out of the rule's budget for the post instead, and is
    /// reported as a runaway pattern is; the other rules report on the same post.
    @Test func aPatternQuadraticOverThePostRunsOutOfItsBudget() throws {
        let folder = try Folder()
        defer { folder.remove() }
        try folder.write("thread.md", "We leverage it.\n---\n\nWe leverage " + String(repeating: "a", count: 200_000) + "\n")
        let quadratic = ["Quadratic.yml": "extends: existence\nmessage: m\nlevel: error\nraw: ['a(?=a*$)']\n"]
        let run = try Self.lint(["thread.md"], in: folder, extra: quadratic)
        #expect(run.status == 2)
        #expect(run.errorLines == [
            "candor: thread.md:4:1: House.Quadratic: pattern ran out of its matching budget on this post (each match rereads the rest of the text)",
        ])
        #expect(run.lines == [
            "thread.md:1:4:House.Jargon:'leverage' is jargon.",
            "thread.md:4:4:House.Jargon:'leverage' is jargon.",
            Self.goodFinding,
        ])
    }

    /// `--verbose` adds, after the run, the time each rule took, longest first, every rule the run ran
    /// included, the one that failed too. (Which rule is slowest is not asserted: a test never asserts a time,
    /// and under the address sanitizer the JIT-compiled runaway pattern is not the slowest.)
    @Test func verboseReportsTheTimeEachRuleTookLongestFirst() throws {
        let folder = try Folder()
        defer { folder.remove() }
        try folder.write("post.md", "We leverage " + String(repeating: "a", count: 40) + "!\n")
        let run = try Self.lint(["post.md"], in: folder, options: ["--verbose"], extra: Self.runaway)
        #expect(run.status == 2)
        let header = try #require(run.errorLines.firstIndex(of: "candor: time spent per rule, summed over the workers:"),
                                  "\(run.stderr)")
        let rows = try run.errorLines[(header + 1)...].map { row in
            try #require(row.wholeMatch(of: /\s*(\d+\.\d{3}) ms\s+(\d+)%  (\S+)/), "\(row)").output
        }
        #expect(rows.map { String($0.3) }.sorted() == ["House.Banned", "House.Jargon", "House.Runaway"])
        let times = rows.map { Double($0.1) ?? -1 }
        #expect(times == times.sorted(by: >))
        #expect(rows.map { Int($0.2) ?? -1 }.reduce(0, +) <= 100)

        let quiet = try Self.lint(["post.md"], in: folder, extra: Self.runaway)
        #expect(!quiet.stderr.contains("time spent"), "\(quiet.stderr)")
    }

    /// The catastrophic `(a+)+$`: on a run of `a`s that ends otherwise, it tries every split of the run.
    private static let runaway = ["Runaway.yml": "extends: existence\nmessage: m\nlevel: error\nraw: ['(a+)+$']\n"]
}

private extension CLITests.Folder {
    /// Writes raw bytes (broken UTF-8, a NUL) where `write` takes text.
    func write(_ relative: String, bytes: [UInt8]) throws {
        let file = path + "/" + relative
        try FileManager.default.createDirectory(
            atPath: (file as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(bytes).write(to: URL(fileURLWithPath: file))
    }
}
