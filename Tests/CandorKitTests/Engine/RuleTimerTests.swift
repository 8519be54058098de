import Testing
@testable import CandorKit

/// `candor lint --verbose`: each worker's rule times, merged and reported longest first.
struct RuleTimerTests {
    @Test func workersMergeAndTheReportIsLongestFirst() {
        let first = RuleTimer(), second = RuleTimer()
        first.add("House.Slow", nanoseconds: 1_500_000_000)
        first.add("House.Fast", nanoseconds: 250_000)
        second.add("House.Slow", nanoseconds: 500_000_000)
        second.add("House.Also", nanoseconds: 250_000)
        let merged = RuleTimer()
        merged.merge(first)
        merged.merge(second)
        #expect(merged.nanoseconds == ["House.Slow": 2_000_000_000, "House.Fast": 250_000, "House.Also": 250_000])
        // Ties by rule id; shares of the whole, rounded down.
        #expect(merged.report == [
            "    2000.000 ms   99%  House.Slow",
            "       0.250 ms    0%  House.Also",
            "       0.250 ms    0%  House.Fast",
        ])
    }

    @Test func recordingAddsTheTimeSinceAStart() {
        let timer = RuleTimer()
        let start = RuleTimer.now()
        timer.record("House.Rule", since: start)
        timer.record("House.Rule", since: start)
        #expect(timer.nanoseconds.keys.sorted() == ["House.Rule"])
        #expect(RuleTimer.now() >= start)
    }
}
