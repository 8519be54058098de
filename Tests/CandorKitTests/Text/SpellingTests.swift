import Testing
@testable import CandorKit

struct SpellingTests {
    @Test func distanceCountsSingleCharacterEdits() {
        #expect(Spelling.distance("explain", "explain") == 0)
        #expect(Spelling.distance("explian", "explain") == 2)
        #expect(Spelling.distance("lnit", "lint") == 2)
        #expect(Spelling.distance("Jargon", "jargon") == 0)
        #expect(Spelling.distance("", "init") == 4)
        #expect(Spelling.distance("kitten", "sitting") == 3)
    }

    @Test func nearMissesAreCloseOrAStartClosestFirst() {
        let commands = ["lint", "score", "calibrate", "rules", "explain", "test-rules", "config", "init", "hook"]
        #expect(Spelling.nearMisses(of: "explian", among: commands) == ["explain"])
        #expect(Spelling.nearMisses(of: "rule", among: commands) == ["rules"])
        #expect(Spelling.nearMisses(of: "calib", among: commands) == ["calibrate"])
        #expect(Spelling.nearMisses(of: "draft", among: commands).isEmpty)
        #expect(Spelling.nearMisses(of: "post", among: commands).isEmpty)
        #expect(Spelling.nearMisses(of: "testrules", among: commands) == ["test-rules"])
    }
}
