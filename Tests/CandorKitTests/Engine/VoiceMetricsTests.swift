import Testing
@testable import CandorKit

/// The variables that tell a person's voice from a broadcast: `informal`, `attributions`, `reported_speech`,
/// and what they do to the score's "mentions someone" and "sounds casual" signals.
struct VoiceMetricsTests {
    private func metrics(_ text: String) throws -> Metrics { try lint(text, rules: []).metrics }

    @Test func casualSpeechCountsAsInformal() throws {
        #expect(try metrics("Sooooo ready for summer")["informal"] == 1)           // a stretched letter
        #expect(try metrics("What a goal, damn")["informal"] == 1)                 // swearing
        #expect(try metrics("Wow, gonna miss that place")["informal"] == 2)        // interjection, chat spelling
        #expect(try metrics("Ahhh the office is quiet today")["informal"] == 1)
    }

    @Test func formalWritingIsNotInformal() throws {
        #expect(try metrics("The committee meets in Room 3 at noon.")["informal"] == 0)
        // Roman numerals, "www", and a doubled letter are not stretched speech.
        #expect(try metrics("Super Bowl XXX and World War III, see www dot example")["informal"] == 0)
        #expect(try metrics("Coffee tastes better in the morning.")["informal"] == 0)
    }

    @Test func aMentionThatNamesTheSpeakerIsAnAttribution() throws {
        #expect(try metrics(".@premier says the budget comes back in July.")["attributions"] == 1)
        #expect(try metrics("Half the city is flooded, writes @critic in today's paper.")["attributions"] == 1)
        #expect(try metrics("A test for cancer at 16: @student tells @editor how.")["attributions"] == 2)
        #expect(try metrics("Meet the commuters using the trip to get ahead. @reporter reports.")["attributions"] == 1)
    }

    @Test func aMentionThatAddressesSomeoneIsNotAnAttribution() throws {
        // A reply addresses its first mention whatever follows.
        #expect(try metrics("@maria says it works for her too")["attributions"] == 0)
        #expect(try metrics("Great lunch with @maria today.")["attributions"] == 0)
        #expect(try metrics("Thanks @lee, that fixed it.")["attributions"] == 0)
        #expect(try metrics("Well said. @lee, you should write this up.")["attributions"] == 0)
    }

    @Test func reportingVerbsAreCounted() throws {
        #expect(try metrics("Police say a man is in custody, the minister told reporters.")["reported_speech"] == 2)
        #expect(try metrics("According to the survey, most sites failed.")["reported_speech"] == 1)
        #expect(try metrics("We shipped the fix this morning.")["reported_speech"] == 0)
        // A hashtag is not a verb.
        #expect(try metrics("Heat is up again #says")["reported_speech"] == 0)
    }

    @Test func aReportedMentionEarnsNoMentionSignal() throws {
        let reported = try lint(".@premier says the budget comes back in July.", rules: []).score
        #expect(!reported.terms.contains { $0.label == "mentions someone" })
        let addressed = try lint("Great lunch with @maria today.", rules: []).score
        #expect(addressed.terms.contains { $0.label == "mentions someone" })
    }

    @Test func casualSpeechEarnsTheCasualSignal() throws {
        let casual = try lint("Sooooo ready for summer", rules: []).score
        #expect(casual.terms.contains { $0.label.hasPrefix("sounds casual") })
        #expect(casual.value == Int(ScoringOptions().base) + 10)
        let plain = try lint("Ready for summer.", rules: []).score
        #expect(!plain.terms.contains { $0.label.hasPrefix("sounds casual") })
    }
}
