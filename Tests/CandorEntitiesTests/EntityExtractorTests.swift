import Testing

@testable import CandorEntities

/// A text whose expected entity spans are marked `⟦…⟧`: the text without the marks, and the spans' byte ranges.
private struct MarkedText {
    let text: String
    let ranges: [Range<Int>]

    init(_ marked: String) {
        var text = ""
        var ranges: [Range<Int>] = []
        var start = 0
        for character in marked {
            switch character {
            case "⟦": start = text.utf8.count
            case "⟧": ranges.append(start..<text.utf8.count)
            default: text.append(character)
            }
        }
        self.text = text
        self.ranges = ranges
    }
}

@Suite("EntityExtractor")
struct EntityExtractorTests {
    @Test("ranges are UTF-8 byte offsets with the sigil, values are without it")
    func byteRanges() {
        let marked = MarkedText("Café ⟦@maria⟧ ⟦#señor⟧ ⟦$ACME⟧ ⟦https://exämple.com/ü⟧ ⟦@ana/crew⟧")
        let entities = EntityExtractor.extract(from: marked.text, platform: .x)
        #expect(entities.all.map(\.range) == marked.ranges)
        #expect(entities.all.map(\.kind) == [.mention, .hashtag, .cashtag, .url, .mention])
        #expect([.mention, .hashtag, .cashtag, .url].map(entities.count(of:)) == [2, 1, 1, 1])
        #expect(entities.all.map(\.value) == ["maria", "señor", "ACME", "https://exämple.com/ü", "ana/crew"])
    }

    @Test(
        "URLs are found after words without a dot, after sentence ends and at the text's edges",
        arguments: [
            "No link in these words. Then ⟦example.com⟧ at last",
            "⟦example.com⟧",
            "Read it: ⟦https://t.co/abc123⟧. Done.\nA new line ⟦www.a.org/x⟧",
            "Ends with a dot. And then ⟦http://example.org⟧",
            "Spaced http:// ⟦example.com⟧ and tabs\t⟦a.io⟧",
        ])
    func urlsAmongDotlessWords(marked: String) {
        let marked = MarkedText(marked)
        let urls = EntityExtractor.extract(from: marked.text, platform: .x).urls
        #expect(urls.map(\.range) == marked.ranges)
    }

    @Test(
        "mentions are found after long runs without an at sign, after RT and at the text's edges",
        arguments: [
            "A long run of words without any sign at all, then ⟦@ana⟧",
            "⟦@ana⟧ first",
            "Words and words RT⟦@bob⟧: and RT:⟦@cy⟧ and rt ⟦@dee⟧ and ⟦＠eve⟧",
            "RT⟦@ana⟧ opens",
            "mail ana@example.com is no mention, nor is a lone @ but ⟦@fay⟧ is",
        ])
    func mentionsAmongWordsWithoutAtSigns(marked: String) {
        let marked = MarkedText(marked)
        let mentions = EntityExtractor.extract(from: marked.text, platform: .x).mentions
        #expect(mentions.map(\.range) == marked.ranges)
    }

    @Test("an empty post has no entities and no length", arguments: Platform.allCases)
    func emptyPost(platform: Platform) {
        #expect(EntityExtractor.extract(from: "", platform: platform) == Entities(all: [], isReply: false))
        #expect(EntityExtractor.weightedLength(of: "", platform: platform) == 0)
    }

    @Test("a URL wins over the fragment or mention inside it")
    func overlaps() {
        let marked = MarkedText("⟦https://example.com/#tag/@ana⟧ and ⟦#tag⟧")
        let entities = EntityExtractor.extract(from: marked.text, platform: .x)
        #expect(entities.all.map(\.range) == marked.ranges)
        #expect(entities.all.map(\.kind) == [.url, .hashtag])
    }

    @Test("on X, @user@host is an email-like string, not a mention")
    func xHasNoFederatedMentions() {
        #expect(EntityExtractor.extract(from: "cc @a@b.example", platform: .x).mentions.isEmpty)
        let handle = EntityExtractor.extract(from: "@name.example.social hi", platform: .x)
        #expect(handle.mentions.map(\.value) == ["name"])
    }

    @Test("Mastodon mentions are @user and @user@host")
    func mastodonMentions() {
        let marked = MarkedText("⟦@maria@mastodon.social⟧ and ⟦@ana⟧, ⟦@a@b.example⟧. Not me@example.com or RT@ana")
        let entities = EntityExtractor.extract(from: marked.text, platform: .mastodon)
        #expect(entities.mentions.map(\.range) == marked.ranges)
        #expect(entities.mentions.map(\.value) == ["maria@mastodon.social", "ana", "a@b.example"])
        #expect(entities.isReply)
    }

