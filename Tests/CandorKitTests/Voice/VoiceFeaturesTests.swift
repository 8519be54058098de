import Testing
@testable import CandorKit

/// The voice features the score model reads. Every sentence here is written for the test: none is a
/// development post.
struct VoiceFeaturesTests {
    private func voice(_ text: String) throws -> VoiceFeatures { try lint(text, rules: []).voice }

    private func on(_ text: String) throws -> Set<String> {
        let features = try voice(text)
        return Set(VoiceFeature.allCases.filter { features[$0] > 0 }.map(\.name))
    }

    @Test func aNameAfterWordsThatAddressIsVocative() throws {
        #expect(try on("Thanks, Priya. That fixed the export.").contains("vocative"))
        #expect(try on("Nice one, Tomasz!").contains("vocative"))
        #expect(try on("Congrats Wren on the new studio").contains("vocative"))
        // A name and a comma that open the post, or a name after a comma that ends a sentence.
        #expect(try on("Odile, another lovely write-up on the harbour birds").contains("vocative"))
        #expect(try on("Loved the walk-through, Kemal!").contains("vocative"))
    }

    @Test func aNameThatAddressesIsTheVocativesMetricWhichNoMentionCounts() throws {
        #expect(try lint("Thanks, Priya. That fixed the export.", rules: []).metrics["vocatives"] == 1)
        #expect(try lint("Thanks everyone. That fixed the export.", rules: []).metrics["vocatives"] == 0)
        let rule = try #require(try RuleLoader.loadEmbedded("Candor")?.first { $0.id == "Candor.NoMention" })
        #expect(try lint("Nice one, Tomasz!", rules: [rule]).findings.isEmpty)
        #expect(try lint("Nice one, everyone!", rules: [rule]).findings.count == 1)
    }

    @Test func crowdsSentenceOpenersAndPlacesAreNotNames() throws {
        #expect(!(try on("Thanks everyone for coming out tonight.").contains("vocative")))
        #expect(!(try on("Today, we open three more stores.").contains("vocative")))
        #expect(!(try on("Finally, the bridge reopens.").contains("vocative")))
        #expect(!(try on("We are hiring in Austin, Texas.").contains("vocative")))
        #expect(!(try on("Thank God it is Friday.").contains("vocative")))
    }

    @Test func aMentionThatSpeaksToSomeoneIsAddressedOneMidSentenceIsATag() throws {
        #expect(try on("Thanks @ines for the quick fix").contains("addressed_mention"))
        #expect(try on("Lovely photos. @ines, where was this?").contains("addressed_mention"))
        #expect(try on("Great talk today, @ines!").contains("addressed_mention"))
        let tagged = try on("Our new menu is out with our friends at @harbourbakery")
        #expect(tagged.contains("tagged_mention") && !tagged.contains("addressed_mention"))
        // A mention that credits a source is neither.
        let credited = try on("Floods close the coast road (via @roadsdesk)")
        #expect(credited.contains("attribution") && !credited.contains("tagged_mention"))
    }

    @Test func youToSomeoneAnsweredOrNamedIsAddressedOtherwiseMarketing() throws {
        #expect(try on("@sam sorry about that, does the link work for you now?").contains("addressed_you"))
        #expect(try on("Priya, you were right about the hinge.").contains("addressed_you"))
        let marketing = try on("You deserve a better breakfast. Order now https://example.com/menu")
        #expect(marketing.contains("marketing_you") && !marketing.contains("addressed_you"))
    }

    @Test func salesOpenersAndCallsToActionAreMarketing() throws {
        #expect(try on("Ready to upgrade your kitchen? Shop the sale https://example.com/s").contains("rhetorical_question"))
        #expect(try on("Looking for a weekend project? Our kits ship free.").contains("rhetorical_question"))
        // A question a person asks is no sales opener, and a sales opener needs its question mark.
        #expect(!(try on("Is anyone else's train stuck at the bridge?").contains("rhetorical_question")))
        #expect(!(try on("Ready for the weekend.").contains("rhetorical_question")))
        #expect(try on("New colours are in. Learn more: https://example.com/c").contains("call_to_action"))
        #expect(try on("Tune in tonight at eight.").contains("call_to_action"))
        #expect(try on("Fresh batch today, link in bio").contains("call_to_action"))
        // An imperative mid-sentence is no call to action.
        #expect(!(try on("I wanted to watch the match but fell asleep.").contains("call_to_action")))
    }

    @Test func aShortReactionToSomeonesWorkIsAReaction() throws {
        #expect(try on("Great work! https://example.com/their-post").contains("reaction"))
        #expect(try on("Thanks for giving back!").contains("reaction"))
        #expect(!(try on("Great news for our shareholders as the third quarter closes ahead of every forecast we published in the spring").contains("reaction")))
    }

    @Test func aReplyWithNothingForThePersonHasNoSubstance() throws {
        let point = try on("@ana Our latest update: https://example.com/update")
        #expect(point.contains("reply") && point.contains("reply_without_substance"))
        #expect(!(try on("@ana sorry, that page moved. Try this one?").contains("reply_without_substance")))
        #expect(!(try on("@ana hi, I just checked and it ships Monday").contains("reply_without_substance")))
    }

    @Test func aChannelsMarksWeighOnlyWhenThePostSpeaksToNoOne() throws {
        let channel = try on("We have a new app. #launch https://example.com/app")
        #expect(channel.isSuperset(of: ["we_voice", "hashtag", "link"]))
        let answer = try on("@ana sorry about that, we have fixed it: https://example.com/help")
        #expect(answer.isDisjoint(with: ["we_voice", "hashtag", "link"]))
    }

    @Test func courtesyIsRead() throws {
        let words = try on("Hi Ana, sorry for the wait and thank you for your patience")
        #expect(words.isSuperset(of: ["greeting", "apology", "thanks"]))
    }
}
