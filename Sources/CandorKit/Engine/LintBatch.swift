import Dispatch

/// The lint stage of a run: posts linted together in batches, each spread over worker threads ("lanes"),
/// each post with a PCRE2 scratch of its own while it is linted (`MatchScratchPool`). The lanes lint one batch while the calling thread reads the next
/// and reports the one before it, so reading and reporting, which are in input order and on one thread,
/// overlap the linting. Results come back to the caller in the order the posts were added.
struct LintBatch {
    /// Each post with its linter and what the run knows of its reply (`ReplyCopies.count(_:)`).
    private var posts: [(Post, Linter, Int)] = []
    private let lanes: Int
    /// One per lane used so far when rules are timed.
    private var timers: [RuleTimer]?
    private var bytes = 0
    private let snippets: LintOptions.Snippets
    /// The lowest level reported: a post's findings below it are not shown, nor rendered.
    private let level: Level
    /// The reporter's per-post rendering, run on the lanes; nil: the reporter writes everything itself.
    private let renderer: PostRenderer?
    /// The batch on the lanes, not yet reported.
    private var linting: Linting?

    init(jobs: Int?, timed: Bool = false, snippets: LintOptions.Snippets = .none, showing level: Level = .suggestion,
         renderer: PostRenderer? = nil) {
        lanes = LintBatch.lanes(jobs: jobs, cores: Processors.online)
        timers = timed ? [] : nil
        self.snippets = snippets
        self.level = level
        self.renderer = renderer
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

    private var isFull: Bool { posts.count >= 1024 || bytes >= 4 << 20 }

    /// Adds a post to the batch, with its linter and what the run knows of its reply. A full batch goes to
    /// the lanes, and the batch before it, once linted, to `report`.
    mutating func add(_ post: Post, linter: Linter, replyCopies: Int, report: ([Linted]) -> Void) {
        posts.append((post, linter, replyCopies))
        bytes += post.text.count
        if isFull { submit(report: report) }
    }

    /// Lints the posts still waiting and hands every batch not yet reported to `report`. The last batch (a
    /// one-post run's only one) has nothing to overlap, and is linted from this thread.
    mutating func finish(report: ([Linted]) -> Void) {
        submit(last: true, report: report)
        if let last = linting.take() { report(last.wait()) }
    }

    /// Hands the batch on the lanes, once linted, to `report`, and drops the posts still waiting: for a run
    /// that stops (a bad configuration), what was linted before is reported, as each batch was when full.
    mutating func stop(report: ([Linted]) -> Void) {
        if let last = linting.take() { report(last.wait()) }
        posts.removeAll()
        bytes = 0
    }

    /// Waits for the batch on the lanes, starts this one, and reports the one waited for. The caller waits
    /// for one batch before starting the next: the lanes' timers serve one batch at a time.
    private mutating func submit(last: Bool = false, report: ([Linted]) -> Void) {
        let previous = linting?.wait()
        linting = posts.isEmpty ? nil : start(waiting: last)
        if let previous { report(previous) }
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
    /// batch for the next posts; `waiting`, lints them before returning.
    private mutating func start(waiting: Bool) -> Linting {
        let work = posts
        posts.removeAll(keepingCapacity: true)
        bytes = 0
        let linting = Linting()
        let count = min(self.lanes, work.count)
        while let made = timers?.count, made < count { timers?.append(RuleTimer()) }
        // Each lane uses only its own timer, so these non-Sendable objects never meet across threads.
        let lanes = UnsafeSendable((count: count, timers: timers))
        let snippets = self.snippets, level = self.level, renderer = self.renderer
        let lint: @Sendable () -> Void = {
            linting.finish(LintBatch.lint(work, lanes: lanes.value, showing: level, renderer: renderer, snippets: snippets))
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
                    var result = linter.lint(
                        post, timer: lanes.value.timers?[lane], replyCopies: replyCopies)
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

    /// Lets a buffer cross into `concurrentPerform`, whose lanes write disjoint slots.
    private struct UnsafeSendable<T>: @unchecked Sendable {
        let value: T
        init(_ value: T) { self.value = value }
    }
}
