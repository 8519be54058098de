/// Lints open documents as `candor lint` lints the files they are: the configuration is the one the CLI
/// resolves for that path (every `.candor.yml` or `.vale.ini` from the root down to the document's folder,
/// over the user's), the reader is the one for its extension, and the text is the editor's, saved or not.
/// Each configuration's rules are loaded once and kept until a watched file changes (`invalidate`).
final class DocumentLinter {
    private let loader: ConfigLoader
    private var setups: [[String]: Setup] = [:]
    /// Each open document's last results by post, with the configuration files they were linted under.
    private var caches: [String: (files: [String], posts: PostResultCache)] = [:]

    private struct Setup {
        let files: [String]
        let configuration: Configuration
        let linter: Linter
        let rules: [String: Rule]
    }

    init(userConfig: String? = ConfigLoader.defaultUserFile) {
        loader = ConfigLoader(userFile: userConfig)
    }

    /// Forgets every configuration and rule loaded, so the next lint reads them again.
    func invalidate() {
        setups.removeAll()
        caches.removeAll()
    }

    /// Forgets what was kept of a document that was closed.
    func forget(_ uri: String) {
        caches[uri] = nil
    }

    /// Whether a change to `path` can change what a document lints to: a configuration file, or a file
    /// inside a pack folder that a loaded configuration uses (a rule, a score model).
    func isWatched(_ path: String) -> Bool {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        if name == ConfigLoader.fileName || ValeConfig.fileNames.contains(name) || path == loader.userFile { return true }
        return setups.values.contains { setup in
            setup.configuration.files.contains(path)
                || setup.configuration.packs.contains { $0.hasPrefix("/") && path.hasPrefix($0.hasSuffix("/") ? $0 : $0 + "/") }
        }
    }

    /// Whether candor reads posts from a file with this path's extension.
    static func lints(_ path: String) -> Bool {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard name != ConfigLoader.fileName else { return false }
        return ReaderRegistry.reader(forExtension: Input(path: path, origin: .bytes([])).fileExtension) != nil
    }

    func lint(_ document: TextDocument) -> DocumentReport {
        var report = DocumentReport(version: document.version)
        let input = Input(path: document.path, origin: .bytes(document.bytes))
        guard Self.lints(document.path), let reader = ReaderRegistry.reader(forExtension: input.fileExtension) else { return report }
        report.takesComments = MarkdownReader.extensions.contains(input.fileExtension)
        let folder = document.path.hasPrefix("/") ? (Path.parent(document.path) ?? "/") : "."
        let setup: Setup
        do {
            setup = try self.setup(forFolder: folder)
        } catch {
            report.problems.append(.init(message: "candor: configuration: \(error)", range: 0..<0, level: .error))
            return report
        }
        report.rules = setup.rules
        report.acceptTarget = acceptTarget(files: setup.configuration.files, folder: folder)
        guard !document.bytes.isEmpty else { return report }

        var replies = ReplyCopies()
        var feed = FeedSummary()
        let level = setup.configuration.level
        var cache = caches[document.uri].flatMap { $0.files == setup.files ? $0.posts : nil } ?? PostResultCache()
        defer {
            cache.finish()
            caches[document.uri] = (setup.files, cache)
        }
        do {
            try reader.read(input, options: ReadOptions()) { post in
                let copies = replies.count(post)
                let result = cache.result(of: post, replyCopies: copies) {
                    setup.linter.lint(post, replyCopies: copies)
                }
                report.posts.append((result, document.offset(of: result.location)))
                feed.add(result)
                for finding in result.findings where finding.level >= level {
                    let start = document.offset(of: finding.start)
                    report.findings.append(.init(finding: finding, range: start..<max(start, document.offset(of: finding.end))))
                }
                for failure in result.failures {
                    let start = document.offset(of: failure.location)
                    report.problems.append(.init(message: "\(failure.rule): \(failure.reason)", range: start..<start, level: .error, rule: failure.rule))
                }
            }
        } catch where error.isNotAQueue {
            // A .json or .yml that is no queue (a package manifest, a rule file): not posts, nothing to say.
            return DocumentReport(version: document.version)
        } catch {
            // The posts before the broken one keep their findings; the broken line gets the reader's message.
            let line = max(1, error.line ?? 1)
            let start = document.offset(of: SourceLocation(line: line, column: error.column ?? 1))
            let end = document.contentEnd(ofLine: min(line - 1, document.lineCount - 1))
            report.problems.append(.init(message: error.message, range: start..<max(start, end), level: .error))
        }
        // A queue or a thread is a feed of its own: what the `feed` rules say of it stands on its first line.
        for finding in setup.linter.feedFindings(feed) where finding.level >= level {
            report.problems.append(.init(message: finding.message, range: 0..<document.contentEnd(ofLine: 0), level: finding.level, rule: finding.rule))
        }
        return report
    }

    private func setup(forFolder folder: String) throws(LoadError) -> Setup {
        let files = loader.files(for: folder)
        if let known = setups[files] { return known }
        let configuration = try loader.load(files)
        let linter = try RuleSet.linter(for: configuration)
        let made = Setup(files: files, configuration: configuration, linter: linter,
                         rules: Dictionary(linter.rules.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first }))
        setups[files] = made
        return made
    }

    /// The nearest `.candor.yml` among `files` (nearest last), else a new one in `folder`; nil when the
    /// nearest is a `.vale.ini`, which a new `.candor.yml` beside it would replace.
    private func acceptTarget(files: [String], folder: String) -> DocumentReport.AcceptTarget? {
        let project = files.filter { $0 != loader.userFile }
        if let nearest = project.last {
            return nearest.hasSuffix("/" + ConfigLoader.fileName) ? .existing(nearest) : nil
        }
        return folder.hasPrefix("/") ? .create(Path.join(folder, ConfigLoader.fileName)) : nil
    }
}
