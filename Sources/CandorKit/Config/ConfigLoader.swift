import CandorBytes
import CandorEntities

/// Finds and merges `.candor.yml` files: the user's `~/.config/candor/config.yml` first, then every
/// `.candor.yml` from the filesystem root (or the nearest file saying `root: true`) down to the linted
/// file's folder, nearer files winning. Scalars and lists are replaced by a nearer file; `rules` and `score` merge key by key; `accept` accumulates.
/// `--config FILE` replaces the search (a `.vale.ini` there is read as Vale's); `--no-config` skips it. A
/// folder with a Vale configuration (`.vale.ini`, `_vale.ini`, `.vale`, `_vale`) and no `.candor.yml`
/// contributes it (see `ValeConfig`); as in Vale, only the nearest Vale configuration applies. A configuration
/// already read (`Supplied`: the git hook's staged `.candor.yml`) replaces the search as `--config` does.
public struct ConfigLoader: Sendable {
    public static let fileName = ".candor.yml"
    public let explicitFile: String?
    public let disabled: Bool
    public let userFile: String?
    public let supplied: Supplied?

    /// A configuration read already rather than found as a file: its bytes, the name messages and `origins`
    /// give it, and the folder the packs and score model it names are relative to (by default the folder of
    /// `path`, as for a file).
    public struct Supplied: Sendable, Equatable {
        public let bytes: [UInt8]
        public let path: String
        public let folder: String

        public init(bytes: [UInt8], path: String, folder: String? = nil) {
            self.bytes = bytes
            self.path = path
            self.folder = folder ?? ConfigLoader.folder(of: path)
        }
    }

    public init(
        explicitFile: String? = nil, disabled: Bool = false, userFile: String? = ConfigLoader.defaultUserFile,
        supplied: Supplied? = nil
    ) {
        self.explicitFile = explicitFile
        self.disabled = disabled
        self.userFile = userFile
        self.supplied = supplied
    }

    /// The user's configuration file in the process's environment (`userFile(in:)`).
    public static var defaultUserFile: String? { userFile(in: .process) }

    /// The user's configuration file: `$XDG_CONFIG_HOME/candor/config.yml`, else `~/.config/candor/config.yml`.
    public static func userFile(in environment: Environment) -> String? {
        environment.value("XDG_CONFIG_HOME").map { $0 + "/candor/config.yml" }
            ?? environment.value("HOME").map { $0 + "/.config/candor/config.yml" }
    }

    /// The config files that apply to a file or folder, farthest first.
    public func files(forPath path: String) -> [String] {
        files(for: Directory.isDirectory(path) ? path : (Path.parent(path) ?? "."))
    }

    /// The config files that apply to files in `folder`, farthest first.
    public func files(for folder: String) -> [String] {
        if disabled { return [] }
        if let supplied { return [supplied.path] }
        if let explicitFile { return [explicitFile] }
        var found: [String] = []
        var foundVale = false
        var current = Path.absolute(folder)
        while true {
            let candidate = Path.join(current, ConfigLoader.fileName)
            if FileIO.exists(candidate) {
                found.append(candidate)
                // `root: true` ends the search here, as ESLint's does; the user's file still applies below it.
                if Self.declaresRoot(candidate) { break }
            } else if !foundVale,
                      let vale = ValeConfig.fileNames.lazy.map({ Path.join(current, $0) }).first(where: { FileIO.exists($0) }) {
                found.append(vale)
                foundVale = true
            }
            guard let parent = Path.parent(current) else { break }
            current = parent
        }
        if let userFile, FileIO.exists(userFile), !found.contains(userFile) { found.append(userFile) }
        return found.reversed()
    }

    /// Whether a `.candor.yml` says `root: true`. A file that cannot be read or parsed says not: `load`
    /// reports it, naming its line.
    static func declaresRoot(_ file: String) -> Bool {
        guard let bytes = try? FileIO.readAll(file, limit: .configuration),
              let text = try? UTF8Repair.text(bytes, path: file),
              var mapping = try? YAMLMapping.loadIfPresent(yaml: text, path: file)
        else { return false }
        return (try? mapping.bool("root")) == true
    }

    /// The merged configuration of these files, farthest first; the `supplied` one is not read but taken as
    /// it is.
    public func load(_ files: [String]) throws(LoadError) -> Configuration {
        var configuration = Configuration()
        for file in files {
            if let supplied, file == supplied.path {
                try merge(supplied, into: &configuration)
                continue
            }
            let bytes: [UInt8]
            do { bytes = try FileIO.readAll(file, limit: .configuration) } catch { throw LoadError(path: file, message: error.message) }
            try merge(Supplied(bytes: bytes, path: file), into: &configuration)
        }
        return configuration
    }

    /// The configuration in `bytes`, as if read from a file at `path`: what `load([path])` gives for a file
    /// holding them, without reading one. `path` names it in messages and `origins`; `folder` is where the
    /// packs and score model it names are found (by default the folder of `path`).
    public func load(bytes: [UInt8], path: String, folder: String? = nil) throws(LoadError) -> Configuration {
        var configuration = Configuration()
        try merge(Supplied(bytes: bytes, path: path, folder: folder), into: &configuration)
        return configuration
    }

