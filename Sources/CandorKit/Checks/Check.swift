import CandorRegex

/// A rule's logic, compiled from its YAML keys at load: one type per Vale check type. A check reads a post
/// through its `PostContext` and emits matches; it never formats messages or decides levels.
protocol Check: Sendable {
    func run(_ context: PostContext, scope: Scope, emit: (CheckMatch) -> Void) throws(MatchError)
    /// The regular expressions the check runs, for `candor explain` and the benchmark's pcre2grep floor.
    var patterns: [String] { get }
}

extension PostContext {
    /// Runs `body` over the scope's buffer and ranges.
    func withScope<T>(_ scope: Scope, _ body: (UnsafeBufferPointer<UInt8>, [Range<Int>]) throws(MatchError) -> T) throws(MatchError) -> T {
        let ranges = ranges(for: scope)
        let bytes = buffer(for: scope)
        return try bytes.withUnsafeBufferPointer { buffer throws(MatchError) in try body(buffer, ranges) }
    }

    func string(_ range: Range<Int>, in scope: Scope) -> String {
        String(decoding: buffer(for: scope)[range], as: UTF8.self)
    }
}
