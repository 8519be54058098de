import Testing
@testable import CandorKit

/// A post's first words for the text report: whitespace made single spaces, cut after whole words.
struct SnippetTests {
    private func snippet(_ text: String, limit: Int = Snippet.limit) -> String { Snippet.of(Array(text.utf8), limit: limit) }

    @Test func aShortPostIsWholeWithItsWhitespaceMadeSingleSpaces() {
        #expect(snippet("Thanks,\n  @sam!\tSee you.") == "Thanks, @sam! See you.")
        #expect(snippet("   \n ") == "")
    }

    @Test func aLongPostIsCutAfterAWholeWord() {
        #expect(snippet("We leverage synergies to deliver world-class solutions.") == "We leverage synergies to deliver…")
        #expect(snippet("one two three", limit: 7) == "one two…")
        // A first word longer than the limit is cut inside.
        #expect(snippet("Supercalifragilistic is long", limit: 5) == "Super…")
    }

    @Test func onlyTheStartOfAHugePostIsRead() {
        let huge = String(repeating: " ", count: 10_000) + "late"
        #expect(snippet(huge) == "…")
    }
}
