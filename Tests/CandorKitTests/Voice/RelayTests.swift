import CandorEntities
import Testing

@testable import CandorKit

/// `Relay`: the words of a post that someone else wrote, after `RT @name` or in a post that ends with a
/// "via @source" credit.
struct RelayTests {
    /// The post as `Metrics` gives it to `Relay`: URLs blanked, its mentions, and every non-URL entity's range.
    private func relay(_ text: String) -> (relay: Relay, mentions: [Entity]) {
        let entities = EntityExtractor.extract(from: text, platform: .x)
        var prose = Array(text.utf8)
        for url in entities.urls { for index in url.range { prose[index] = 0x20 } }
        let tagged = entities.all.filter { $0.kind != .url }.map(\.range)
        return (Relay(prose: prose, mentions: entities.mentions, tagged: tagged), entities.mentions)
    }

    @Test func theWordsAfterARetweetMarkAreTheSources() throws {
        for mark in ["RT", "MT", "rt"] {
            let (relay, mentions) = relay("\(mark) @desk: Floods close the coast road, says @police")
            #expect(mentions.count == 2)
            #expect(!relay.contains(mentions[0]), "\(mark)")  // the source itself
            #expect(relay.contains(mentions[1]), "\(mark)")   // a mention in the source's words
            #expect(!relay.isCreditedShare)
        }
    }

    @Test func aPostEndingWithAViaCreditIsAllTheSources() throws {
        let (lake, mentions) = relay("Calm evening on the lake @tourism / via @reader")
        #expect(lake.isCreditedShare)
        #expect(mentions.allSatisfy(lake.contains))
        // Only mentions, hashtags, links and punctuation may follow the credit.
        #expect(relay("Will bus fares go up again? (via @reporter) https://example.com/x #transport").relay.isCreditedShare)
        #expect(relay("Lovely shot (via: @reader)").relay.isCreditedShare)
    }

    @Test func wordsOfTheWritersAfterTheCreditMakeItNoShare() throws {
        let (relay, mentions) = relay("via @reader I loved this one")
        #expect(!relay.isCreditedShare)
        #expect(!relay.contains(mentions[0]))
    }

    @Test func aMentionWithoutAMarkRelaysNothing() throws {
        let (relay, mentions) = relay("Thanks @ana and @ben for the trivia @quiz night")
        #expect(mentions.count == 3)
        #expect(!mentions.contains(where: relay.contains))
        #expect(!relay.isCreditedShare)
    }

    @Test func theWordBeforeAMentionStandsAlone() throws {
        func word(_ text: String) throws -> String? {
            let mention = try #require(EntityExtractor.extract(from: text, platform: .x).mentions.first)
            return Relay.word(before: mention, in: Array(text.utf8))
        }
        #expect(try word("shared /via @desk") == "via")
        #expect(try word("shared (via: @desk") == "via")
        #expect(try word("RT @desk") == "rt")
        #expect(try word("trivia @desk") == nil)
        #expect(try word("v2via @desk") == nil)
        #expect(try word("@desk") == nil)
    }
}
