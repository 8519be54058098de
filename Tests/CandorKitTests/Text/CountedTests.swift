import Testing
@testable import CandorKit

struct CountedTests {
    @Test func oneIsSingularEveryOtherCountPlural() {
        #expect(Counted.text(1, "post") == "1 post")
        #expect(Counted.text(0, "post") == "0 posts")
        #expect(Counted.text(2, "file") == "2 files")
        #expect(Counted.text(3, "query", plural: "queries") == "3 queries")
    }
}
