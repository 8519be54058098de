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

    static let kinds: [String: Set<String>] = [
        "existence": ["tokens", "raw", "ignorecase", "nonword", "exceptions", "append"],
        "substitution": ["swap", "ignorecase", "nonword", "exceptions", "capitalize", "fix"],
        "occurrence": ["token", "min", "max", "ignorecase"],
        "conditional": ["first", "second", "exceptions", "ignorecase"],
        "repetition": ["tokens", "max", "alpha", "ignorecase"],
        "consistency": ["either", "ignorecase", "nonword"],
        "capitalization": ["match", "exceptions", "indicators", "prefix", "threshold"],
        "metric": ["formula", "condition"],
        "feed": ["formula", "condition"],
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
        return FileIO.exists(path) ? try ScoreModel.load(path: path) : nil
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

    /// `cache` keeps what is slow to build from a long list (`PhraseMatcher`) between runs.
    static func rule(
        document: YAMLValue, pack: String, file: String, source: String, cache: ContentCache? = nil, vale: Bool = false
    ) throws(LoadError) -> Rule {
        var keys = try YAMLMapping(document, path: source)
        guard let kind = try keys.string("extends") else {
            throw LoadError(path: source, line: 1, key: "extends", message: "missing: every rule says which check it extends")
        }
        guard let kindKeys = kinds[kind] else {
            throw keys.error("extends", "unknown check type '\(kind)' (candor knows \(kinds.keys.sorted().joined(separator: ", ")))")
        }
        // Unknown keys first: a misspelt key is reported as what it is, on its line, not as a missing one.
        try keys.rejectUnknownKeys(
            allowed: commonKeys.union(kindKeys).union(inertValeKeys),
            hint: "for an '\(kind)' rule (it takes \(commonKeys.union(kindKeys).sorted().joined(separator: ", ")))")
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
        let body = try self.body(kind: kind, keys: &keys, cache: cache, vale: vale)
        var rule = Rule(
            id: "\(pack).\(stem)", pack: pack, kind: kind, level: level, levelOrigin: nil, message: message,
            description: try keys.string("description"), link: try keys.string("link"), scope: scope,
            limit: try keys.int("limit"), action: try action(&keys), weight: try keys.double("weight"),
            examples: try examples(&keys), source: source, details: try details(kind: kind, keys: &keys), body: body)
        if let languages = try keys.strings("lang") {
            guard !languages.isEmpty else { throw keys.error("lang", "names no language (leave it out for a rule that reads any)") }
            rule.languages = Set(languages.map(LanguageGuess.code))
        }
        rule.isValeStyle = vale
        return rule
    }

    /// A substitution's `fix` (candor's): which swaps `--fix` may apply, by position in `swap`. `all`, `none`
    /// (the default: each swap is a suggestion a person takes or leaves), or a list of the swap keys that are
    /// safe, those whose replacement reads right wherever the match stands: the same part of speech and
    /// number ("utilize: use"), unlike "synergies: working together", which turns "leverage synergies" into
    /// "use working together".
    private static func safeSwaps(_ keys: inout YAMLMapping, swap: [(String, String)]) throws(LoadError) -> Set<Int> {
        guard let named = try keys.strings("fix") else { return [] }
        if named == ["all"] { return Set(swap.indices) }
        if named == ["none"] || named.isEmpty { return [] }
        var safe: Set<Int> = []
        for name in named {
            let positions = swap.indices.filter { swap[$0].0 == name }
            guard !positions.isEmpty else {
                throw keys.error("fix", "'\(name)' is no key of 'swap' (fix takes all, none, or a list of swap keys)")
            }
            safe.formUnion(positions)
        }
        return safe
    }

    /// The keys `candor explain` shows as written (`Rule.details`); the body has already checked them.
    private static func details(kind: String, keys: inout YAMLMapping) throws(LoadError) -> [String] {
        var lines: [String] = []
        if kind == "metric" || kind == "feed" {
            if let formula = try keys.string("formula") { lines.append("formula:   \(formula)") }
            if let condition = try keys.string("condition") { lines.append("condition: \(condition)") }
        }
        if kind == "substitution", let swap = try keys.pairs("swap") {
            let width = swap.map(\.0.count).max() ?? 0
            lines.append("swap (\(Counted.text(swap.count, "entry", plural: "entries"))):")
            lines += swap.map { "  \($0.0.padding(width))  →  \($0.1.split(separator: "|").joined(separator: " | "))" }
        }
        return lines
    }

    /// `vale`: the rule is a Vale style's, loaded through a Vale configuration (its metric writes two decimals).
    private static func body(kind: String, keys: inout YAMLMapping, cache: ContentCache?, vale: Bool) throws(LoadError) -> Rule.Body {
        let ignoreCase = try keys.bool("ignorecase") ?? false
        func compiled(_ key: String, _ make: () throws(PatternError) -> any Check) throws(LoadError) -> Rule.Body {
            do {
                return .post(try make())
            } catch {
                throw keys.error(key, "pattern does not compile: \(error.reason) at offset \(error.offset): \(error.caretDiagram)")
            }
        }
        switch kind {
        case "existence":
            let tokens = try keys.strings("tokens") ?? []
            let raw = try keys.strings("raw") ?? []
            guard !tokens.isEmpty || !raw.isEmpty else { throw keys.error("tokens", "an existence rule needs 'tokens' or 'raw'") }
            let nonword = try keys.bool("nonword") ?? false
            let append = try keys.bool("append") ?? false
            let exceptions = try keys.strings("exceptions") ?? []
            return try compiled(raw.isEmpty ? "tokens" : "raw") { () throws(PatternError) in
                try ExistenceCheck(tokens: tokens, raw: raw, ignoreCase: ignoreCase, nonword: nonword, append: append,
                                   exceptions: exceptions, phraseCache: cache)
            }
        case "substitution":
            guard let swap = try keys.pairs("swap"), !swap.isEmpty else {
                throw LoadError(path: keys.path, line: 1, key: "swap", message: "a substitution rule needs a 'swap' mapping")
            }
            let nonword = try keys.bool("nonword") ?? false
            let exceptions = try keys.strings("exceptions") ?? []
            let capitalize = try keys.bool("capitalize") ?? false
            var replaceAction = false
            if var action = try keys.mapping("action") {
                let name = try action.string("name")
                let params = try action.strings("params") ?? []
                replaceAction = name == "replace" && params.isEmpty
            }
            let safe = try safeSwaps(&keys, swap: swap)
            return try compiled("swap") { () throws(PatternError) in
                try SubstitutionCheck(swap: swap, ignoreCase: ignoreCase, nonword: nonword, exceptions: exceptions,
                                      safe: safe, capitalize: capitalize, quotesChoices: replaceAction, phraseCache: cache)
            }
        case "occurrence":
            guard let token = try keys.string("token") else {
                throw LoadError(path: keys.path, line: 1, key: "token", message: "an occurrence rule needs a 'token'")
            }
            let min = try keys.int("min"), max = try keys.int("max")
            guard min != nil || max != nil else { throw keys.error("token", "an occurrence rule needs 'min' or 'max'") }
            return try compiled("token") { () throws(PatternError) in
                try OccurrenceCheck(token: token, ignoreCase: ignoreCase, min: min, max: max)
            }
        case "conditional":
            guard let first = try keys.string("first"), let second = try keys.string("second") else {
                throw LoadError(path: keys.path, line: 1, key: "first", message: "a conditional rule needs 'first' and 'second'")
            }
            let exceptions = try keys.strings("exceptions") ?? []
            return try compiled("first") { () throws(PatternError) in
                try ConditionalCheck(first: first, second: second, ignoreCase: ignoreCase, exceptions: exceptions)
            }
        case "repetition":
            guard let tokens = try keys.strings("tokens"), !tokens.isEmpty else {
                throw LoadError(path: keys.path, line: 1, key: "tokens", message: "a repetition rule needs 'tokens'")
            }
            let max = try keys.int("max") ?? 0
            let alpha = try keys.bool("alpha") ?? false
            return try compiled("tokens") { () throws(PatternError) in
                try RepetitionCheck(tokens: tokens, max: max, alpha: alpha, ignoreCase: ignoreCase)
            }
        case "consistency":
            guard let either = try keys.pairs("either"), !either.isEmpty else {
                throw LoadError(path: keys.path, line: 1, key: "either", message: "a consistency rule needs an 'either' mapping")
            }
            let nonword = try keys.bool("nonword") ?? false
            return try compiled("either") { () throws(PatternError) in
                try ConsistencyCheck(either: either, ignoreCase: ignoreCase, nonword: nonword)
            }
        case "capitalization":
            guard let match = try keys.string("match") else {
                throw LoadError(path: keys.path, line: 1, key: "match", message: "a capitalization rule needs 'match'")
            }
            let exceptions = try keys.strings("exceptions") ?? []
            let indicators = try keys.strings("indicators")
            let prefix = try keys.string("prefix")
            let threshold = try keys.double("threshold")
            return try compiled("match") { () throws(PatternError) in
                try CapitalizationCheck(match: match, exceptions: exceptions, indicators: indicators, prefix: prefix, threshold: threshold)
            }
        default:  // metric, feed
            let isFeed = kind == "feed"
            let isVariable: @Sendable (String) -> Bool = isFeed ? FeedSummary.isKnown : Metrics.isPostVariable
            let known = isFeed ? FeedSummary.names : Metrics.names + BlockVariables.names
            var formula: MetricExpression?
            if let text = try keys.string("formula") {
                do { formula = try MetricExpression.parse(text, isVariable: isVariable) } catch {
                    throw keys.error("formula", "\(error.message) (variables: \(known.joined(separator: ", ")))")
                }
            }
            guard let conditionText = try keys.string("condition") else {
                throw LoadError(path: keys.path, line: 1, key: "condition", message: "a \(kind) rule needs a 'condition'")
            }
            let condition: MetricCondition
            do { condition = try MetricCondition.parse(conditionText, isVariable: isVariable) } catch {
                throw keys.error("condition", "\(error.message) (variables: \(known.joined(separator: ", ")))")
            }
            if condition.readsFormula && formula == nil {
                throw keys.error("condition", "compares the formula, but the rule has no 'formula'")
            }
            if isFeed { return .feed(formula: formula, condition: condition) }
            return .post(MetricCheck(formula: formula ?? .number(0), condition: condition, valeFormat: vale))
        }
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
