import CPCRE2

/// What one thread needs to run matches: a match-data block, a match context with the limits, and a JIT
/// stack. Create one per worker and reuse it for every match on that thread; nothing is allocated per match.
///
/// Not thread-safe by design: PCRE2 writes into the match data on every call.
public final class MatchScratch {
    /// Backtracking steps before a match gives up. Real rules on real posts use a few thousand at most.
    public static let defaultMatchLimit: UInt32 = 1_000_000
    /// Nested backtracking depth (interpreter) before a match gives up.
    public static let defaultDepthLimit: UInt32 = 10_000

    let matchData: OpaquePointer
    let context: OpaquePointer
    private let jitStack: OpaquePointer?
    /// Capture pairs `matchData` holds; a pattern with more groups gets its own block (see `Pattern`).
    let capacity: UInt32

    public init(matchLimit: UInt32 = defaultMatchLimit, depthLimit: UInt32 = defaultDepthLimit) {
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
