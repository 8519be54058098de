import CPCRE2

/// What one thread needs to run matches: a match-data block, a match context with the limits, and a JIT
/// stack. `MatchScratchPool` lends one to each post being linted, reused for every match on it; nothing is
/// allocated per match.
///
/// Not thread-safe by design: PCRE2 writes into the match data on every call. It is Sendable only so that the
/// pool can hand it from thread to thread; one thread at a time uses it, the one it is lent to.
package final class MatchScratch: @unchecked Sendable {
    /// Backtracking steps before a match gives up. Real rules on real posts use a few thousand at most.
    package static let defaultMatchLimit: UInt32 = 1_000_000
    /// Nested backtracking depth (interpreter) before a match gives up.
    package static let defaultDepthLimit: UInt32 = 10_000

    let matchData: OpaquePointer
    let context: OpaquePointer
    private let jitStack: OpaquePointer?
    /// Capture pairs `matchData` holds; a pattern with more groups gets its own block (see `Pattern`).
    let capacity: UInt32

    /// A rule's budget on one post, in bytes PCRE2 may read: each call is charged the bytes it was given. PCRE2's
    /// limits bound one call, and a pattern linear per match that matches at every byte (`a(?=a*$)`) is still
    /// quadratic over a post, so the budget bounds the sum. Calls given the rest of the post are charged it
    /// until `fullAllowance` is spent; then each call gets a window of the post, widened only while PCRE2
    /// reports that the match needs more text, and is charged the windows: what it could actually read.
    /// Counted in bytes, not time, so a run is deterministic. `Linter` holds one budget per rule per post.
    static let fullAllowance = 1 << 30
    /// What windowed calls may read: a fixed 512 MB plus 256 bytes per byte of the post.
    static let windowBase = 1 << 29
    static let windowPerByte = 256

    /// Bytes left for calls given the rest of the subject.
    var fullLeft = 0
    /// Bytes left for windowed calls; a call that needs more fails with `MatchError.budget`.
    var windowLeft = 0
    /// A caller holds a budget across calls (`beginBudget`); else each `forEachMatch` starts a budget of its own.
    private(set) var budgetHeld = false

    /// Starts one budget for every match until `endBudget()`, on subjects of `subjectBytes`.
    package func beginBudget(subjectBytes: Int) {
        resetBudget(subjectBytes: subjectBytes)
        budgetHeld = true
    }

    package func endBudget() { budgetHeld = false }

    /// What calls given the rest of the subject were charged since the budget began, for tests. The budget's
    /// own fields stay internal: PCRE2 calls update them, and a field other modules could reach would be
    /// checked for exclusive access at run time on every call.
    package var fullSpent: Int { Self.fullAllowance - fullLeft }

    func resetBudget(subjectBytes: Int) {
        fullLeft = Self.fullAllowance
        windowLeft = Self.windowBase + Self.windowPerByte * subjectBytes
    }

    package init(matchLimit: UInt32 = defaultMatchLimit, depthLimit: UInt32 = defaultDepthLimit) {
        capacity = 64
        matchData = pcre2_match_data_create_8(capacity, nil)!
        context = pcre2_match_context_create_8(nil)!
        pcre2_set_match_limit_8(context, matchLimit)
        pcre2_set_depth_limit_8(context, depthLimit)
        pcre2_set_heap_limit_8(context, 64 * 1024)  // KiB
        // 32 KiB to 1 MiB: enough for any sane pattern; a runaway one fails with a typed error instead.
        jitStack = pcre2_jit_stack_create_8(32 * 1024, 1024 * 1024, nil)
        if let jitStack {
            pcre2_jit_stack_assign_8(context, nil, UnsafeMutableRawPointer(jitStack))
        }
    }

    deinit {
        pcre2_match_data_free_8(matchData)
        pcre2_match_context_free_8(context)
        if let jitStack { pcre2_jit_stack_free_8(jitStack) }
    }
}
