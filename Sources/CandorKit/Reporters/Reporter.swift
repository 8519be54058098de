/// An output format: a sink that receives each post's result in output order, then the run's summary
/// (ripgrep's design: a new format never touches the linting). Reporters write to any text stream.
public protocol Reporter {
    mutating func report(_ result: PostResult, to output: inout some TextOutputStream)
    mutating func finish(_ summary: RunSummary, to output: inout some TextOutputStream)

    /// Renders the part of a post's report that depends on that post alone. The runner calls it on the
    /// worker threads that lint the posts, so a format whose output is mostly per post (JSON, one line a
    /// finding) is written by every core; nil leaves all the writing to `report`.
    var renderer: PostRenderer? { get }
    /// Writes a post's report given what `renderer` made of it (nil when there is no renderer).
    mutating func report(_ result: PostResult, rendered: String?, to output: inout some TextOutputStream)

    /// Called once before the first post, with the lowest level that fails the run (`fail-on`), so a format
    /// that marks posts failed (JUnit) agrees with the exit status.
    mutating func start(failOn: Level)
}

/// A reporter's per-post rendering, safe to call from any thread.
public typealias PostRenderer = @Sendable (PostResult) -> String

extension Reporter {
    public var renderer: PostRenderer? { nil }

    public mutating func start(failOn: Level) {}

    public mutating func report(_ result: PostResult, rendered: String?, to output: inout some TextOutputStream) {
        report(result, to: &output)
    }
}
