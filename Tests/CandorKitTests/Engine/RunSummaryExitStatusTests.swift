import Testing
@testable import CandorKit

/// The exit status from a run's summary (README, "Using it"): 2 problems, 1 findings at `fail-on` or too many
/// warnings, 0 otherwise.
struct RunSummaryExitStatusTests {
    private func summary(errors: Int = 0, warnings: Int = 0, suggestions: Int = 0, problems: [String] = []) -> RunSummary {
        var summary = RunSummary()
        summary.errors = errors
        summary.warnings = warnings
        summary.suggestions = suggestions
        summary.problems = problems
        return summary
    }

    private func status(_ summary: RunSummary, failOn: Level = .error, maxWarnings: Int? = nil) -> (Int32, [String]) {
        var said: [String] = []
        let status = summary.exitStatus(failOn: failOn, maxWarnings: maxWarnings) { said.append($0) }
        return (status, said)
    }

    @Test func aProblemIsTwoWhateverTheFindings() {
        #expect(status(summary(errors: 3, warnings: 9, problems: ["a.md: cannot read"]), maxWarnings: 0) == (2, []))
    }

    @Test func findingsFailTheRunFromFailOnUp() {
        #expect(status(summary()).0 == 0)
        #expect(status(summary(errors: 1)).0 == 1)
        #expect(status(summary(warnings: 5, suggestions: 5)).0 == 0)
        #expect(status(summary(warnings: 1), failOn: .warning).0 == 1)
        #expect(status(summary(suggestions: 1), failOn: .warning).0 == 0)
        #expect(status(summary(suggestions: 1), failOn: .suggestion).0 == 1)
    }

    @Test func moreWarningsThanTheMaximumFailTheRunAndSaySo() {
        #expect(status(summary(warnings: 3), maxWarnings: 2) == (1, ["too many warnings (3, maximum 2)"]))
        #expect(status(summary(warnings: 2), maxWarnings: 2) == (0, []))
        // -1: no limit.
        #expect(status(summary(warnings: 300), maxWarnings: -1) == (0, []))
        // Said even when the findings fail the run anyway, so the reason is never missing.
        #expect(status(summary(errors: 1, warnings: 3), maxWarnings: 0) == (1, ["too many warnings (3, maximum 0)"]))
    }
}
