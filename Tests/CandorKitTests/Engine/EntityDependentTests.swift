import Testing
@testable import CandorKit

/// The engine over a post's entities (EntityExtractor): metrics, the `text` scope without URLs, the entity
/// scopes, replies in the score, and lengths as each platform counts them.
struct EntityDependentTests {
    @Test func entityMetrics() throws {
        let metrics = try lint("@maria thanks! See https://example.com/x #swift $AAPL", rules: []).metrics
        #expect(metrics["mentions"] == 1)
        #expect(metrics["hashtags"] == 1)
        #expect(metrics["cashtags"] == 1)
        #expect(metrics["links"] == 1)
        // maria, thanks, See, swift, AAPL and one for the link; only "thanks" and "See" are the writer's own.
        #expect(metrics["words"] == 6)
        #expect(metrics["prose_words"] == 2)
    }

    @Test func textScopeSkipsURLsAndRawDoesNot() throws {
        let rule = "extends: existence\nmessage: m\ntokens: [example]\n"
        #expect(try matches(rule, on: "An example: https://example.com/example").count == 1)
        #expect(try matches(rule + "scope: raw\n", on: "An example: https://example.com/example").count == 3)
    }

    @Test func mentionScopeReadsOnlyMentions() throws {
        let rule = "extends: existence\nmessage: m\nscope: mention\ntokens: [maria]\n"
        let found = try findings(rule, on: "Thanks @maria, said maria.")
        #expect(found.map(\.start.column) == [9])
        #expect(try matches("extends: existence\nmessage: m\nscope: ~hashtag\ntokens: [swift]\n", on: "#swift is swift") == ["swift"])
    }

    @Test func replyRaisesTheScore() throws {
        var options = ScoringOptions()
        options.model = ScoreModel(intercept: 0, features: [.voice(.reply)], coefficients: [1])
        let reply = try lint("@maria Thanks for the fix.", rules: [], scoring: options)
        #expect(reply.isReply)
        #expect(reply.score.value == 73)
        let mention = try lint("Thanks to @maria for the fix.", rules: [], scoring: options)
        #expect(!mention.isReply)
        #expect(mention.score.value == 50)
    }

    @Test func lengthsAsThePlatformCounts() throws {
        let url = "https://example.com/a/very/long/path/that/goes/on/and/on"
        #expect(try lint("Read \(url)", rules: []).metrics["weighted_length"] == 28)  // 5 + 23 on x
        #expect(try lint("---\nplatform: threads\n---\nRead \(url)", rules: []).metrics["weighted_length"]
            == Double(5 + url.count))
        // On x, CJK and emoji weigh 2.
        #expect(try lint("東京 😀", rules: []).metrics["weighted_length"] == 7)
    }

    @Test func platformDecidesWhatAMentionIs() throws {
        #expect(try lint("Hi @maria@social.example there", rules: []).metrics["mentions"] == 0)
        #expect(try lint("---\nplatform: mastodon\n---\nHi @maria@social.example there", rules: []).metrics["mentions"] == 1)
        #expect(try lint("---\nplatform: bluesky\n---\nHi @maria.example.social there", rules: []).metrics["mentions"] == 1)
    }

    @Test func findingAfterEntitiesAndEmojiMapsToItsColumn() throws {
        let rule = "extends: existence\nmessage: m\ntokens: [leverage]\n"
        // @ana: columns 1-4, ␠ 5, 😀 6, ␠ 7, https://x.example 8-24, ␠ 25: "leverage" is 26 to 34.
        let found = try findings(rule, on: "@ana 😀 https://x.example leverage")
        #expect(found.map(\.start) == [Location(line: 1, column: 26)])
        #expect(found.map(\.end) == [Location(line: 1, column: 34)])
    }
}
