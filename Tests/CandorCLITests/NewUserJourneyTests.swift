import Foundation
import Testing

/// What a new user ran into (readers, suppression, positions, rules): each end to end on the built binary, so
/// a CI run that passes while nothing was checked, or a finding that points at the wrong place, fails here.
struct NewUserJourneyTests {
    private typealias CLI = CLITests

    /// Lints `files` (name, content) with the house pack (House.Jargon: "leverage", warning; House.Banned:
    /// "forbidden", error), `--format line`, plus `extra` arguments.
    private static func lint(_ files: [(String, String)], extra: [String] = []) throws -> CLITests.Run {
        let folder = try CLI.Folder()
        defer { folder.remove() }
        let config = try CLI.housePack(in: folder)
        for (name, text) in files { try folder.write(name, text) }
        return try CLI.candor(["lint", "--config", config, "--format", "line"] + files.map(\.0) + extra, in: folder.path)
    }

    /// Lints `files` with the default pack (no config), `--format line`, plus `extra` arguments.
    private static func lintWithDefaultPack(_ files: [(String, String)], extra: [String] = []) throws -> CLITests.Run {
        let folder = try CLI.Folder()
        defer { folder.remove() }
        for (name, text) in files { try folder.write(name, text) }
        return try CLI.candor(["lint", "--no-config", "--format", "line"] + files.map(\.0) + extra, in: folder.path)
    }

    // MARK: Silent passes

    /// An empty `candor-disable` switches nothing off, in JSON, JSONL and YAML as in CSV.
    @Test(arguments: [
        ("queue.json", #"[{"text": "We leverage it.", "candor-disable": ""}]"#),
        ("queue.jsonl", #"{"text": "We leverage it.", "candor-disable": ""}"#),
        ("queue.yml", "- text: We leverage it.\n  candor-disable: ''\n"),
        ("queue.csv", "text,candor-disable\nWe leverage it.,\n"),
    ])
    func anEmptyCandorDisableSuppressesNothing(name: String, queue: String) throws {
        let run = try Self.lint([(name, queue)])
        #expect(run.lines.count == 1, "\(run.stdout)\(run.stderr)")
        #expect(run.lines.first?.contains("House.Jargon") == true, "\(run.stdout)")
        #expect(run.status == 0, "a warning does not fail by default")
    }

    /// One malformed JSONL line is reported with its line, exit 2, and the lines after it are still linted.
    @Test func aMalformedJSONLLineIsReportedAndTheRestLinted() throws {
        let run = try Self.lint([("queue.jsonl", """
            {"text": "First, fine."}
            {"text": "broken
            {"text": "We leverage it."}
            {"text": "This is forbidden."}
            """)])
        #expect(run.status == 2, "\(run.stdout)\(run.stderr)")
        #expect(run.errorLines.contains { $0.hasPrefix("candor: queue.jsonl:2:") }, "\(run.stderr)")
        #expect(run.lines == [
            "queue.jsonl:3:14:House.Jargon:'leverage' is jargon.",
            "queue.jsonl:4:19:House.Banned:'forbidden' is banned.",
        ], "\(run.stdout)")
    }

    // MARK: Suppression and positions