    /// The folder a configuration file at `path` names its packs and score model relative to.
    static func folder(of path: String) -> String { Path.parent(Path.absolute(path)) ?? "." }

    /// Merges one configuration's bytes into `configuration`, nearer than what it holds.
    private func merge(_ source: Supplied, into configuration: inout Configuration) throws(LoadError) {
        let file = source.path
        let text = try UTF8Repair.text(source.bytes, path: file)
        guard !text.trimmingSpaces().isEmpty else { return }
        if ValeConfig.isValeFile(file) {
            try ValeConfig.merge(text, from: file, folder: source.folder, into: &configuration)
        } else {
            // A file of comments only changes nothing, like an empty one.
            guard let mapping = try YAMLMapping.loadIfPresent(yaml: text, path: file) else { return }
            try merge(mapping, from: file, folder: source.folder, into: &configuration)
        }
        configuration.files.append(file)
    }

    private func merge(
        _ source: YAMLMapping, from file: String, folder: String, into configuration: inout Configuration
    ) throws(LoadError) {
        var keys = source
        if let packs = try keys.strings("packs") {
            // A pack that is not built in is a folder, relative to the file that names it.
            configuration.packs = packs.map { pack in
                RuleLoader.embeddedPackNames.contains(pack) || pack.hasPrefix("/") ? pack : Path.join(folder, pack)
            }
            configuration.origins["packs"] = file
        }
        if let platform = try keys.string("platform") {
            guard let value = Platform(named: platform) else {
                throw keys.error("platform", "unknown platform '\(platform)' (\(Platform.knownNames))")
            }
            configuration.platform = value
            configuration.origins["platform"] = file
        }
        if let language = try keys.string("lang") {
            configuration.language = LanguageGuess.code(language)
            configuration.origins["lang"] = file
        }
        for key in ["level", "fail-on"] {
            guard let text = try keys.string(key) else { continue }
            guard let level = Level(rawValue: text) else { throw keys.error(key, "'\(text)' is not suggestion, warning or error") }
            if key == "level" { configuration.level = level } else { configuration.failOn = level }
            configuration.origins[key] = file
        }
        if var rules = try keys.mapping("rules") {
            for rule in rules.keys {
                guard let text = try rules.string(rule) else { continue }
                if text == "off" || text == "false" || text == "NO" {
                    configuration.rules[rule] = .some(nil)
                } else if let level = Level(rawValue: text) {
                    configuration.rules[rule] = level
                } else {
                    throw rules.error(rule, "'\(text)' is not suggestion, warning, error or off")
                }
                configuration.origins["rules.\(rule)"] = file
            }
        }
        if let accept = try keys.strings("accept") {
            configuration.accept += accept
            configuration.origins["accept"] = file
        }
        if var account = try keys.mapping("account") {
            if let names = try account.strings("names") {
                configuration.accountNames = names
                configuration.origins["account.names"] = file
            }
            try account.rejectUnknownKeys(hint: "in 'account' (it takes names)")
        }
        for key in ["include", "exclude"] {
            guard let globs = try keys.strings(key) else { continue }
            if key == "include" { configuration.include = globs } else { configuration.exclude = globs }
            configuration.origins[key] = file
        }
        if var score = try keys.mapping("score") {
            try mergeScore(&score, from: file, folder: folder, into: &configuration)
        }
        // Read by the search (`files(for:)`); checked here so that `root: yes please` is an error.
        _ = try keys.bool("root")
        try keys.rejectUnknownKeys(
            hint: "in the configuration (it takes root, packs, platform, lang, level, fail-on, rules, accept, account, include, exclude, score)")
    }

    private func mergeScore(
        _ score: inout YAMLMapping, from file: String, folder: String, into configuration: inout Configuration
    ) throws(LoadError) {
        if let value = try score.int("broadcast-below") { configuration.scoring.broadcastBelow = value; configuration.origins["score.broadcast-below"] = file }
        if let value = try score.int("authentic-from") { configuration.scoring.authenticFrom = value; configuration.origins["score.authentic-from"] = file }
        if let path = try score.string("model") {
            // Relative to the file that names it, as a pack folder is.
            let resolved = path.hasPrefix("/") ? path : Path.join(folder, path)
            guard FileIO.exists(resolved, followingLinks: false) else { throw score.error("model", "no score model at '\(path)' (write one with candor calibrate)") }
            configuration.scoring.model = try ScoreModel.load(path: resolved)
            configuration.origins["score.model"] = file
        }
        if let packs = try score.strings("packs") { configuration.scoring.packs = packs; configuration.origins["score.packs"] = file }
        for retired in ["base", "weights", "signals"] where score.contains(retired) {
            throw score.error(retired, "the score is a fitted model now; fit one to your posts with candor calibrate and name it with score.model")
        }
        try score.rejectUnknownKeys(hint: "in 'score' (it takes broadcast-below, authentic-from, model, packs)")
        let model = configuration.scoring.model
        if let low = configuration.scoring.broadcastBelow ?? model?.broadcastBelow,
           let high = configuration.scoring.authenticFrom ?? model?.authenticFrom, low > high {
            throw LoadError(path: file, key: "score", message: "broadcast-below must not exceed authentic-from")
        }
    }
}
