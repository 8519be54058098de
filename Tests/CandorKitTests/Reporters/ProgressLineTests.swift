import Testing
@testable import CandorKit

/// The progress line: silent for the first second, then redrawn at most ten times a second.
struct ProgressLineTests {
    /// A clock the test moves by hand.
    final class Clock: @unchecked Sendable {
        var now = 100.0
    }

    @Test func silentForTheFirstSecondThenCountsPostsAndFiles() {
        let clock = Clock()
        var line = ProgressLine(now: { clock.now })
        clock.now += 0.5
        #expect(line.update(posts: 1024, files: 1) == nil)
        clock.now += 0.6
        #expect(line.update(posts: 2048, files: 1) == "candor: 2048 posts of 1 file linted so far…")
        clock.now += 0.05
        #expect(line.update(posts: 3072, files: 2) == nil, "redrawn too soon")
        clock.now += 0.1
        #expect(line.update(posts: 1, files: 2) == "candor: 1 post of 2 files linted so far…")
    }
}