    /// A UTF-8 byte order mark does not shift the columns of the first line.
    @Test func aByteOrderMarkShiftsNoColumn() throws {
        let run = try Self.lint([("draft.md", "\u{FEFF}We leverage it.\nWe leverage it.\n")])
        #expect(run.lines == [
            "draft.md:1:4:House.Jargon:'leverage' is jargon.",
            "draft.md:2:4:House.Jargon:'leverage' is jargon.",
        ], "\(run.stdout)\(run.stderr)")
    }

    /// Findings about the whole post are suppressed by a comment before its prose, a `-next-line` comment
    /// above it, or a front-matter key; without one they stand, pointing at the first line of prose.
    @Test(arguments: [
        "<!-- candor-disable Candor.NoMention -->\nWe shipped the new release today.\n",
        "<!-- candor-disable-next-line Candor.NoMention -->\nWe shipped the new release today.\n",
        "---\ncandor-disable: Candor.NoMention\n---\nWe shipped the new release today.\n",
    ])
    func postLevelFindingsAreSuppressedInline(draft: String) throws {
        let run = try Self.lintWithDefaultPack([("draft.md", draft)])
        #expect(!run.stdout.contains("Candor.NoMention"), "\(run.stdout)")
        #expect(run.stdout.contains("Candor.NoInvitation"), "only the rule named is switched off: \(run.stdout)")
        #expect(run.stderr.isEmpty, "\(run.stderr)")
    }

    @Test func aPostStartsAtItsFirstLineOfProse() throws {
        let run = try Self.lintWithDefaultPack([("draft.md", "<!-- candor-disable Candor.WeVoice -->\nWe shipped the new release today.\n")])
        #expect(run.lines.contains { $0.hasPrefix("draft.md:2:1:Candor.NoMention:") }, "\(run.stdout)")
        let json = try Self.lintWithDefaultPack([("draft.md", "<!-- a note to self -->\n\nWe shipped it.\n")], extra: ["--format", "json"])
        let root = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let post = try #require((root["posts"] as? [[String: Any]])?.first)
        #expect(post["line"] as? Int == 3 && post["column"] as? Int == 1, "\(post)")
    }

    /// Length, HashtagStuffing and ThirdPersonSelf point at what they count; Length names the platform.
    @Test func countingRulesPointWhereItHappens() throws {
        let long = String(repeating: "word ", count: 70) + "\n"
        let run = try Self.lintWithDefaultPack([
            ("tags.md", "Launch day, come along #ai #ml #data #cloud\n"),
            ("self.md", "---\naccount: Acme\n---\nToday Acme is proud to support local schools.\n"),
            ("long.md", long),
            ("toot.md", "---\nplatform: mastodon\n---\n" + String(repeating: "word ", count: 110) + "\n"),
        ])
        #expect(run.lines.contains { $0.hasPrefix("tags.md:1:24:Candor.HashtagStuffing:4 hashtags") }, "\(run.stdout)")
        #expect(run.lines.contains { $0.hasPrefix("self.md:4:7:Candor.ThirdPersonSelf:") }, "\(run.stdout)")
        #expect(run.lines.contains("long.md:1:281:Candor.Length:349 characters; X stops at 280. Cut it or split it into a thread."),
                "\(run.stdout)")
        #expect(run.lines.contains { $0.hasPrefix("toot.md:4:501:Candor.Length:549 characters; Mastodon stops at 500.") },
                "\(run.stdout)")
    }

    /// A `Platform` column, `--platform` in any case, `twitter` for `x`; an unknown name is a warning, once.
    @Test func platformNamesInAnyCaseAndUnknownOnesWarn() throws {
        let toot = String(repeating: "z", count: 400)
        let queue = "Platform,text\nMastodon,\(toot)\ntiktok,\(toot)\ntiktok,\(toot)\ntwitter,\(toot)\n"
        let run = try Self.lintWithDefaultPack([("queue.csv", queue)])
        let lengths = run.lines.filter { $0.contains("Candor.Length") }
        #expect(lengths.map { $0.prefix(12) } == ["queue.csv:3:", "queue.csv:4:", "queue.csv:5:"], "\(run.stdout)")
        #expect(run.errorLines == [
            "candor: warning: queue.csv:3:8: unknown platform 'tiktok' (x (or twitter), mastodon, bluesky, threads, linkedin); linted as x",
        ], "\(run.stderr)")
        let linkedIn = try Self.lintWithDefaultPack([("long.md", toot + "\n")], extra: ["--platform", "LinkedIn"])
        #expect(linkedIn.stderr.isEmpty, "\(linkedIn.stderr)")
        #expect(!linkedIn.stdout.contains("Candor.Length"), "\(linkedIn.stdout)")
        let twitter = try Self.lintWithDefaultPack([("long.md", toot + "\n")], extra: ["--platform", "twitter"])
        #expect(twitter.stdout.contains("X stops at 280"), "\(twitter.stdout)\(twitter.stderr)")
    }

    // MARK: Rules on personal writing

    @Test func aPersonsOwnOpenersAreNoHeadline() throws {
        let thread = """
            First: thank you all for the kind words.
            ---
            Second: yes, I'm taking a week off.
            ---
            Update: the fix worked, thanks @maria!
            ---
            PSA: the office coffee machine is fixed.
            ---
            Reminder: book club tonight at 7, bring snacks.
            ---
            Me: I'll go to bed early. Also me at 2am: one more chapter.
            ---
            BREAKING: The harbour ferry will stop running after June 2.
            """
        let run = try Self.lintWithDefaultPack([("thread.md", thread)])
        let headlines = run.lines.filter { $0.contains("Candor.Headline") }
        #expect(headlines.count == 1 && headlines[0].hasPrefix("thread.md:13:1:"), "\(run.stdout)")
    }

    /// A dash that opens the line before a mention and words for that person is no credit.
    @Test func aDashBeforeAMentionSpokenToIsNoAttribution() throws {
        let run = try Self.lintWithDefaultPack([
            ("kenji.md", "-- @kenji your talk was great\n"),
            ("credit.md", "The new tram timetable is out today -- @transitdesk\n"),
        ])
        #expect(!run.stdout.contains("kenji.md:1:1:Candor.NoMention"), "\(run.stdout)")
        #expect(run.stdout.contains("credit.md:1:1:Candor.NoMention"), "a closing credit still addresses nobody: \(run.stdout)")
    }

    /// `--fix` applies only the swaps a rule marks safe; the others stay suggestions.
    @Test func fixAppliesOnlySafeSwaps() throws {
        let folder = try CLI.Folder()
        defer { folder.remove() }
        try folder.write("draft.md", "We leverage synergies and utilize the cloud.\n")
        let diff = try CLI.candor(["lint", "--no-config", "--diff", "draft.md"], in: folder.path)
        #expect(diff.stdout.contains("+We use synergies and use the cloud."), "\(diff.stdout)\(diff.stderr)")
        let fixed = try CLI.candor(["lint", "--no-config", "--fix", "--format", "line", "draft.md"], in: folder.path)
        let text = try String(contentsOfFile: folder.path + "/draft.md", encoding: .utf8)
        #expect(text == "We use synergies and use the cloud.\n")
        #expect(fixed.lines.contains { $0.contains("Candor.Jargon:'working together'") || $0.contains("'synergies' is business jargon") },
                "the unsafe swap is still shown: \(fixed.stdout)")
    }

    /// A post in another language gets only the language-neutral rules, and the run says so once.
    @Test func postsInAnotherLanguageGetOnlyLanguageNeutralRules() throws {
        let german = "Wir freuen uns, heute unsere neue Plattform vorzustellen. Sie ist schneller und einfacher als je zuvor und für alle Teams verfügbar. https://example.com\n"
        let spanish = "Estamos muy contentos de presentar hoy nuestra nueva plataforma para todos los equipos del mundo. https://example.com\n"
        let run = try Self.lintWithDefaultPack([("de.md", german), ("es.md", spanish), ("en.md", "We are pleased to announce our platform. https://example.com\n")])
        #expect(!run.stdout.contains("de.md") && !run.stdout.contains("es.md"), "\(run.stdout)")
        #expect(run.stdout.contains("en.md:1:1:Candor.LinkOnly"), "\(run.stdout)")
        #expect(run.errorLines.count == 1 && run.errorLines[0].hasPrefix("candor: note: 2 posts are in a language"), "\(run.stderr)")
        #expect(run.stderr.contains("(de 1, es 1)"), "\(run.stderr)")
        // The metadata says otherwise: the post is read as English.
        let told = try Self.lintWithDefaultPack([("de.md", "---\nlang: en\n---\n" + german)])
        #expect(told.stdout.contains("Candor.LinkOnly"), "\(told.stdout)")
        #expect(told.stderr.isEmpty, "\(told.stderr)")
    }

    // MARK: Feeds

    /// BroadcastFeed reads a queue or a thread, not unrelated drafts named together.
    @Test func aFeedIsAQueueOrAThreadNotTheCommandLine() throws {
        let drafts = [
            ("a.md", "We are pleased to announce our platform. https://example.com\n"),
            ("b.md", "Learn more: https://example.com/a\n"),
            ("c.md", "New post: https://example.com/b\n"),
        ]
        let separate = try Self.lintWithDefaultPack(drafts)
        #expect(!separate.stdout.contains("BroadcastFeed"), "\(separate.stdout)")
        let thread = try Self.lintWithDefaultPack([("thread.md", drafts.map(\.1).joined(separator: "---\n"))] + drafts)
        #expect(thread.lines.filter { $0.contains("BroadcastFeed") }.map { String($0.prefix(20)) } == ["thread.md:1:1:Candor"],
                "\(thread.stdout)")
    }

    /// "Baseline today, fail on new warnings": a recorded feed finding is absorbed, a new one is reported.
    @Test func aBaselineAbsorbsFeedFindings() throws {
        let folder = try CLI.Folder()
        defer { folder.remove() }
        let posts = ["We are pleased to announce our platform. https://example.com\n", "Learn more: https://example.com/a\n",
                     "New post: https://example.com/b\n"]
        try folder.write("queue/thread.md", posts.joined(separator: "---\n"))
        let arguments = ["lint", "--no-config", "--format", "line", "--level", "warning", "--fail-on", "warning", "queue"]
        let written = try CLI.candor(arguments + ["--write-baseline", "baseline.json"], in: folder.path)
        #expect(written.status == 1 && written.stdout.contains("Candor.BroadcastFeed"), "\(written.stdout)")
        let quiet = try CLI.candor(arguments + ["--baseline", "baseline.json"], in: folder.path)
        #expect(quiet.status == 0, "\(quiet.stdout)\(quiet.stderr)")
        #expect(quiet.stdout.isEmpty, "\(quiet.stdout)")
        try folder.write("queue/other.md", posts.joined(separator: "---\n"))
        let new = try CLI.candor(arguments + ["--baseline", "baseline.json"], in: folder.path)
        #expect(new.status == 1)
        #expect(new.lines.filter { $0.contains("BroadcastFeed") }.map { String($0.prefix(14)) } == ["queue/other.md"], "\(new.stdout)")
    }
}
