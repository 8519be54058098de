/// `candor config`: the effective configuration as YAML, each value commented with the file it came from.
public enum ConfigurationListing {
    public static func text(_ configuration: Configuration) -> String {
        func origin(_ key: String) -> String { "  # " + (configuration.origins[key] ?? "default") }
        func list(_ items: [String]) -> String { "[" + items.map { JSON.quoted($0) }.joined(separator: ", ") + "]" }
        var lines: [String] = []
        lines.append("# files read: " + (configuration.files.isEmpty ? "none" : configuration.files.joined(separator: ", ")))
        lines.append("packs: \(list(configuration.packs))" + origin("packs"))
        lines.append("platform: \(configuration.platform?.rawValue ?? "x")" + origin("platform"))
        lines.append("level: \(configuration.level.rawValue)" + origin("level"))
        lines.append("fail-on: \(configuration.failOn.rawValue)" + origin("fail-on"))
        if configuration.rules.isEmpty {
            lines.append("rules: {}  # default")
        } else {
            lines.append("rules:")
            for (rule, level) in configuration.rules.sorted(by: { $0.key < $1.key }) {
                lines.append("  \(rule): \(level?.rawValue ?? "off")" + origin("rules.\(rule)"))
            }
        }
        lines.append("accept: \(list(configuration.accept))" + origin("accept"))
        lines.append("account: {names: \(list(configuration.accountNames))}" + origin("account.names"))
        lines.append("include: \(list(configuration.include))" + origin("include"))
        lines.append("exclude: \(list(configuration.exclude))" + origin("exclude"))
        let scoring = configuration.scoring
        lines.append("score:")
        lines.append("  base: \(MetricCheck.format(scoring.base))" + origin("score.base"))
        lines.append("  broadcast-below: \(scoring.broadcastBelow)" + origin("score.broadcast-below"))
        lines.append("  authentic-from: \(scoring.authenticFrom)" + origin("score.authentic-from"))
        lines.append("  weights:")
        for level in Level.allCases {
            lines.append("    \(level.rawValue): \(MetricCheck.format(scoring.levelWeights[level] ?? 0))" + origin("score.weights.\(level.rawValue)"))
        }
        lines.append("  signals:")
        for signal in ScoringOptions.Signal.allCases {
            lines.append("    \(signal.rawValue): \(MetricCheck.format(scoring.signals[signal] ?? 0))" + origin("score.signals.\(signal.rawValue)"))
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
