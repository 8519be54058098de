import Testing
@testable import CandorKit

/// `QuotedSpans`: the passages of a post in someone else's words, by quotation marks, a speaker's kicker or
/// a speaker's closing credit.
struct QuotedSpansTests {
    private func passages(_ text: String) -> [String] {
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer { QuotedSpans.ranges(in: $0) }.map { String(decoding: bytes[$0], as: UTF8.self) }
    }

    @Test func doubleQuotesStraightOrCurlyHoldAPassage() {
        #expect(passages("\"I'm ashamed,\" says the mayor") == ["I'm ashamed,"])
        #expect(passages("“We finished,” she said") == ["We finished,"])
        // A curly opener is not closed by a straight mark, nor the other way round.
        #expect(passages("“open \" and on") == [])
        // An unclosed quote holds nothing.
        #expect(passages("He said \"never") == [])
    }

    @Test func singleQuotesOpenAfterASpaceAndCloseBeforeOne() {
        #expect(passages("'All About You' returns in May") == ["All About You"])
        #expect(passages("Don't stop, it's 'fine' now") == ["fine"])
        #expect(passages("‘Night shift’ starts today") == ["Night shift"])
        // An apostrophe inside a word neither opens nor closes; a single quote stops at a line break.
        #expect(passages("the dogs' bowls and the cats' toys") == [])
        #expect(passages("'one\ntwo' three") == [])
    }

    @Test func aQuoteInsideAQuoteIsOnePassage() {
        #expect(passages("\"She called it 'the best day' again\" he wrote") == ["She called it 'the best day' again"])
    }

    @Test func aSpeakersKickerQuotesTheRestOfTheLine() {
        #expect(passages(".@minister: I think the plan moves too fast\nMore soon") == ["I think the plan moves too fast"])
        #expect(passages("Theo Marsh: how I trained for the marathon") == ["how I trained for the marathon"])
        #expect(passages("Mary Ann Marsh: My garden in May") == ["My garden in May"])
        // A label, a lone word, a name joined by small words, or words not in the first person: no speaker.
        #expect(passages("VIDEO: I tried the new bridge") == [])
        #expect(passages("Me: I will not eat cake") == [])
        #expect(passages("Tip of the Week: I use less salt") == [])
        #expect(passages("Theo Marsh: the marathon in photos") == [])
    }

    @Test func aClosingCreditQuotesTheSentenceBeforeItsComma() {
        #expect(passages("Losing my notes on stage is part of the job, Brennan says")
            == ["Losing my notes on stage is part of the job"])
        // The sentence runs from the space after the one before it.
        #expect(passages("Great day. Coach smiled when I told him, says Ruiz") == [" Coach smiled when I told him"])
        #expect(passages("Reopen the library, #Elmwood mother tells @morningshow") == ["Reopen the library"])
        // "said no one ever" names nobody: the writer's own joke.
        #expect(passages("I'm so tired, said no one ever") == [])
        // A name and a verb that do not end the sentence are no credit.
        #expect(passages("We met at noon, Brennan says it went well") == [])
    }
}