    @Test("Mastodon links only URLs with a scheme and has no cashtags")
    func mastodonURLsAndCashtags() {
        let text = "$ACME at example.com and https://example.org"
        let entities = EntityExtractor.extract(from: text, platform: .mastodon)
        #expect(entities.urls.map(\.value) == ["https://example.org"])
        #expect(entities.cashtags.isEmpty)
    }

    @Test("Bluesky mentions may be whole domain handles")
    func blueskyHandles() {
        let marked = MarkedText("⟦@maria.bsky.social⟧ and ⟦@ana.example.com⟧. Also ⟦@sam⟧, ⟦@jo⟧.notatld")
        let entities = EntityExtractor.extract(from: marked.text, platform: .bluesky)
        #expect(entities.mentions.map(\.range) == marked.ranges)
        #expect(entities.mentions.map(\.value) == ["maria.bsky.social", "ana.example.com", "sam", "jo"])
        #expect(entities.isReply)
    }

    @Test("a reply opens with a mention, on every platform", arguments: Platform.allCases)
    func replies(platform: Platform) {
        #expect(EntityExtractor.extract(from: " @ana thanks!", platform: platform).isReply)
        #expect(!EntityExtractor.extract(from: ".@ana thanks!", platform: platform).isReply)
        #expect(!EntityExtractor.extract(from: "Thanks @ana!", platform: platform).isReply)
    }

    @Test("X weighs URLs 23, CJK and emoji 2, after NFC normalization")
    func xWeightedLength() {
        #expect(EntityExtractor.weightedLength(of: "Hi https://example.com/a/long/path", platform: .x) == 26)
        #expect(EntityExtractor.weightedLength(of: "会議 👨‍👩‍👧‍👦 1⃣", platform: .x) == 10)
        #expect(EntityExtractor.weightedLength(of: "Cafe\u{301}", platform: .x) == 4)
    }

    @Test(
        "an emoji sequence weighs 2, and what does not belong to it weighs on its own",
        arguments: [
            ("🇯🇵", 2), ("🏳️‍🌈", 2), ("🙋🏽", 2), ("#️⃣", 2),
            ("🏴\u{E0067}\u{E0062}\u{E0077}\u{E006C}\u{E0073}\u{E007F}", 2),
            ("♀🏿", 4), ("😷\u{FE0F}", 4), ("🧕🏾🏿", 4), ("©", 1), ("©\u{FE0F}", 2),
        ])
    func emojiWeights(text: String, weight: Int) {
        #expect(EntityExtractor.weightedLength(of: text, platform: .x) == weight)
    }

    @Test("Mastodon counts graphemes, URLs as 23 and mentions as their @user part")
    func mastodonLength() {
        let text = "@maria@mastodon.social see https://example.com/a/very/long/path 👨‍👩‍👧‍👦"
        #expect(EntityExtractor.weightedLength(of: text, platform: .mastodon) == 6 + 5 + 23 + 2)
    }

    @Test("Bluesky counts graphemes, Threads and LinkedIn Unicode scalars")
    func otherLengths() {
        let text = "👨‍👩‍👧‍👦 Café https://example.com"
        #expect(EntityExtractor.weightedLength(of: text, platform: .bluesky) == 26)
        #expect(EntityExtractor.weightedLength(of: text, platform: .threads) == 32)
        #expect(EntityExtractor.weightedLength(of: text, platform: .linkedin) == 32)
    }

    /// Inputs on which backtracking patterns do quadratic work; in one pass they take milliseconds.
    @Test("long runs of sigils and dotted labels are scanned in one pass", .hangLimit)
    func pathologicalRuns() {
        let count = 20_000
        let runs: [(text: String, entities: Int)] = [
            (String(repeating: "@", count: count) + "a", 1),
            (String(repeating: "#", count: count) + "a", 1),
            (String(repeating: "＠a", count: count), 0),
            (String(repeating: "$a ", count: count), count),
            (String(repeating: "a.", count: count), 0),
            (String(repeating: "à", count: count) + ".zz", 0),
            (String(repeating: "a-", count: count) + "a.zz", 0),
            (String(repeating: "http://", count: count) + "a.zz", 0),
            ("http://a.co/" + String(repeating: "(", count: count), 1),
            (String(repeating: "a.co ", count: count), count),
        ]
        for run in runs {
            let entities = EntityExtractor.extract(from: run.text, platform: .x)
            #expect(entities.all.count == run.entities, "\(run.text.prefix(12))…")
        }
        #expect(EntityExtractor.weightedLength(of: runs.last!.text, platform: .x) == count * 24)
    }
}
