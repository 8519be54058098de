/// The rules a configuration turns on: its packs loaded (built in, or folders), each rule's level set or
/// switched off by `rules`, in pack order then file order.
public enum RuleSet {
    public static func rules(for configuration: Configuration) throws(LoadError) -> [Rule] {
        var rules: [Rule] = []
        for pack in configuration.packs {
            if let embedded = try RuleLoader.loadEmbedded(pack) {
                rules += embedded
            } else if Directory.isDirectory(pack) {
                rules += try RuleLoader.loadPack(at: pack)
            } else {
                let origin = configuration.origins["packs"] ?? "configuration"
                throw LoadError(path: origin, key: "packs",
                                message: "no built-in pack or folder named '\(pack)' (built in: \(RuleLoader.embeddedPackNames.joined(separator: ", ")))")
            }
        }
        let known = Set(rules.map(\.id))
        for name in configuration.rules.keys.sorted() where !known.contains(name) && !known.contains(where: { $0.hasPrefix(name + ".") }) {
            throw LoadError(path: configuration.origins["rules.\(name)"] ?? "configuration", key: "rules.\(name)",
                            message: "no active rule or pack is called '\(name)'")
        }
        return rules.compactMap { rule in
            // A setting for a whole pack (`Candor: off`) applies first, one for the rule wins.
            let key = configuration.rules[rule.id] != nil ? rule.id : rule.pack
            guard let setting = configuration.rules[key] else { return rule }
            guard let level = setting else { return nil }
            var changed = rule
            changed.level = level
            changed.levelOrigin = configuration.origins["rules.\(key)"]
            return changed
        }
    }

    public static func linter(for configuration: Configuration, platform: Platform? = nil) throws(LoadError) -> Linter {
        var scoring = configuration.scoring
        scoring.model = try model(for: configuration)
        return try Linter(rules: rules(for: configuration), platform: platform ?? configuration.platform ?? .x,
                          accept: configuration.accept, accountNames: configuration.accountNames,
                          language: configuration.language, scoring: scoring)
    }

    /// The score model: the one the config names (`score.model`), else the first of its packs' models.
    public static func model(for configuration: Configuration) throws(LoadError) -> ScoreModel {
        if let model = configuration.scoring.model { return model }
        for pack in configuration.packs {
            if let model = EmbeddedPacks.model(of: pack) { return model }
            if Directory.isDirectory(pack), let model = try RuleLoader.loadModel(ofPack: pack) { return model }
        }
        return .empty
    }
}
