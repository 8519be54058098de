import Testing
@testable import CandorKit

/// `Metrics`: one slot per variable, read by name or Vale's alias; sentences; the text that counts toward the
/// length; and the definitions that combine what `Voice/` reads (quotes, relays, a dropped "I", shouting).
struct MetricsTests {
    private func metrics(_ text: String) throws -> Metrics { try lint(text, rules: []).metrics }

    private func sentences(_ text: String) -> [String] {
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer { Metrics.sentences(in: $0) }.map { String(decoding: bytes[$0], as: UTF8.self) }
    }

    @Test func eachMetricHasOneSlotByNameAndValesAliasReadsTheSameOne() throws {
        #expect(Metrics.names == Metric.allCases.map(\.name))
        #expect(Metrics.slot(of: "complex_words") == Metric.complexWords.rawValue)
        #expect(Metrics.slot(of: "polysyllabic_words") == Metric.complexWords.rawValue)
        #expect(Metrics.slot(of: "Words") == nil)
        #expect(Metrics.isKnown("weighted_length") && !Metrics.isKnown("length"))
        let read = try metrics("Read this @ana #news https://example.com/a")
        #expect(read["polysyllabic_words"] == read[.complexWords])
        #expect(read["no_such_metric"] == 0)
        #expect(read.values.count == Metric.count)
    }

    @Test func sentencesEndAtAMarkBeforeASpaceOrAtALineBreak() {
        #expect(sentences("One. Two! Three?\nFour") == ["One.", "Two!", "Three?", "Four"])
        // A dot inside a number ends nothing; closing quotes stay with their sentence.
        #expect(sentences("Rated 3.5 stars.") == ["Rated 3.5 stars."])
        #expect(sentences("Wait... what?! Yes") == ["Wait...", "what?!", "Yes"])
        #expect(sentences("He said \"go.\" Then he left.") == ["He said \"go.\"", "Then he left."])
        // A run without a word is no sentence; each is trimmed.
        #expect(sentences("!!! ... ok") == ["ok"])
        #expect(sentences("  padded.  ") == ["padded."])
    }

    @Test func aPostWithWordsHasAtLeastOneSentence() throws {
        #expect(try metrics("no punctuation here")["sentences"] == 1)
        let emoji = try metrics("👍")
        #expect(emoji["sentences"] == 0 && emoji["words"] == 0 && emoji["emoji"] == 1)
    }

    @Test func aLinkIsOneWordAndEntitiesAreNoProseWords() throws {
        let read = try metrics("Read this @ana #news https://example.com/a")
        #expect(read["words"] == 5)  // Read, this, ana, news, and the link
        #expect(read["prose_words"] == 2)
        #expect(read["links"] == 1 && read["mentions"] == 1 && read["hashtags"] == 1)
    }

    @Test func countedTextLeavesCommentsOut() throws {
        let post = try readPost("Hello <!-- a note --> world")
        #expect(Metrics.countedText(of: post) == "Hello  world")
        // A prefix that ends inside the comment keeps what came before it.
        #expect(Metrics.countedText(of: post, upTo: 8) == "Hello ")
        #expect(Metrics.countedText(of: try readPost("Hello world"), upTo: 5) == "Hello")
    }

    @Test func theLimitIsThePlatforms() throws {
        #expect(try metrics("---\nplatform: bluesky\n---\nHi")["limit"] == 300)
        #expect(try metrics("Hi")["limit"] == 280)
    }

    /// "I", "we" and "you" inside quotation marks are the speaker's (`QuotedSpans`).
    @Test func personsInQuotedWordsAreNotTheWriters() throws {
        let own = try metrics("Honestly I am amazed we finished, and you helped")
        #expect(own["first_person_singular"] == 1 && own["first_person_plural"] == 1 && own["second_person"] == 1)
        let quoted = try metrics("\"Honestly I am amazed we finished, and you helped,\" says Dr Osei")
        #expect(quoted["first_person_singular"] == 0 && quoted["first_person_plural"] == 0 && quoted["second_person"] == 0)
    }

    /// A post shared with a "via @source" credit is the source's words (`Relay`): no voice of the writer's.
    @Test func aCreditedShareHasNoVoiceOfTheWriters() throws {
        #expect(try metrics("I loved this walk lol")["first_person_singular"] == 1)
        let shared = try metrics("I loved this walk lol / via @reader")
        #expect(shared["first_person_singular"] == 0 && shared["informal"] == 0)
        #expect(shared["attributions"] == 1)
    }

    /// An opening with the "I" left out counts as one first-person word (`DroppedSubject`).
    @Test func aDroppedSubjectCountsAsTheFirstPerson() throws {
        #expect(try metrics("Loving the new bakery on Mill Road")["first_person_singular"] == 1)
        #expect(try metrics("Police arrest two men on Mill Road")["first_person_singular"] == 0)
    }

    /// Capitals shouted are casual only without a link: beside one, `Shouting` still sees them, but they are
    /// more often a title or a listing.
    @Test func shoutingIsInformalOnlyWithoutALink() throws {
        #expect(Shouting.shouts(in: Array("VINTAGE OAK DESK https://example.com/i".utf8)))
        #expect(try metrics("VINTAGE OAK DESK https://example.com/i")["informal"] == 0)
        #expect(try metrics("VINTAGE OAK DESK for sale")["informal"] == 1)
    }
}
