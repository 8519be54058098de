/// The first stage of a run: the sources its options name, in the order they are read (README, "Using it").
/// Standard input first when asked for, then the sources given in memory (the hook's staged blobs), then the
/// files the paths name, folders walked, in path order whatever order they were named in, each once.
///
/// Binary input is not linted, and is passed over here, where it is read or walked: named (standard input, a
/// file on the command line), that is a problem, since what was asked for was not done; found by a walk, a
/// notice.
struct SourceCollector {
    /// Walks the folders the paths name: the configuration's `include` and `exclude` for a lint.
    let walker: FileWalker

    init(walker: FileWalker) {
        self.walker = walker
    }

    /// A lint's sources: the walk takes the files `configuration` includes.
    init(configuration: Configuration) {
        self.init(walker: FileWalker(include: configuration.include, exclude: configuration.exclude,
                                     extensions: ReaderRegistry.extensions))
    }

    /// Every source `options` name. `problem` hears what fails the run (a path that does not exist, binary
    /// input named), `notice` what a writer should know (a binary file a walk passed over).
    func sources(of options: LintOptions, problem: (String) -> Void, notice: (String) -> Void) -> [Source] {
        var sources: [Source] = []
        if options.readStandardInput {
            // Read here unless the caller has read it already (`chooseSources`, `FixRun`).
            let bytes = options.standardInput ?? FileIO.readStandardInput()
            let source = Source.standardInput(bytes, name: options.stdinFilename)
            if BinaryContent.isBinary(bytes) {
                problem("\(source.input.path): binary input skipped")
            } else {
                sources.append(source)
            }
        }
        sources += options.inputs.map { Source(input: $0, kind: .inMemory) }
        return sources + files(named: options.paths.filter { $0 != "-" }, problem: problem, notice: notice)
    }

    /// The files `paths` name: a file itself, a folder's files as the walk finds them; in path order, each once.
    func files(named paths: [String], problem: (String) -> Void, notice: (String) -> Void) -> [Source] {
        var files: [Source] = []
        for path in paths {
            if let failure = FileIO.lookupFailure(path) {
                problem(FileIO.isMissing(failure)
                    ? "\(path): no such file or folder" : "\(path): cannot read: \(FileIO.errnoText(failure))")
                continue
            }
            let kind: Source.Kind = Directory.isDirectory(path) ? .foundFile : .namedFile
            do throws(InputError) {
                // The walk takes `problem` as an optional closure, so as if escaping; it keeps it no longer than the call.
                let found = try withoutActuallyEscaping(problem) { problem throws(InputError) in
                    try walker.files(under: path, problem: problem) { kind == .namedFile ? problem($0) : notice($0) }
                }
                files += found.map { Source(input: .file($0), kind: kind) }
            } catch {
                problem(error.description)
            }
        }
        return Self.inPathOrder(files)
    }

    /// `files` sorted as a folder walk orders them, name by name along the path (so `a/b.md` comes before
    /// `a-b.md`, as the walk of `.` would have it), the first of each path kept.
    static func inPathOrder(_ files: [Source]) -> [Source] {
        var seen: Set<String> = []
        let unique = files.filter { seen.insert($0.input.path).inserted }
        let keys = unique.map { $0.input.path.split(separator: "/", omittingEmptySubsequences: true).filter { $0 != "." } }
        return unique.indices.sorted { a, b in
            let left = keys[a], right = keys[b]
            for (x, y) in zip(left, right) where x != y { return x.utf8.lexicographicallyPrecedes(y.utf8) }
            return left.count != right.count ? left.count < right.count : a < b
        }.map { unique[$0] }
    }
}
