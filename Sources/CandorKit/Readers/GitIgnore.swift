/// The rules of one `.gitignore` file, matched against paths relative to its folder, as Git reads them: `#`
/// comments, `!` re-includes, a trailing `/` matches folders only, a pattern with a `/` before its end is
/// anchored to the folder (else it matches a name at any depth), `**` spans folders, and `\` escapes.
/// The last rule that matches decides.
struct GitIgnore: Sendable {
    private struct Rule: Sendable {
        let glob: Glob
        let negated: Bool
        let foldersOnly: Bool
    }

    private let rules: [Rule]

    init(_ text: String) {
        rules = text.split(whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }).compactMap(Self.rule)
    }

    /// True when the path is ignored, false when a `!` rule takes it back, nil when no rule speaks of it.
    func ignores(_ relativePath: String, isFolder: Bool) -> Bool? {
        rules.last { (!$0.foldersOnly || isFolder) && $0.glob.matches(relativePath) }.map { !$0.negated }
    }

    private static func rule(_ line: Substring) -> Rule? {
        var pattern = line
        // Trailing spaces are dropped unless escaped with a backslash.
        while pattern.hasSuffix(" "), !pattern.hasSuffix("\\ ") { pattern.removeLast() }
        guard !pattern.isEmpty, !pattern.hasPrefix("#") else { return nil }
        let negated = pattern.hasPrefix("!")
        if negated { pattern.removeFirst() }
        let foldersOnly = pattern.hasSuffix("/")
        while pattern.hasSuffix("/") { pattern.removeLast() }
        guard !pattern.isEmpty else { return nil }
        var glob = String(pattern)
        if pattern.contains("/") {
            if glob.hasPrefix("/") { glob.removeFirst() }
        } else {
            glob = "**/" + glob
        }
        // `dir/**` ignores what is inside `dir`, not `dir` itself, so a `!` rule can take back a file in it.
        if glob.hasSuffix("/**") { glob += "/*" }
        return Rule(glob: Glob(glob, braces: false), negated: negated, foldersOnly: foldersOnly)
    }
}
