import CandorEntities
import Dispatch

/// What `candor lint` and `candor score` were asked to do, once the CLI has parsed its flags.
public struct LintOptions: Sendable {
    public var paths: [String] = []
    /// Sources already in memory (staged blobs for the git hook), linted before `paths`.
    public var inputs: [Input] = []
    /// Read stdin as one source (the path `-`, or no path while stdin is not a terminal).
    public var readStandardInput = false
    /// Standard input's bytes when the caller has read them already (`StandardInput.resolve`); nil: read
    /// them when the run starts.
    public var standardInput: [UInt8]?
    public var stdinFilename: String?
    public var configFile: String?
    public var noConfig = false
    public var platform: Platform?
    public var level: Level?
    public var failOn: Level?
    /// More warnings than this fail the run; nil or negative (`--max-warnings -1`): no limit.
    public var maxWarnings: Int?
    public var textField: String?
    /// Worker threads; nil: one per core.
    public var jobs: Int?
    /// After the run, report the time spent in each rule (`--verbose`).
    public var verbose = false
    /// Which posts get their first words (`PostResult.snippet`) for the text report. Made on the lanes, and
    /// only for the posts the report lists: every post's cost a fifth of the time of a run of short posts.
    public var snippets = Snippets.none

    public enum Snippets: Sendable {
        case none
        /// Posts with findings at or above the reported level, or a rule that could not run.
        case postsWithFindings
        case all
    }

    public init() {}
}

/// Runs a lint: finds the sources, reads their posts in order, lints them in parallel batches, and hands the
/// results to a reporter in input order. Returns the exit status (README, "Using it").
public struct LintRunner {
    public let options: LintOptions
    private let configLoader: ConfigLoader
    /// Sees each post's findings, in input order, and returns those that stand (the baseline's hook); the
    /// findings it drops are neither reported nor counted.
    public var review: ((Post, [Finding]) -> [Finding])?
    /// Sees each file's feed findings and returns those that stand (the baseline's hook for `feed` rules).
    public var reviewFeed: (([FeedFinding]) -> [FeedFinding])?
    /// Told, after each batch is reported, how many posts and files the run has done so far (the CLI's
    /// progress line on a terminal).
    public var progress: ((_ posts: Int, _ files: Int) -> Void)?

    public init(options: LintOptions, userConfig: String? = ConfigLoader.defaultUserFile) {
        self.options = options
        configLoader = ConfigLoader(explicitFile: options.configFile, disabled: options.noConfig, userFile: userConfig)
    }

    /// Everything one run needs per configuration: the merged config and the linter built from it.
    private struct Setup {
        let configuration: Configuration
        let linter: Linter

        /// Whether a suppression may name `rule`: one the linter runs or its pack, or one the configuration
        /// switches off (by its id or by its pack's).
        func knows(_ rule: String) -> Bool {
            linter.rules.contains { $0.id == rule || $0.pack == rule }
                || configuration.rules.keys.contains { rule == $0 || rule.hasPrefix($0 + ".") }
        }
    }

