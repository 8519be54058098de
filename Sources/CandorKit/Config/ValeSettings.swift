/// What a Vale configuration selects, kept apart from candor's own settings because Vale decides per file:
/// the `[*]` section's `BasedOnStyles` and `Style.Rule` settings hold for every file, and each other section
/// whose glob matches the file replaces the styles (when it names any) and overrides rule by rule, later
/// sections winning, as Vale's `core.NewFile` does. A rule of a Vale style runs for a file when the file's
/// settings turn it on (`YES` or a level), or when its style is among the file's styles and nothing turns it
/// off (`NO`). A level (`Style.Rule = error`) holds for every file, as in Vale.
public struct ValeSettings: Sendable, Equatable {
    public struct Section: Sendable, Equatable {
        /// The section's name, a glob (`*.md`, `*.{md,txt}`, `test.md`).
        public let pattern: String
        public var styles: [String]?
        public var checks: [String: Bool] = [:]
        /// `TokenIgnores` and `BlockIgnores` (`IgnorePatterns`): text matching these is not linted.
        public var ignores: [String] = []
    }

    /// The folder the configuration file is in; section globs match paths relative to it.
    public var folder: String
    /// Style name to its folder, for every style found under `StylesPath`.
    public var styleFolders: [String: String] = [:]
    public var global = Section(pattern: "*")
    public var sections: [Section] = []
    public var levels: [String: Level] = [:]
    /// Vocabularies (`Vocab = A, B`), each a folder holding `accept.txt` and `reject.txt`.
    public var vocabularies: [String] = []
    /// Patterns for the inline scopes `IgnoredScopes` names beyond code (`strong`, `em`), which candor's
    /// prose keeps: text matching them is not linted.
    public var scopeIgnores: [String] = []

    /// Markdown patterns for Vale's inline scopes that `IgnoredScopes` may name; `code` and `tt` are blanked
    /// in candor's prose already.
    static let inlineScopePatterns: [String: String] = [
        "strong": #"\*\*[^*\n]+\*\*|__[^_\n]+__"#, "b": #"\*\*[^*\n]+\*\*|__[^_\n]+__"#,
        "em": #"(?<![*\w])\*[^*\n]+\*(?![*\w])|(?<![_\w])_[^_\n]+_(?![_\w])"#,
        "i": #"(?<![*\w])\*[^*\n]+\*(?![*\w])|(?<![_\w])_[^_\n]+_(?![_\w])"#,
    ]

    public init(folder: String) { self.folder = folder }

    /// The styles and rule settings for the file at `path`; nil gives the union over every section, for
    /// listings that are not about one file (`candor rules`, SARIF's rule table).
    public func selection(forFile path: String?) -> ValeSelection {
        guard let path else {
            var styles = global.styles ?? []
            var checks = global.checks
            for section in sections {
                styles += (section.styles ?? []).filter { !styles.contains($0) }
                for (rule, on) in section.checks where on || checks[rule] == nil { checks[rule] = on }
            }
            return ValeSelection(styles: styles, checks: checks, ignores: scopeIgnores + global.ignores)
        }
        var styles = global.styles ?? []
        var checks = global.checks
        var ignores = scopeIgnores + global.ignores
        for section in sections where ValeSettings.section(section.pattern, matches: path, under: folder) {
            if let named = section.styles { styles = named }
            checks.merge(section.checks) { _, new in new }
            ignores += section.ignores
        }
        return ValeSelection(styles: styles, checks: checks, ignores: ignores)
    }

    /// Whether a section's glob matches `path`: a glob without a `/` is matched against the file's name, as
    /// Vale's sections are written (`[*.md]`, `[test.md]`); one with a `/`, against the path from the
    /// configuration's folder.
    static func section(_ pattern: String, matches path: String, under folder: String) -> Bool {
        if pattern == "*" { return true }
        let pattern = singleBraces(pattern)
        let absolute = Path.absolute(path)
        if !pattern.contains("/") {
            let name = absolute.split(separator: "/").last.map(String.init) ?? absolute
            return Glob(pattern).matches(name)
        }
        let prefix = folder.hasSuffix("/") ? folder : folder + "/"
        let relative = absolute.hasPrefix(prefix) ? String(absolute.dropFirst(prefix.count)) : absolute
        return Glob(pattern).matches(relative)
    }

    /// `{md}`, braces around a single alternative, is `md` to Vale's glob library; the glob of `include`
    /// takes braces as alternatives only with a comma.
    static func singleBraces(_ pattern: String) -> String {
        var result = ""
        var rest = Substring(pattern)
        while let open = rest.firstIndex(of: "{") {
            result += rest[..<open]
            guard let close = rest[open...].firstIndex(of: "}") else { break }
            let inside = rest[rest.index(after: open)..<close]
            result += inside.contains(",") || inside.contains("{") ? String(rest[open...close]) : String(inside)
            rest = rest[rest.index(after: close)...]
        }
        return result + rest
    }

    /// Every style folder some section could run, in the order first named.
    public var packFolders: [String] {
        var names: [String] = []
        for section in [global] + sections {
            for style in section.styles ?? [] where !names.contains(style) { names.append(style) }
            for (rule, on) in section.checks.sorted(by: { $0.key < $1.key }) where on {
                let style = String(rule.prefix { $0 != "." })
                if !names.contains(style) { names.append(style) }
            }
        }
        for rule in levels.keys.sorted() {
            let style = String(rule.prefix { $0 != "." })
            if !names.contains(style) { names.append(style) }
        }
        return names.compactMap { styleFolders[$0] }
    }
}
