/// The Vale styles and rule settings that hold for one file (`ValeSettings.selection(forFile:)`).
public struct ValeSelection: Sendable, Hashable {
    public var styles: [String]
    public var checks: [String: Bool]
    /// Patterns whose matches are not linted (`TokenIgnores`, `BlockIgnores`, `IgnoredScopes`).
    public var ignores: [String] = []

    /// Whether the rule `id` of the style `style` runs.
    public func runs(_ id: String, style: String) -> Bool {
        checks[id] ?? styles.contains(style)
    }
}
