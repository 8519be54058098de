/// What a commit would add or change, as staged: the staged files that hold posts, with their content from
/// the index, and the configuration as staged, ready for a `LintRunner` (README, "Using it"). Paths are
/// relative to the top of the work tree, so the runner must run there, as Git runs hooks.
public struct StagedPosts {
    /// The files to lint, in the order given, with their staged content.
    public let inputs: [Input]
    /// The configuration that chose them: the staged `.candor.yml` when there is one, else the usual search.
    public let configuration: Configuration
    /// The staged `.candor.yml` as the index holds it, when there is one: loaded from its bytes, never
    /// written to a file. Pack folders and a score model it names are found in the work tree.
    public let stagedConfig: ConfigLoader.Supplied?

    /// What to call the staged `.candor.yml` in messages.
    public static let stagedConfigName = ConfigLoader.fileName + " (staged)"

    /// Chooses among `files` those that hold posts, as a folder walk would (a reader takes the extension,
    /// no hidden folder or name, in `include` and not `exclude`, not a rule file of an active pack), and
    /// reads them through one `git cat-file --batch`. Binary files are skipped with a notice. The
    /// repository's `directory` is the top of the work tree.
    public init(_ files: [StagedFile], repository: GitRepository, notice: (String) -> Void) throws {
        let workTree = Path.absolute(repository.directory)
        let objects = try GitObjectReader(repository: repository)
        defer { objects.close() }
        stagedConfig = try objects.read(":" + ConfigLoader.fileName).map {
            ConfigLoader.Supplied(bytes: $0, path: Self.stagedConfigName, folder: workTree)
        }
        let loader = ConfigLoader(supplied: stagedConfig)
        configuration = try loader.load(loader.files(for: workTree))

        let selection = Selection(configuration, workTree: workTree)
        var inputs: [Input] = []
        for file in files where selection.holdsPosts(file.path) {
            guard let content = try objects.read(file.object) else {
                throw GitError(command: "git cat-file --batch", message: "the index names \(file.object) for \(file.path), but it is missing")
            }
            if BinaryContent.isBinary(content) {
                notice("\(file.path): binary file skipped")
            } else {
                inputs.append(Input(path: file.path, origin: .bytes(content)))
            }
        }
        self.inputs = inputs
    }

    /// Options that lint `inputs` with the staged configuration. The exit status is 1 for findings at or
    /// above `failOn`; without it, at or above the config's `fail-on` when a config file sets one, else
    /// at or above `warning`: a broadcast-only post is warnings, and a hook that lets it through is no use.
    public func lintOptions(failOn: Level? = nil) -> LintOptions {
        var options = LintOptions()
        options.inputs = inputs
        options.suppliedConfig = stagedConfig
        options.failOn = failOn ?? (configuration.origins["fail-on"] == nil ? .warning : configuration.failOn)
        return options
    }

    /// Which paths hold posts for a configuration, as the folder walk decides.
    private struct Selection {
        private let include: [Glob]
        private let exclude: [Glob]
        /// The folders of the packs in use, each ending in `/`.
        private let packFolders: [String]
        private let workTree: String

        init(_ configuration: Configuration, workTree: String) {
            include = configuration.include.map { Glob($0) }
            exclude = configuration.exclude.map { Glob($0) }
            packFolders = configuration.packs.filter { $0.hasPrefix("/") }.map { Path.normalized($0) + "/" }
            self.workTree = workTree
        }

        func holdsPosts(_ path: String) -> Bool {
            let names = path.split(separator: "/")
            guard let name = names.last, !names.contains(where: { $0.hasPrefix(".") }),
                  let dot = name.lastIndex(of: "."), ReaderRegistry.extensions.contains(name[name.index(after: dot)...].lowercased())
            else { return false }
            let absolute = Path.join(workTree, path)
            return (include.isEmpty || include.contains { $0.matches(path) }) && !exclude.contains { $0.matches(path) }
                && !packFolders.contains { absolute.hasPrefix($0) }
        }
    }
}
