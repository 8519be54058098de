/// Runs a lint (docs/ARCHITECTURE.md, "The path of a post") as stages, in order: the sources the options
/// name (`SourceCollector`), each source's configuration and linter (`SetupCache`), the sources' posts
/// (`PostStream`), linted in parallel batches (`LintBatch`), reported in input order (`RunReport`), and the
/// summary's exit status (README, "Using it").
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
        configLoader = ConfigLoader(explicitFile: options.configFile, disabled: options.noConfig, userFile: userConfig,
                                    supplied: options.suppliedConfig)
    }

    public func run(
        reporter: inout some Reporter, output: inout some TextOutputStream, diagnostics: (String) -> Void
    ) -> Int32 {
        func warn(_ text: String) { diagnostics("candor: warning: \(text)") }
        // The current folder's configuration sets the levels, and what a folder walk takes.
        var setups = SetupCache(loader: configLoader, platform: options.platform)
        let start: Setup
        do { start = try setups.setup(forFolder: ".", warn: warn) } catch {
            diagnostics("candor: \(error)")
            return 2
        }
        let level = options.level ?? start.configuration.level, failOn = options.failOn ?? start.configuration.failOn
        var report = RunReport(level: level, review: review, reviewFeed: reviewFeed, progress: progress)
        reporter.start(failOn: failOn)

        let sources = SourceCollector(configuration: start.configuration).sources(
            of: options, problem: { report.add(problem: $0) }, notice: { diagnostics("candor: \($0)") })
        // The baseline's review sees findings in input order before anything is shown, so with a review the
        // posts are rendered as they are reported rather than in the lanes.
        var batch = LintBatch(jobs: options.jobs, timed: options.verbose, snippets: options.snippets,
                              showing: level, renderer: review == nil ? reporter.renderer : nil)
        var stream = PostStream(readOptions: ReadOptions(textField: options.textField))
        do {
            try stream.read(sources, setup: { source throws(LoadError) in try setups.setup(for: source, warn: warn) }) { event in
                switch event {
                case .started: report.count(file: true)
                case .passedOver: report.count(file: false)
                case .post(let post, let linter, let replyCopies):
                    batch.add(post, linter: linter, replyCopies: replyCopies) { report.report($0, to: &reporter, output: &output) }
                case .notice(let text): diagnostics("candor: \(text)")
                case .warning(let text): warn(text)
                case .problem(let error): report.add(problem: error.description)
                }
            }
        } catch {
            batch.stop { report.report($0, to: &reporter, output: &output) }
            diagnostics("candor: \(error)")
            return 2
        }
        batch.finish { report.report($0, to: &reporter, output: &output) }

        report.finish(&reporter, output: &output, diagnostics: diagnostics)
        if let times = batch.ruleTimes {
            diagnostics("candor: time spent per rule, summed over the workers:")
            times.report.forEach(diagnostics)
        }
        return report.summary.exitStatus(failOn: failOn, maxWarnings: options.maxWarnings) { diagnostics("candor: \($0)") }
    }
}