    public func run(
        reporter: inout some Reporter, output: inout some TextOutputStream, diagnostics: (String) -> Void
    ) -> Int32 {
        var summary = RunSummary()
        var setups: [[String]: Setup] = [:]
        var reportedLevel = options.level ?? .suggestion
        var failOn = options.failOn ?? .error

        var configurations: [[String]: Configuration] = [:]
        var warned: Set<String> = []
        func warn(_ text: String) {
            if warned.insert(text).inserted { diagnostics("candor: warning: \(text)") }
        }
        /// The setup for files in `folder`, or for the file `file` there (a Vale configuration decides per file).
        func setup(forFolder folder: String, file: String? = nil) throws(LoadError) -> Setup {
            let files = configLoader.files(for: folder)
            let loaded: Configuration
            if let known = configurations[files] {
                loaded = known
            } else {
                loaded = try configLoader.load(files)
                loaded.warnings.forEach(warn)
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
                             linter: try RuleSet.linter(for: configuration, platform: options.platform, warn: warn))
            setups[key] = made
            return made
        }

        // Sources, in order: stdin first when asked, then each path (folders walked, sorted).
        var sources: [(input: Input, named: Bool)] = []
        if options.readStandardInput {
            let bytes = options.standardInput ?? FileIO.readStandardInput(), name = options.stdinFilename ?? "<stdin>"
            // As for a named file: binary input is not linted, and what was asked for was not done.
            if BinaryContent.isBinary(bytes) {
                summary.problems.append("\(name): binary input skipped")
            } else {
                sources.append((Input(path: name, origin: .bytes(bytes)), true))
            }
        }
        sources += options.inputs.map { ($0, false) }
        do {
            let startSetup = try setup(forFolder: ".")
            reportedLevel = options.level ?? startSetup.configuration.level
            failOn = options.failOn ?? startSetup.configuration.failOn
            reporter.start(failOn: failOn)
            let walker = FileWalker(include: startSetup.configuration.include, exclude: startSetup.configuration.exclude,
                                    extensions: ReaderRegistry.extensions)
            // The files the paths name, reported in path order whatever order they were named in (as the README
            // says: files sorted by path), each once.
            var files: [(input: Input, named: Bool)] = []
            defer { sources += LintRunner.inPathOrder(files) }
            for path in options.paths where path != "-" {
                if let failure = FileIO.lookupFailure(path) {
                    summary.problems.append(FileIO.isMissing(failure)
                        ? "\(path): no such file or folder" : "\(path): cannot read: \(FileIO.errnoText(failure))")
                    continue
                }
                let named = !Directory.isDirectory(path)
                do {
                    // A binary file is skipped: named on the command line, that is an error; found by the walk, a notice.
                    let found = try walker.files(under: path, problem: { summary.problems.append($0) }) {
                        named ? summary.problems.append($0) : diagnostics("candor: \($0)")
                    }
                    for file in found { files.append((.file(file), named)) }
                } catch {
                    summary.problems.append(error.description)
                }
            }
        } catch {
            diagnostics("candor: \(error)")
            return 2
        }

        var batch = Batch(jobs: options.jobs, timed: options.verbose, snippets: options.snippets)
        var linting: Batch.Linting?
        // Whether a reply is a form letter (`reply_copies`) is a fact of the run, counted here in input order.
        var replies = ReplyCopies()
        // Posts some rules were skipped for, by language: said once, after the run.
        var otherLanguages: [String: Int] = [:]
        // A feed rule reads one queue or thread: the posts of one file, which arrive together, in input order.
        var fileFeed: (path: String, summary: FeedSummary, linter: Linter)?
        // The baseline's review sees findings in input order before anything is shown, so with a review the
        // posts are rendered here rather than in the lanes.
        let renderer = review == nil ? reporter.renderer : nil
        for source in sources {
            let folder = source.input.path == options.stdinFilename || source.input.path == "<stdin>"
                ? "." : (Path.parent(source.input.path) ?? ".")
            let current: Setup
            do { current = try setup(forFolder: folder, file: source.input.path) } catch {
                // What was linted before the bad configuration is reported, as each batch was when full.
                if let last = linting { report(last.wait()) }
                diagnostics("candor: \(error)")
                return 2
            }
            guard let reader = ReaderRegistry.reader(forExtension: source.input.fileExtension.isEmpty ? "md" : source.input.fileExtension) else {
                if source.named { summary.problems.append("\(source.input.path): cannot read posts from a '.\(source.input.fileExtension)' file") }
                continue
            }
            summary.files += 1
            // An empty file is no queue of any format (not even valid JSON), but nothing is wrong with it.
            if source.input.isEmpty {
                diagnostics("candor: \(source.input.path): empty, no posts")
                continue
            }
            var posts = 0
            var repairedNoted = false
            // Each unknown platform name is told once a file, at its first post, not once a row.
            var unknownPlatforms: Set<String> = []
            do {
                try reader.read(source.input, options: ReadOptions(textField: options.textField), emit: { post in
                    if post.file.repairedUTF8, !repairedNoted {
                        diagnostics("candor: \(source.input.path): not valid UTF-8; read with replacement characters")
                        repairedNoted = true
                    }
                    for warning in post.unknownSuppressionWarnings(isKnown: current.knows) {
                        diagnostics("candor: warning: \(warning)")
                    }
                    if let warning = post.unknownPlatformWarning(fallback: current.linter.platform),
                       unknownPlatforms.insert(post.metadataValue("platform") ?? "").inserted {
                        diagnostics("candor: warning: \(warning)")
                    }
                    posts += 1
                    batch.add(post, linter: current.linter, replyCopies: replies.count(post))
                    if batch.isFull { submit(&batch) }
                }, problem: { summary.problems.append($0.description) })
                // Blank lines only, front matter only, a header row only, `[]`: said, so nobody takes the
                // silence for a clean result.
                if posts == 0 { diagnostics("candor: \(source.input.path): no posts") }
            } catch where error.isNotAQueue && !source.named {
                // A walked .json or .yml that is not a list of posts (a rule file, a package manifest).
                summary.files -= 1
            } catch {
                summary.problems.append(error.description)
            }
        }
        submit(&batch, last: true)
        if let last = linting { report(last.wait()) }

        // The lanes lint one batch while this thread reads the next and reports the one before it, so
        // reading and reporting, which are in input order and on one thread, overlap the linting. The last
        // batch (a one-post run's only one) has nothing to overlap, and is linted from this thread.
        func submit(_ batch: inout Batch, last: Bool = false) {
            let previous = linting?.wait()
            linting = batch.isEmpty ? nil : batch.start(showing: reportedLevel, renderer: renderer, waiting: last)
            if let previous { report(previous) }
        }

        func closeFeed() {
            guard let feed = fileFeed else { return }
            fileFeed = nil
            var found = feed.linter.feedFindings(feed.summary, path: feed.path)
            if let reviewFeed { found = reviewFeed(found) }
            let shown = found.filter { $0.level >= reportedLevel }
            shown.forEach { summary.count($0.level) }
            summary.feedFindings += shown
        }

        func report(_ batch: [Batch.Linted]) {
            for linted in batch {
                let result = linted.result
                summary.posts += 1
                summary.feed.add(result)
                if let language = result.language { otherLanguages[language, default: 0] += 1 }
                if fileFeed?.path != result.path {
                    closeFeed()
                    fileFeed = (result.path, FeedSummary(), linted.linter)
                }
                fileFeed?.summary.add(result)
                summary.problems += result.failures.map(\.description)
                let shown = review.map { review in
                    review(linted.post, result.findings).filter { $0.level >= reportedLevel }
                } ?? linted.shown
                shown.forEach { summary.count($0.level) }
                reporter.report(result.keeping(shown), rendered: linted.rendered, to: &output)
            }
            progress?(summary.posts, summary.files)
        }

        closeFeed()
        if !otherLanguages.isEmpty {
            let total = otherLanguages.values.reduce(0, +)
            let counts = otherLanguages.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
            diagnostics("candor: note: \(total) post\(total == 1 ? " is" : "s are") in a language the pack's word rules do not read (\(counts)); only the rules that read any language (length, hashtags, ...) checked \(total == 1 ? "it" : "them"). Set 'lang' in a post's metadata or the config when the guess is wrong.")
        }
        reporter.finish(summary, to: &output)
        for problem in summary.problems { diagnostics("candor: \(problem)") }
        if let times = batch.ruleTimes {
            diagnostics("candor: time spent per rule, summed over the workers:")
            times.report.forEach(diagnostics)
        }

        if !summary.problems.isEmpty { return 2 }
        // Said whatever else fails the run, as ESLint does, so an exit 1 never goes unexplained.
        let tooManyWarnings = options.maxWarnings.map { $0 >= 0 && summary.warnings > $0 } ?? false
        if tooManyWarnings, let maximum = options.maxWarnings {
            diagnostics("candor: too many warnings (\(summary.warnings), maximum \(maximum))")
        }
        let failing = summary.errors + (failOn <= .warning ? summary.warnings : 0) + (failOn == .suggestion ? summary.suggestions : 0)
        return failing > 0 || tooManyWarnings ? 1 : 0
    }
}

