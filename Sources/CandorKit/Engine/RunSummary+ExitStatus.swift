extension RunSummary {
    /// The run's exit status (README, "Using it"): 2 when anything could not be done (input that could not be
    /// read, a rule that could not run); else 1 when findings reach `failOn` or the warnings are more than
    /// `maxWarnings` (nil or negative: no limit); else 0. `say` hears why too many warnings fail the run, as
    /// ESLint says it, so an exit 1 never goes unexplained.
    func exitStatus(failOn: Level, maxWarnings: Int?, say: (String) -> Void) -> Int32 {
        if !problems.isEmpty { return 2 }
        let tooManyWarnings = maxWarnings.map { $0 >= 0 && warnings > $0 } ?? false
        if tooManyWarnings, let maximum = maxWarnings {
            say("too many warnings (\(warnings), maximum \(maximum))")
        }
        let failing = errors + (failOn <= .warning ? warnings : 0) + (failOn == .suggestion ? suggestions : 0)
        return failing > 0 || tooManyWarnings ? 1 : 0
    }
}
