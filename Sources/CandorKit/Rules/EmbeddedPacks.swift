import Dispatch

/// The packs built into the binary, parsed and compiled once per process. A run that lints one post spends
/// as long loading the default pack as parsing its command line, so the CLI starts loading it on another
/// core first thing (`preload`), and the linter takes the rules when they are ready (a static `let` is
/// initialized once, and a second reader waits for the first).
public enum EmbeddedPacks {
    private static let loaded: [String: Result<[Rule], LoadError>] = Dictionary(
        uniqueKeysWithValues: EmbeddedRules.packs.map { pack, files in
            (pack, Result { () throws(LoadError) -> [Rule] in
                try files.map { file, yaml throws(LoadError) in
                    try RuleLoader.rule(yaml: yaml, pack: pack, file: file, source: "\(pack)/\(file) (built in)")
                }
            })
        })

    /// Starts loading the built-in packs on another thread.
    public static func preload() {
        DispatchQueue.global(qos: .userInitiated).async { _ = loaded }
    }

    /// The rules of a built-in pack, or nil when there is no such pack.
    static func rules(of pack: String) throws(LoadError) -> [Rule]? {
        try loaded[pack]?.get()
    }

    public static var names: [String] { EmbeddedRules.packs.keys.sorted() }
}
