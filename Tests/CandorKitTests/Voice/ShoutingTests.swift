import Testing
@testable import CandorKit

/// `Shouting`: three or more words in capitals in a row.
struct ShoutingTests {
    private func shouts(_ text: String) -> Bool { Shouting.shouts(in: Array(text.utf8)) }

    @Test func threeWordsInCapitalsInARowShout() {
        #expect(shouts("They announced a sequel... NOBODY ASKED FOR THIS ONE."))
        #expect(shouts("IT'S A DISASTER DON'T EVEN ASK"))
        #expect(shouts("ÇA VA TRÈS BIEN"))
        #expect(shouts("O'NEILL WINS AGAIN"))
    }

    /// A one-letter word continues a run but does not start one: "I AM SO" counts from "AM".
    @Test func aOneLetterWordOnlyContinuesARun() {
        #expect(!shouts("I AM SO"))
        #expect(shouts("I AM SO READY"))
        #expect(shouts("WE ARE A TEAM"))
        #expect(!shouts("I A I AM"))
    }

    @Test func shortRunsAndMixedWordsDoNotShout() {
        #expect(!shouts("The BBC NEWS team is here"))
        // Words of a run are apart by white space only.
        #expect(!shouts("Results: NO, NOT, NEVER"))
        #expect(!shouts("Riverside took R1 R2 R3 today"))
        #expect(!shouts("The new iPHONE IS OUT today"))
        #expect(!shouts("ÇA VA très BIEN"))
        #expect(!shouts(""))
    }
}
