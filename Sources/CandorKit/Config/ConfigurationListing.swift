/// `candor config`: the effective configuration as YAML, each value commented with the file it came from.
public enum ConfigurationListing {
    public static func text(_ configuration: Configuration) -> String {
        func origin(_ key: String) -> String { "  # " + (configuration.origins[key] ?? "default") }
        func list(_ items: [String]) -> String { "[" + items.map { JSON.quoted($0) }.joined(separator: ", ") + "]" }
        var lines: [String] = []
        lines.append("# files read: " + (configuration.files.isEmpty ? "none" : configuration.files.joined(separator: ", ")))
        lines.append("packs: \(list(configuration.packs))" + origin("packs"))
        lines.append("platform: \(configuration.platform?.rawValue ?? "x")" + origin("platform"))
        lines.append("lang: \(configuration.language ?? "guessed per post")" + origin("lang"))
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
        // The model in force: the config's, else the first pack's that carries one (`RuleSet.model`).
        let model = (try? RuleSet.model(for: configuration)) ?? .empty
        lines.append("score:")
        lines.append("  model: \(model.origin)" + origin("score.model"))
        lines.append("  broadcast-below: \(scoring.broadcastBelow ?? model.broadcastBelow)" + origin("score.broadcast-below"))
        lines.append("  authentic-from: \(scoring.authenticFrom ?? model.authenticFrom)" + origin("score.authentic-from"))
        lines.append("  packs: \(list(scoring.packs))" + origin("score.packs"))
        return lines.joined(separator: "\n") + "\n"
    }
}
