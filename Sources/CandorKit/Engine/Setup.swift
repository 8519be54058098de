/// Everything a run needs per configuration: the merged configuration and the linter built from it.
struct Setup {
    let configuration: Configuration
    let linter: Linter

    /// `configuration` is empty for a linter made without one (a corpus survey, a rule's examples).
    init(configuration: Configuration = Configuration(), linter: Linter) {
        self.configuration = configuration
        self.linter = linter
    }

    /// Whether a suppression may name `rule`: one the linter runs or its pack, or one the configuration
    /// switches off (by its id or by its pack's).
    func knows(_ rule: String) -> Bool {
        linter.rules.contains { $0.id == rule || $0.pack == rule }
            || configuration.rules.keys.contains { rule == $0 || rule.hasPrefix($0 + ".") }
    }
}
