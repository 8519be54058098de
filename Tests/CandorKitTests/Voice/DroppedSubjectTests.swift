import Testing
@testable import CandorKit

/// `DroppedSubject`: a post that opens in the diary voice, the "I" left out.
struct DroppedSubjectTests {
    private func opens(_ text: String) -> Bool { DroppedSubject.opens(Array(text.utf8)) }

    @Test func feelingsAndThoughtsWithTheILeftOut() {
        #expect(opens("Loving Harbour Lights on the catch-up app"))
        #expect(opens("  wondering where the summer went"))
        #expect(opens("Quite enjoyed the matinee"))
        #expect(opens("Loved it, every minute"))
        // "Love" and "hate" only before a word in lower case that makes them a verb.
        #expect(opens("Love this new bridge"))
        #expect(!opens("Love Island returns tonight"))
        #expect(!opens("Love and chores?"))
        #expect(!opens("Hate is a strong word"))
        #expect(!opens("Loved ones gather at the pier"))
    }

    @Test func pairsAndThingsJustDone() {
        #expect(opens("Can't wait for the weekend"))
        #expect(opens("Can’t believe it is May"))
        #expect(opens("Off to the dentist"))
        #expect(opens("Heading home after the match"))
        #expect(opens("Looking forward to Friday"))
        #expect(!opens("Heading north: the storm moves on"))
        #expect(opens("Just seen a brilliant sunset"))
        #expect(opens("just landed in Oslo"))
        // An app's "Just posted a photo" is not something the writer did in their own words.
        #expect(!opens("Just posted a photo"))
    }

    @Test func feelingsAfterAnAdverbAndReactionsToNews() {
        #expect(opens("So proud of her"))
        #expect(opens("Really tired today"))
        // A bare "Proud to" or "Pleased to" is a press release's.
        #expect(!opens("Proud to announce our new office"))
        #expect(opens("Glad to see Priya Shah has been picked for the squad"))
        #expect(opens("Good to hear the bakery reopens on Monday"))
        #expect(!opens("Pleased to see the results"))
        #expect(!opens("Good to go"))
    }

    @Test func aSubjectFirstOrAWordThatDoesNotEndIsNoDroppedSubject() {
        #expect(!opens("Police arrest two men"))
        #expect(!opens("I am loving this"))
        #expect(!opens("Lovefilm is closing"))
        #expect(!opens("Love2Shop vouchers"))
        #expect(!opens("RT @desk: Loving the new bridge"))
        #expect(!opens(""))
        #expect(!opens("Just"))
    }
}
