import CandorRegex

/// Turns rule YAML (a pack folder on disk, or a pack built into the binary) into compiled `Rule`s. Every
/// problem is a `LoadError` naming the file, line and key: unknown keys and check types, bad values, and
/// patterns PCRE2 will not compile.
public enum RuleLoader {
    /// Keys every rule may have.
    static let commonKeys: Set<String> = [
        "extends", "message", "level", "scope", "link", "description", "limit", "action", "examples", "weight", "lang",
    ]
    /// Vale keys that have no effect in candor and are accepted so Vale styles load unchanged.
    static let inertValeKeys: Set<String> = ["code", "vocab", "name", "style", "indicators", "threshold", "prefix"]

    /// The check types `extends` may name. A new one is a type conforming to `CheckType`, in its own file in
    /// `Checks/`, and a line here.
    static let checkTypes: [any CheckType.Type] = [
        ExistenceCheck.self, SubstitutionCheck.self, OccurrenceCheck.self, ConditionalCheck.self, RepetitionCheck.self,
        ConsistencyCheck.self, CapitalizationCheck.self, MetricCheck.self, FeedCheck.self,
    ]

    /// Every rule file (`*.yml`, `*.yaml`) of a pack folder, sorted by name, but the pack's score model
    /// (`candor-score.yml`). The pack is named after the folder. With `skip`, a rule file that does not load
    /// is handed to it and left out, and the others load; without, it is the pack's error.
    public static func loadPack(at folder: String, skip: ((LoadError) -> Void)? = nil) throws(LoadError) -> [Rule] {
        let pack = folder.split(separator: "/").last.map(String.init) ?? folder
        let names: [String]
        do {
            names = try Directory.entries(folder)
        } catch {
            throw LoadError(path: folder, message: "cannot read the rule pack: \(error.message)")
        }
        var rules: [Rule] = []
        let cache = ContentCache.standard
        for name in names.sorted() where (name.hasSuffix(".yml") || name.hasSuffix(".yaml")) && name != ScoreModel.fileName {
            let path = folder.hasSuffix("/") ? folder + name : folder + "/" + name
            do throws(LoadError) {
                let bytes: [UInt8]
                do { bytes = try FileIO.readAll(path, limit: .ruleFile) } catch { throw LoadError(path: path, message: error.message) }
                // Checked before the cache is asked: an entry made from these bytes by an older candor is not used.
                _ = try UTF8Repair.text(bytes, path: path)
                let document = try RuleCache.document(bytes: bytes, path: path, cache: cache)
                rules.append(try rule(document: document, pack: pack, file: name, source: path, cache: cache, vale: skip != nil))
            } catch {
                guard let skip else { throw error }
                skip(error)
            }
        }
        return rules
    }

    /// The score model a pack folder carries (`candor-score.yml`), or nil when it carries none.
    public static func loadModel(ofPack folder: String) throws(LoadError) -> ScoreModel? {
        let path = folder.hasSuffix("/") ? folder + ScoreModel.fileName : folder + "/" + ScoreModel.fileName
        return FileIO.exists(path, followingLinks: false) ? try ScoreModel.load(path: path) : nil
    }

    /// The rules of a pack built into the binary (`Candor`), or nil when there is no such pack.
    public static func loadEmbedded(_ pack: String) throws(LoadError) -> [Rule]? {
        try EmbeddedPacks.rules(of: pack)
    }

    public static var embeddedPackNames: [String] { EmbeddedPacks.names }

    /// One rule from its YAML text. `file` is the file name, whose stem is the rule's name.
    public static func rule(yaml: String, pack: String, file: String, source: String) throws(LoadError) -> Rule {
        try rule(document: YAMLMapping.document(yaml: yaml, path: source), pack: pack, file: file, source: source)
    }

