import CandorEntities
import CandorRegex
import Testing

@testable import CandorKit

/// The engine: every rule on every post, failures isolated, suppressions, `accept`, `limit`, order,
/// positions mapped to the source, metrics, and the score.
struct LinterTests {
    private func tokens(_ name: String, _ tokens: [String], extra: String = "") throws -> Rule {
        try makeRule("extends: existence\nmessage: \"'%s' found\"\ntokens: [\(tokens.joined(separator: ", "))]\n\(extra)", name: name)
    }

    @Test(.hangLimit) func runawayRuleFailsAloneAndOthersStillReport() throws {
        let runaway = try makeRule("extends: existence\nmessage: m\nraw: ['(a+)+$']\n", name: "Runaway")
        let hello = try tokens("Hello", ["hello"])
        let post = try readPost("hello " + String(repeating: "a", count: 40) + "!")
        let scratch = MatchScratch()
        let result = try Linter(rules: [hello, runaway]).lint(post, scratch: scratch)
        // The work the runaway rule did, counted rather than timed: it ran last, and its budget was charged
        // the post once (one PCRE2 call, which a limit on its steps stopped), not a call per starting offset.
        #expect((1...post.text.count).contains(scratch.fullSpent))
        #expect(result.failures.map(\.rule) == ["Test.Runaway"])
        #expect(result.failures.first?.path == "post.md")
        #expect(result.failures.first?.reason.contains("limit") == true)
        #expect(result.failures.first?.description.hasPrefix("post.md:1:1: Test.Runaway: ") == true)
        #expect(result.findings.map(\.rule) == ["Test.Hello"])
    }

