import CandorEntities

/// A run's setups, by folder (docs/ARCHITECTURE.md, "The path of a post"): `ConfigLoader` finds the
/// configuration files for a folder, and each list of files is loaded once and built into a linter once, so
/// a folder tree with one configuration builds one linter. A Vale configuration picks styles per file, so its
/// setups are also told apart by the selection a file gets.
struct SetupCache {
    private let loader: ConfigLoader
    /// `--platform`, which overrides every configuration's.
    private let platform: Platform?
    private var configurations: [[String]: Configuration] = [:]
    private var setups: [[String]: Setup] = [:]
    /// Warnings already given: each is said once a run, however many folders share its configuration.
    private var warned: Set<String> = []

    init(loader: ConfigLoader, platform: Platform?) {
        self.loader = loader
        self.platform = platform
    }

    /// The setup for `source`: its folder's, or the current folder's for standard input.
    mutating func setup(for source: Source, warn: (String) -> Void) throws(LoadError) -> Setup {
        try setup(forFolder: source.folder, file: source.input.path, warn: warn)
    }

    /// The setup for files in `folder`, or for the file `file` there (a Vale configuration decides per file).
    /// `warn` hears each warning of a configuration or its rules, once a run.
    mutating func setup(forFolder folder: String, file: String? = nil, warn: (String) -> Void) throws(LoadError) -> Setup {
        let files = loader.files(for: folder)
        let loaded: Configuration
        if let known = configurations[files] {
            loaded = known
        } else {
            loaded = try loader.load(files)
            for warning in loaded.warnings { say(warning, to: warn) }
            configurations[files] = loaded
        }
        let configuration = file.map { loaded.selecting(file: $0) } ?? loaded
        let selection = configuration.valeSelection.map {
            [$0.styles.joined(separator: ","), $0.checks.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ",")]
                + $0.ignores
        } ?? []
        let key = files + ["\u{0}"] + selection
        if let known = setups[key] { return known }
        let made = Setup(configuration: configuration,
                         linter: try RuleSet.linter(for: configuration, platform: platform) { say($0, to: warn) })
        setups[key] = made
        return made
    }

    private mutating func say(_ warning: String, to warn: (String) -> Void) {
        if warned.insert(warning).inserted { warn(warning) }
    }
}
