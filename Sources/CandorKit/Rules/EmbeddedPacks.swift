import Dispatch

/// The packs built into the binary, compiled once per process. A run that lints one post spends as long
/// loading the default pack as parsing its command line, so the CLI starts loading it on another core first
/// thing (`preload`), and the linter takes the rules when they are ready (a static `let` is initialized
/// once, and a second reader waits for the first).
///
/// The binary carries each rule file already composed, as Swift (`EmbeddedYAML` steps, written by `make
/// embed`), so no run parses the built-in YAML: composing it with Yams took half the time of loading the pack.
public enum EmbeddedPacks {
    private static let loaded: [String: Result<[Rule], LoadError>] = Dictionary(
        uniqueKeysWithValues: EmbeddedRules.packs.map { pack, files in
            (pack, Result { () throws(LoadError) -> [Rule] in
                try files.map { file, steps throws(LoadError) in
                    let source = "\(pack)/\(file) (built in)"
                    guard let document = EmbeddedYAML.document(steps) else {
                        throw LoadError(path: source, message: "the built-in copy is damaged; rebuild candor")
                    }
                    return try RuleLoader.rule(document: document, pack: pack, file: file, source: source)
                }
            })
        })

    private static let models: [String: ScoreModel] = EmbeddedRules.models.reduce(into: [:]) { models, entry in
        let source = "\(entry.key)/\(ScoreModel.fileName) (built in)"
        // `make embed` composed it from a file that loaded, and a test loads every built-in model.
        if let document = EmbeddedYAML.document(entry.value), let model = try? ScoreModel.decode(document: document, path: source) {
            models[entry.key] = model
        }
    }

    /// The score model of a built-in pack, or nil when it has none.
    static func model(of pack: String) -> ScoreModel? { models[pack] }

    /// Starts loading the built-in packs on another thread.
    public static func preload() {
        DispatchQueue.global(qos: .userInitiated).async { _ = loaded; _ = models }
    }

    /// The rules of a built-in pack, or nil when there is no such pack.
    static func rules(of pack: String) throws(LoadError) -> [Rule]? {
        try loaded[pack]?.get()
    }

    public static var names: [String] { EmbeddedRules.packs.keys.sorted() }
}