    /// `cache` keeps what is slow to build from a long list (`PhraseMatcher`) between runs. `checkTypes`: the
    /// check types `extends` may name (a test adds its own).
    static func rule(
        document: YAMLValue, pack: String, file: String, source: String, cache: ContentCache? = nil, vale: Bool = false,
        checkTypes: [any CheckType.Type] = RuleLoader.checkTypes
    ) throws(LoadError) -> Rule {
        var keys = try YAMLMapping(document, path: source)
        guard let kind = try keys.string("extends") else {
            throw LoadError(path: source, line: 1, key: "extends", message: "missing: every rule says which check it extends")
        }
        guard let type = checkTypes.first(where: { $0.name == kind }) else {
            let known = checkTypes.map { $0.name }.sorted()
            throw keys.error("extends", "unknown check type '\(kind)' (candor knows \(known.joined(separator: ", ")))")
        }
        // Unknown keys first: a misspelt key is reported as what it is, on its line, not as a missing one.
        try keys.rejectUnknownKeys(
            allowed: commonKeys.union(type.keys).union(inertValeKeys),
            hint: "for \("aeiou".contains(kind.prefix(1)) ? "an" : "a") '\(kind)' rule (it takes \(commonKeys.union(type.keys).sorted().joined(separator: ", ")))")
        guard let message = try keys.string("message") else {
            throw LoadError(path: source, line: 1, key: "message", message: "missing: every rule needs a message")
        }
        let levelText = try keys.string("level") ?? "warning"
        guard let level = Level(rawValue: levelText) else {
            throw keys.error("level", "'\(levelText)' is not suggestion, warning or error")
        }
        let scopeNames = try keys.strings("scope") ?? ["text"]
        let scope: Scope
        switch Scope.parse(scopeNames) {
        case .success(let parsed): scope = parsed
        case .failure(let error): throw keys.error("scope", "unknown scope '\(error.name)'")
        }
        let stem = file.split(separator: ".").first.map(String.init) ?? file
        let body = try type.decode(&keys, cache: cache, vale: vale)
        var rule = Rule(
            id: "\(pack).\(stem)", pack: pack, kind: Rule.Kind(type), level: level, levelOrigin: nil, message: message,
            description: try keys.string("description"), link: try keys.string("link"), scope: scope,
            limit: try keys.int("limit"), action: try action(&keys), weight: try keys.double("weight"),
            examples: try examples(&keys), source: source, details: try type.details(&keys), body: body)
        if let languages = try keys.strings("lang") {
            guard !languages.isEmpty else { throw keys.error("lang", "names no language (leave it out for a rule that reads any)") }
            rule.languages = Set(languages.map(LanguageGuess.code))
        }
        rule.isValeStyle = vale
        return rule
    }

    private static func action(_ keys: inout YAMLMapping) throws(LoadError) -> Rule.Action? {
        guard var action = try keys.mapping("action") else { return nil }
        guard let name = try action.string("name") else { throw keys.error("action", "an action needs a 'name'") }
        let params = try action.strings("params") ?? []
        try action.rejectUnknownKeys(hint: "in 'action' (it takes name, params)")
        return Rule.Action(name: name, params: params)
    }

    private static func examples(_ keys: inout YAMLMapping) throws(LoadError) -> [Rule.Example] {
        guard let node = keys.node("examples") else { return [] }
        var mapping = try YAMLMapping(node, path: keys.path, what: "'examples'")
        var examples: [Rule.Example] = []
        for expectation in [Rule.Example.Expectation.flag, .pass] {
            guard let list = mapping.node(expectation.rawValue) else { continue }
            guard let items = list.list else {
                throw mapping.error(expectation.rawValue, "expected a list of example posts")
            }
            for item in items {
                guard let text = item.text else {
                    throw mapping.error(at: item, key: "examples.\(expectation.rawValue)", "each example is a text")
                }
                examples.append(Rule.Example(expectation: expectation, text: text, line: item.line ?? 0))
            }
        }
        try mapping.rejectUnknownKeys(hint: "in 'examples' (it takes flag, pass)")
        return examples
    }
}
