import CPCRE2

/// The state one match with emulated lookbehinds needs: its own match data and match context, since the
/// callout runs inside the outer match, whose JIT stack and match data must stay untouched. The bodies are
/// interpreted (never JIT-compiled) for the same reason.
final class LookbehindRun {
    let lookbehinds: [Lookbehind]
    private let matchData: OpaquePointer
    private let context: OpaquePointer

    init(_ lookbehinds: [Lookbehind]) {
        self.lookbehinds = lookbehinds
        matchData = pcre2_match_data_create_8(1, nil)!
        context = pcre2_match_context_create_8(nil)!
        pcre2_set_match_limit_8(context, MatchScratch.defaultMatchLimit)
        pcre2_set_depth_limit_8(context, MatchScratch.defaultDepthLimit)
        pcre2_set_heap_limit_8(context, 64 * 1024)
    }

    deinit {
        pcre2_match_data_free_8(matchData)
        pcre2_match_context_free_8(context)
    }

    /// The callout's answer for lookbehind `number` (1-based) at `position`: 0 lets the match go on, 1 makes
    /// it backtrack here. A body that fails to run (a limit hit) counts as not matching.
    func answer(number: Int, subject: UnsafePointer<UInt8>, position: Int) -> Int32 {
        guard number >= 1, number <= lookbehinds.count else { return 0 }
        let lookbehind = lookbehinds[number - 1]
        let rc = pcre2_match_8(lookbehind.code, subject, position, 0, UInt32(PCRE2_NO_UTF_CHECK), matchData, context)
        let matched = rc >= 0
        return matched == lookbehind.negative ? 1 : 0
    }

    /// Installs the callout on `context` for the duration of `body`.
    func installed<T, E: Error>(on context: OpaquePointer, _ body: () throws(E) -> T) throws(E) -> T {
        pcre2_set_callout_8(context, lookbehindCallout, Unmanaged.passUnretained(self).toOpaque())
        defer { pcre2_set_callout_8(context, nil, nil) }
        return try withExtendedLifetime(self) { () throws(E) -> T in try body() }
    }
}

private let lookbehindCallout: @convention(c) (UnsafeMutablePointer<pcre2_callout_block_8>?, UnsafeMutableRawPointer?) -> Int32 = {
    block, data in
    guard let block, let data, let subject = block.pointee.subject else { return 0 }
    let run = Unmanaged<LookbehindRun>.fromOpaque(data).takeUnretainedValue()
    return run.answer(number: Int(block.pointee.callout_number), subject: subject, position: block.pointee.current_position)
}