    @Test func suppressionsAreHonoured() throws {
        let rules = [try tokens("Jargon", ["leverage"]), try tokens("Hype", ["amazing"])]
        let result = try lint("""
            Intro leverage amazing.
            <!-- candor-disable Test.Jargon -->
            Middle leverage amazing.
            <!-- candor-enable -->
            End leverage.
            <!-- candor-disable-next-line -->
            Next leverage amazing.
            """, rules: rules)
        #expect(result.findings.map { "\($0.start.line):\($0.start.column) \($0.rule)" }
            == ["1:7 Test.Jargon", "1:16 Test.Hype", "3:17 Test.Hype", "5:5 Test.Jargon"])
    }

    @Test func acceptedWordsAreNotFlagged() throws {
        let rules = [
            try tokens("Tools", ["Kubernetes", "Docker"]),
            try makeRule("extends: substitution\nmessage: m\nswap:\n  k8s: Kubernetes\n  dockerise: containerise\n", name: "Swap"),
        ]
        let result = try lint("Kubernetes, Docker, k8s and dockerise.", rules: rules, accept: ["kubernetes", "k8s"])
        #expect(result.findings.map(\.match) == ["Docker", "dockerise"])
    }

    /// `accept` lets go the matches of word-list check types (`CheckType.matchesWords`), not a consistency's.
    @Test func acceptLetsGoOnlyTheMatchesOfWordLists() throws {
        let rules = [
            try tokens("Spelling", ["adviser"]),
            try makeRule("extends: consistency\nmessage: m\neither:\n  advisor: adviser\n", name: "Same"),
        ]
        let result = try lint("The advisor and the adviser.", rules: rules, accept: ["adviser"])
        #expect(result.findings.map { "\($0.rule) \($0.match)" } == ["Test.Same adviser"])
    }

    @Test func limitCapsFindingsPerPost() throws {
        let result = try lint("leverage leverage leverage", rules: [try tokens("Jargon", ["leverage"], extra: "limit: 2\n")])
        #expect(result.findings.map(\.start.column) == [1, 10])
    }

    @Test func findingsAreSortedByLineColumnRule() throws {
        let rules = [try tokens("Beta", ["two"]), try tokens("Alpha", ["one", "two"])]
        let result = try lint("two one\none two", rules: rules)
        #expect(result.findings.map { "\($0.start.line):\($0.start.column) \($0.rule)" }
            == ["1:1 Test.Alpha", "1:1 Test.Beta", "1:5 Test.Alpha", "2:1 Test.Alpha", "2:5 Test.Alpha", "2:5 Test.Beta"])
    }

    @Test func positionsMapBackAfterEmojiCJKAndCombiningMarks() throws {
        let source = """
            ---
            platform: x
            account: Acme
            ---
            Hi 😀 東京 and cafe\u{301} leverage this.
            Second 👍🏽 line: leverage!
            ---
            第三 👋 leverage
            """
        let linter = try Linter(rules: [try tokens("Jargon", ["leverage"])])
        let results = try readPosts(source).map { linter.lint($0) }
        #expect(results.map(\.location) == [Location(line: 5, column: 1), Location(line: 8, column: 1)])
        #expect(results.map(\.index) == [0, 1])
        let found = results.flatMap(\.findings)
        // Line 5: H i ␠ 😀 ␠ 東 京 ␠ a n d ␠ c a f e ◌́ ␠ → "leverage" at scalar 19, ends before 27.
        // Line 6: S e c o n d ␠ 👍 🏽 ␠ l i n e : ␠ → 17..25. Line 8: 第 三 ␠ 👋 ␠ → 6..14.
        #expect(found.map(\.start) == [
            Location(line: 5, column: 19), Location(line: 6, column: 17), Location(line: 8, column: 6),
        ])
        #expect(found.map(\.end) == [
            Location(line: 5, column: 27), Location(line: 6, column: 25), Location(line: 8, column: 14),
        ])
        #expect(found.allSatisfy { $0.match == "leverage" })
        #expect(results.allSatisfy { $0.metadata["account"] == "Acme" })
    }

    @Test func metricsOfAKnownPost() throws {
        let metrics = try lint("I think you will like it. Do you? We did!", rules: []).metrics
        let expected: [String: Double] = [
            "words": 10, "prose_words": 10, "sentences": 3, "syllables": 10, "characters": 29,
            "complex_words": 0, "long_words": 0, "questions": 1, "exclamations": 1, "emoji": 0, "caps_words": 0,
            "first_person_singular": 1, "first_person_plural": 1, "second_person": 2,
            "links": 0, "mentions": 0, "hashtags": 0, "cashtags": 0, "weighted_length": 41, "limit": 280,
        ]
        for (name, value) in expected {
            #expect(metrics[name] == value, "\(name)")
        }
        #expect(Set(Metrics.names).isSuperset(of: expected.keys))
    }

    @Test func metricsCountEmojiCapsAndLongWords() throws {
        let metrics = try lint("SHIP IT 🚀🚀 today, everybody", rules: []).metrics
        #expect(metrics["emoji"] == 2)
        #expect(metrics["caps_words"] == 2)
        #expect(metrics["long_words"] == 1)
        #expect(metrics["words"] == 4)
    }

    @Test func platformFromMetadataSetsTheLimit() throws {
        let result = try lint("---\nplatform: Mastodon\n---\nHello", rules: [])
        #expect(result.platform == .mastodon)
        #expect(result.metrics["limit"] == 500)
    }

    /// BUG (MarkdownStructure.swift `comment(at:)` never records a `.comment` block, which
    /// `Metrics.countedText` looks for): the README says comments never count toward a post's length,
    /// but `weighted_length` includes them.
    @Test func commentsDoNotCountTowardLength() throws {
        let metrics = try lint("Hello <!-- a note that does not count --> world", rules: []).metrics
        #expect(metrics["weighted_length"] == 12)  // "Hello " + " world"
    }

    /// A model with one coefficient per named feature; the intercept 0 scores a post with none of them 50.
    private func model(_ coefficients: [(String, Double)], intercept: Double = 0, low: Int = 40, high: Int = 70) -> ScoringOptions {
        var options = ScoringOptions()
        options.model = ScoreModel(
            intercept: intercept, features: coefficients.map { ScoreModel.Feature(name: $0.0)! },
            coefficients: coefficients.map(\.1), broadcastBelow: low, authenticFrom: high)
        return options
    }

    @Test func scoreIsAHundredTimesTheModelsProbability() throws {
        let options = model([("question", 1), ("Test.Jargon", -2)])
        #expect(try lint("Plain statement here.", rules: [], scoring: options).score.value == 50)
        #expect(try lint("Does it work?", rules: [], scoring: options).score.value == 73)  // 100 / (1 + e^-1)
        // A rule counts once however often it fires.
        let jargon = try tokens("Jargon", ["leverage"])
        #expect(try lint("We leverage and leverage.", rules: [jargon], scoring: options).score.value == 12)
        #expect(try lint("Do we leverage?", rules: [jargon], scoring: options).score.value == 27)
    }

    @Test func explanationSumsToTheScoreLargestFirst() throws {
        let options = model([("question", 1), ("first_person", 0.5), ("Test.Jargon", -2)], intercept: 0.2)
        let score = try lint("I leverage it. Why?", rules: [try tokens("Jargon", ["leverage"])], scoring: options).score
        #expect(score.terms.map(\.label) == ["base", "Test.Jargon", "asks a question", "speaks as \"I\""])
        #expect(abs(score.terms.map(\.points).reduce(0, +) - Double(score.value)) < 0.5)
        #expect(score.terms[1].points < 0 && score.terms[2].points > 0 && score.terms[3].points > 0)
    }

    @Test func theCoachNamesTheTwoChangesThatRaiseABroadcastPostMost() throws {
        let options = model([("question", 1.5), ("first_person", 0.5), ("addressed_mention", 2), ("link", -1)], intercept: -2)
        let score = try lint("Our new store opens today https://example.com/store", rules: [], scoring: options).score
        #expect(score.verdict == .broadcast)
        #expect(score.suggestions.map(\.change) == ["name the person you are answering (@name)", "ask a question someone can answer"])
        #expect(score.suggestions.map(\.points) == [45, 13])  // naming someone also lifts the link's weight
        // A post that is not broadcast gets no coaching.
        #expect(try lint("@ana I checked: did it open for you?", rules: [], scoring: options).score.suggestions.isEmpty)
    }

    @Test func thresholdsComeFromTheModelUnlessTheConfigSetsThem() throws {
        var options = model([], low: 40, high: 70)
        #expect(try lint("Plain statement here.", rules: [], scoring: options).verdict == .mixed)
        options.authenticFrom = 50
        #expect(try lint("Plain statement here.", rules: [], scoring: options).verdict == .authentic)
        options.authenticFrom = nil
        options.broadcastBelow = 51
        #expect(try lint("Plain statement here.", rules: [], scoring: options).verdict == .broadcast)
    }

    @Test func onlyRulesTheModelKnowsOrAScorePackNamesMoveTheScore() throws {
        let style = try makeRule("extends: existence\nmessage: m\ntokens: [think]\nweight: 25\n", name: "FirstPerson", pack: "Style")
        var options = model([])
        #expect(try lint("I think so.", rules: [style], scoring: options).score.value == 50)
        // Named under `score.packs`, the rule takes its weight in points at the middle of the scale.
        options.packs = ["Style"]
        #expect(try lint("I think so.", rules: [style], scoring: options).score.value == 27)
    }

    @Test func feedRuleFiresOnTheRunAsAWhole() throws {
        let feed = try makeRule(
            "extends: feed\nmessage: \"%s% broadcast\"\ncondition: 'posts >= 3 && broadcast_share > 0.5'\n", name: "Feed")
        var options = ScoringOptions()
        options.model = ScoreModel(intercept: -1, features: [.voice(.question)], coefficients: [1.2])
        let linter = try Linter(rules: [feed], scoring: options)
        var summary = FeedSummary()
        for post in try readPosts("One.\n---\nTwo.\n---\nThree?") {
            summary.add(linter.lint(post))
        }
        // Two of three are broadcast (27); the question lifts the third to 55.
        #expect(summary.posts == 3)
        #expect(summary.broadcast == 2)
        #expect(linter.feedFindings(summary).map(\.message) == ["67% broadcast"])
        #expect(linter.feedFindings(FeedSummary()).isEmpty)
    }

    @Test func feedFindingsNameTheirFile() throws {
        let feed = try makeRule("extends: feed\nmessage: m\ncondition: 'posts >= 1'\n", name: "Feed")
        let linter = try Linter(rules: [feed])
        var summary = FeedSummary()
        summary.add(linter.lint(try readPost("One.")))
        #expect(linter.feedFindings(summary, path: "queue.csv").map(\.path) == ["queue.csv"])
        #expect(linter.feedFindings(summary).map(\.path) == [nil])
    }

    /// A rule with `lang` does not run on a post in another language; one without runs on every post.
    @Test func aRuleForOneLanguageSkipsPostsInAnother() throws {
        let english = try makeRule("extends: existence\nmessage: m\nlang: en\ntokens: [Plattform, platform]\n", name: "English")
        let any = try makeRule("extends: existence\nmessage: m\ntokens: [Plattform, platform]\n", name: "Any")
        let linter = try Linter(rules: [english, any])
        let german = try readPost("Wir freuen uns, heute unsere neue Plattform vorzustellen. Sie ist für alle da.")
        let result = linter.lint(german)
        #expect(result.findings.map(\.rule) == ["Test.Any"])
        #expect(result.language == "de")
        let englishPost = linter.lint(try readPost("We are happy to show you our new platform today."))
        #expect(englishPost.findings.map(\.rule) == ["Test.Any", "Test.English"])
        #expect(englishPost.language == nil)
        // Metadata, then the configuration, say what the guess would not.
        let told = linter.lint(try readPost("---\nlang: en-GB\n---\nWir freuen uns, heute unsere neue Plattform vorzustellen. Sie ist für alle da."))
        #expect(told.findings.count == 2)
        let configured = try Linter(rules: [english, any], language: "de")
        #expect(configured.lint(try readPost("Our new platform, for you.")).findings.map(\.rule) == ["Test.Any"])
    }

    /// A `Platform` key in any case, and `twitter`, name the platform; an unknown name falls back, with a warning.
    @Test func platformMetadataInAnyCase() throws {
        let linter = try Linter(rules: [], platform: .bluesky)
        #expect(linter.platform(of: try readPost("---\nPlatform: Mastodon\n---\nHi")) == .mastodon)
        #expect(linter.platform(of: try readPost("---\nplatform: twitter\n---\nHi")) == .x)
        let unknown = try readPost("---\nplatform: tiktok\n---\nHi")
        #expect(linter.platform(of: unknown) == .bluesky)
        #expect(unknown.unknownPlatformWarning(fallback: .bluesky)?.hasSuffix("unknown platform 'tiktok' (x (or twitter), mastodon, bluesky, threads, linkedin); linted as bluesky") == true)
        #expect(try readPost("---\nplatform: LinkedIn\n---\nHi").unknownPlatformWarning(fallback: .x) == nil)
        #expect(Platform(named: " LinkedIn ") == .linkedin)
        #expect(Platform(named: "tiktok") == nil)
    }
}