extension LintRunner {
    /// `files` sorted as a folder walk orders them, name by name along the path (so `a/b.md` comes before
    /// `a-b.md`, as the walk of `.` would have it), the first of each path kept.
    static func inPathOrder<T>(_ files: [(input: Input, named: T)]) -> [(input: Input, named: T)] {
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

/// Posts waiting to be linted together, spread over worker threads.
private struct Batch {
    /// Each post with its linter and what the run knows of its reply (`ReplyCopies.count(_:)`).
    private var posts: [(Post, Linter, Int)] = []
    private let lanes: Int
    /// One per lane used so far when rules are timed.
    private var timers: [RuleTimer]?
    private var bytes = 0
    private let snippets: LintOptions.Snippets

    init(jobs: Int?, timed: Bool = false, snippets: LintOptions.Snippets = .none) {
        lanes = Batch.lanes(jobs: jobs, cores: Processors.online)
        timers = timed ? [] : nil
        self.snippets = snippets
    }

    /// How many lanes a batch is spread over at most: `jobs` (by default one per core), but no more than
    /// four per core. Dispatch runs the lanes on at most one thread per core; more lanes than that only even
    /// out the work, and each running one costs a PCRE2 scratch (a JIT stack of up to 1 MB, `MatchScratchPool`),
    /// so `--jobs 1000000` neither runs out of memory nor buys anything. A batch of fewer posts uses fewer
    /// lanes (`start`).
    static func lanes(jobs: Int?, cores: Int) -> Int {
        let cores = max(1, cores)
        return min(max(1, jobs ?? cores), cores * 4)
    }

    /// Every lane's rule times, merged; nil when rules are not timed.
    var ruleTimes: RuleTimer? {
        timers.map { timers in timers.reduce(into: RuleTimer()) { $0.merge($1) } }
    }

    var isFull: Bool { posts.count >= 1024 || bytes >= 4 << 20 }

    mutating func add(_ post: Post, linter: Linter, replyCopies: Int) {
        posts.append((post, linter, replyCopies))
        bytes += post.text.count
    }

    /// What a lane made of one post: the result, the findings at or above the reported level, and the
    /// reporter's rendering of the result with only those.
    struct Linted {
        let post: Post
        let linter: Linter
        let result: PostResult
        let shown: [Finding]
        let rendered: String?
    }

    var isEmpty: Bool { posts.isEmpty }

    /// A batch on the lanes: its posts, linted and rendered, in the order they were added, once done.
    final class Linting: @unchecked Sendable {
        private let done = DispatchSemaphore(value: 0)
        /// Written once by the batch's thread before `done` is signalled, read only after waiting for it.
        fileprivate var results: [Linted] = []

        /// Waits for the lanes to finish the batch, which leaves them free for the next.
        func wait() -> [Linted] {
            done.wait()
            done.signal()  // A second wait returns at once.
            return results
        }

        fileprivate func finish(_ results: [Linted]) {
            self.results = results
            done.signal()
        }
    }

    /// Starts linting (and, given a renderer, rendering) every waiting post on the lanes, and empties the
    /// batch for the next posts; `waiting`, lints them before returning. The caller waits for one batch
    /// before starting the next: the lanes' timers serve one batch at a time.
    mutating func start(showing level: Level, renderer: PostRenderer?, waiting: Bool = false) -> Linting {
        let work = posts
        posts.removeAll(keepingCapacity: true)
        bytes = 0
        let linting = Linting()
        let count = min(self.lanes, work.count)
        while let made = timers?.count, made < count { timers?.append(RuleTimer()) }
        // Each lane uses only its own timer, so these non-Sendable objects never meet across threads.
        let lanes = UnsafeSendable((count: count, timers: timers))
        let snippets = self.snippets
        let lint: @Sendable () -> Void = {
            linting.finish(Batch.lint(work, lanes: lanes.value, showing: level, renderer: renderer, snippets: snippets))
        }
        if waiting { lint() } else { DispatchQueue.global(qos: .userInitiated).async(execute: lint) }
        return linting
    }

    private static func lint(
        _ work: [(Post, Linter, Int)], lanes: (count: Int, timers: [RuleTimer]?),
        showing level: Level, renderer: PostRenderer?, snippets: LintOptions.Snippets
    ) -> [Linted] {
        var results = [Linted?](repeating: nil, count: work.count)
        results.withUnsafeMutableBufferPointer { slots in
            let slots = UnsafeSendable(slots), lanes = UnsafeSendable(lanes)
            DispatchQueue.concurrentPerform(iterations: lanes.value.count) { lane in
                var index = lane
                while index < work.count {
                    let (post, linter, replyCopies) = work[index]
                    var result = linter.lint(post, timer: lanes.value.timers?[lane], replyCopies: replyCopies)
                    let shown = result.findings.filter { $0.level >= level }
                    switch snippets {
                    case .none: break
                    case .postsWithFindings where shown.isEmpty && result.failures.isEmpty: break
                    case .postsWithFindings, .all: result.snippet = Snippet.of(post.prose)
                    }
                    slots.value[index] = Linted(post: post, linter: linter, result: result, shown: shown,
                                                rendered: renderer.map { $0(result.keeping(shown)) })
                    index += lanes.value.count
                }
            }
        }
        return results.map { $0! }
    }
}

/// Lets a buffer cross into `concurrentPerform`, whose lanes write disjoint slots.
private struct UnsafeSendable<T>: @unchecked Sendable {
    let value: T
    init(_ value: T) { self.value = value }
}

extension PostResult {
    /// The same result with only `findings` (those at or above the reported level).
    func keeping(_ findings: [Finding]) -> PostResult {
        PostResult(path: path, index: index, location: location, platform: platform, metadata: metadata, metrics: metrics, voice: voice,
                   findings: findings, failures: failures, isReply: isReply, score: score, fingerprint: fingerprint, language: language, snippet: snippet)
    }
}

#if canImport(Glibc)
import Glibc
#endif
