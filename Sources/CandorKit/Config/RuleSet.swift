import CandorEntities

/// The rules a configuration turns on: its packs loaded (built in, or folders), each rule's level set or
/// switched off by `rules`, in pack order then file order. Under a Vale configuration, its styles' rules run
/// as its selection says (`ValeSettings`), and a rule of a Vale style that candor cannot load (a check type
/// it lacks, such as `spelling`, or a pattern PCRE2 refuses) is left out with a warning naming its file,
/// line and key, passed to `warn`, so the style's other rules run, as they would in Vale.
public enum RuleSet {
    public static func rules(for configuration: Configuration, warn: (String) -> Void = { _ in }) throws(LoadError) -> [Rule] {
        var rules: [Rule] = []
        let valeFolders = Set(configuration.vale?.styleFolders.values.map { $0 } ?? [])
        for pack in configuration.packs {
            if let embedded = try RuleLoader.loadEmbedded(pack) {
                rules += embedded
            } else if valeFolders.contains(pack) {
                rules += try withoutActuallyEscaping(warn) { (warn) throws(LoadError) in
                    try RuleLoader.loadPack(at: pack) { error in warn("\(error); the rule is not run") }
                }
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
        if let vale = configuration.vale {
            let vocabulary = ValeBuiltins.vocabulary(vale.vocabularies)
            rules += try ValeBuiltins.rules(accept: vocabulary.accept, reject: vocabulary.reject)
            let selection = configuration.valeSelection ?? vale.selection(forFile: nil)
            let styles = Set(vale.styleFolders.keys).union([ValeBuiltins.style])
            rules = rules.compactMap { rule in
                guard styles.contains(rule.pack) else { return rule }
                guard selection.runs(rule.id, style: rule.pack) else { return nil }
                guard let level = vale.levels[rule.id] else { return rule }
                var changed = rule
                changed.level = level
                changed.levelOrigin = configuration.origins["rules.\(rule.id)"]
                return changed
            }
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

    /// The packs `names` mean (`candor test-rules House`): a built-in pack or a folder as given, else the pack
    /// of `configuration` with that name (a folder's last component, `./styles/House` for `House`; any case
    /// when no pack has the exact name).
    public static func packs(named names: [String], in configuration: Configuration) throws(LoadError) -> [String] {
        func name(_ pack: String) -> String { pack.split(separator: "/").last.map(String.init) ?? pack }
        var resolved: [String] = []
        for wanted in names {
            if RuleLoader.embeddedPackNames.contains(wanted) || Directory.isDirectory(wanted) {
                resolved.append(wanted)
                continue
            }
            let exact = configuration.packs.filter { name($0) == wanted }
            let matching = exact.isEmpty ? configuration.packs.filter { name($0).lowercased() == wanted.lowercased() } : exact
            guard let pack = matching.first else {
                let known = (RuleLoader.embeddedPackNames + configuration.packs.map(name)).reduce(into: [String]()) {
                    if !$0.contains($1) { $0.append($1) }
                }
                throw LoadError(path: wanted, message: "no built-in pack, folder or configured pack is called '\(wanted)' (known: \(known.joined(separator: ", ")))")
            }
            resolved.append(pack)
        }
        return resolved
    }

    public static func linter(
        for configuration: Configuration, platform: Platform? = nil, warn: (String) -> Void = { _ in }
    ) throws(LoadError) -> Linter {
        var scoring = configuration.scoring
        scoring.model = try model(for: configuration)
        let ignores = configuration.valeSelection?.ignores ?? []
        return try Linter(rules: rules(for: configuration, warn: warn), platform: platform ?? configuration.platform ?? .x,
                          accept: configuration.accept, accountNames: configuration.accountNames, ignoring: ignores,
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
