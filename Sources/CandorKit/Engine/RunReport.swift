/// The report stage of a run: each post's result, in input order, on its way to the reporter. The baseline's
/// review drops the findings it recorded, each file's results are summed for its `feed` rules, and the
/// `RunSummary` counts what is shown, for the report's last lines and the exit status.
struct RunReport {
    private(set) var summary = RunSummary()
    /// The lowest level reported.
    private let level: Level
    /// Sees each post's findings and returns those that stand (`LintRunner.review`).
    private let review: ((Post, [Finding]) -> [Finding])?
    /// Sees each file's feed findings and returns those that stand (`LintRunner.reviewFeed`).
    private let reviewFeed: (([FeedFinding]) -> [FeedFinding])?
    /// Told, after each batch, how many posts and files the run has done so far (`LintRunner.progress`).
    private let progress: ((_ posts: Int, _ files: Int) -> Void)?
    /// Posts some rules were skipped for, by language: said once, after the run.
    private var otherLanguages: [String: Int] = [:]
    /// A feed rule reads one queue or thread: the posts of one file, which arrive together, in input order.
    private var fileFeed: (path: String, summary: FeedSummary, linter: Linter)?

    init(
        level: Level, review: ((Post, [Finding]) -> [Finding])? = nil,
        reviewFeed: (([FeedFinding]) -> [FeedFinding])? = nil, progress: ((_ posts: Int, _ files: Int) -> Void)? = nil
    ) {
        self.level = level
        self.review = review
        self.reviewFeed = reviewFeed
        self.progress = progress
    }

    /// A source the run reads (`PostStream.Event.started`), or one it passed over after all.
    mutating func count(file: Bool) {
        summary.files += file ? 1 : -1
    }

    /// Something that fails the run: input that could not be read, a path that names nothing.
    mutating func add(problem: String) {
        summary.problems.append(problem)
    }

    /// Reports a linted batch, post by post in input order.
    mutating func report(_ batch: [LintBatch.Linted], to reporter: inout some Reporter, output: inout some TextOutputStream) {
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
            // With a review, the lanes rendered nothing (`LintRunner.run`): the review sees the findings first.
            let shown = review.map { review in
                review(linted.post, result.findings).filter { $0.level >= level }
            } ?? linted.shown
            shown.forEach { summary.count($0.level) }
            reporter.report(result.keeping(shown), rendered: linted.rendered, to: &output)
        }
        progress?(summary.posts, summary.files)
    }

    /// Ends the run's report: the last file's feed findings, the note on posts in other languages
    /// (`diagnostics`), the reporter's summary, and each problem (`diagnostics`).
    mutating func finish(
        _ reporter: inout some Reporter, output: inout some TextOutputStream, diagnostics: (String) -> Void
    ) {
        closeFeed()
        if let note = languageNote { diagnostics(note) }
        reporter.finish(summary, to: &output)
        for problem in summary.problems { diagnostics("candor: \(problem)") }
    }

    /// The feed findings of the file whose posts were reported last, once its last post is.
    private mutating func closeFeed() {
        guard let feed = fileFeed else { return }
        fileFeed = nil
        var found = feed.linter.feedFindings(feed.summary, path: feed.path)
        if let reviewFeed { found = reviewFeed(found) }
        let shown = found.filter { $0.level >= level }
        shown.forEach { summary.count($0.level) }
        summary.feedFindings += shown
    }

    /// How many posts are in a language the pack's word rules do not read, by language; nil when none are.
    private var languageNote: String? {
        guard !otherLanguages.isEmpty else { return nil }
        let total = otherLanguages.values.reduce(0, +)
        let counts = otherLanguages.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
        return "candor: note: \(total) post\(total == 1 ? " is" : "s are") in a language the pack's word rules do not read (\(counts)); only the rules that read any language (length, hashtags, ...) checked \(total == 1 ? "it" : "them"). Set 'lang' in a post's metadata or the config when the guess is wrong."
    }
}
