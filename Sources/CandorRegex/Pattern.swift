import CPCRE2

/// A PCRE2 pattern compiled once, with UTF and UCP (Unicode-aware `\b`, `\w` and case folding), JIT-compiled
/// when the platform allows and interpreted otherwise. Immutable after init, so it is shared across threads;
/// each match brings a `MatchScratch` that no other thread is using (`MatchScratchPool`).
///
/// Subjects are UTF-8 byte buffers that the readers have already made valid, so matches skip PCRE2's
/// per-call UTF check (which would rescan the whole buffer on every call). Offsets in and out are bytes.
package final class Pattern: @unchecked Sendable {
    package let source: String
    package let caseless: Bool
    /// Whether PCRE2's JIT compiled this pattern (false: the interpreter runs it).
    package let isJIT: Bool
    /// Number of capture groups (group 0, the whole match, not counted).
    package let captureCount: Int
    private let code: OpaquePointer
    /// Lookbehinds PCRE2 refused as written, emulated through callouts (see `Lookbehind`).
    private let lookbehinds: [Lookbehind]

    package init(_ source: String, caseless: Bool = false) throws(PatternError) {
        self.source = source
        self.caseless = caseless
        (code, lookbehinds) = try Pattern.compileEmulating(source, caseless: caseless)
        isJIT = pcre2_jit_compile_8(code, UInt32(PCRE2_JIT_COMPLETE)) == 0
        // Windowed calls (`MatchScratch`'s budget) match in hard partial mode; without this they run interpreted.
        if isJIT { _ = pcre2_jit_compile_8(code, UInt32(PCRE2_JIT_PARTIAL_HARD)) }
        captureCount = Pattern.captureCount(of: code)
    }

    /// The number of capture groups of `source`, compiled without the JIT (a token list asks this of each
    /// token before compiling their alternation; JIT-compiling each would dominate start-up).
    package static func captureCount(of source: String, caseless: Bool = false) throws(PatternError) -> Int {
        let (code, lookbehinds) = try compileEmulating(source, caseless: caseless)
        defer {
            pcre2_code_free_8(code)
            lookbehinds.forEach { pcre2_code_free_8($0.code) }
        }
        return captureCount(of: code)
    }

    /// `source` compiled as written, or, when PCRE2 refuses a lookbehind in it (one of unbounded or
    /// varying length), with its lookbehinds emulated; when that cannot compile either, PCRE2's first error.
    private static func compileEmulating(_ source: String, caseless: Bool) throws(PatternError) -> (OpaquePointer, [Lookbehind]) {
        do {
            return (try compile(source, caseless: caseless), [])
        } catch {
            guard error.reason.contains("lookbehind"), let (pattern, bodies) = Lookbehind.split(source) else { throw error }
            let options = Lookbehind.leadingOptions(source)
            var compiled: [Lookbehind] = []
            do {
                for (body, negative) in bodies {
                    let code = try Pattern.compile(options + "(?:" + body + ")", caseless: caseless, extra: UInt32(PCRE2_ENDANCHORED))
                    compiled.append(Lookbehind(code: code, negative: negative))
                }
                return (try Pattern.compile(pattern, caseless: caseless), compiled)
            } catch {
                compiled.forEach { pcre2_code_free_8($0.code) }
                throw error
            }
        }
    }

    private static func compile(_ source: String, caseless: Bool, extra: UInt32 = 0) throws(PatternError) -> OpaquePointer {
        var options = UInt32(PCRE2_UTF | PCRE2_UCP) | extra
        if caseless { options |= UInt32(PCRE2_CASELESS) }
        var errorCode: Int32 = 0
        var errorOffset = 0
        let compiled = source.utf8.withContiguousStorageIfAvailable { bytes in
            pcre2_compile_8(bytes.baseAddress, bytes.count, options, &errorCode, &errorOffset, nil)
        } ?? {
            let bytes = Array(source.utf8)
            return pcre2_compile_8(bytes, bytes.count, options, &errorCode, &errorOffset, nil)
        }()
        guard let compiled else {
            throw PatternError(pattern: source, reason: Pattern.message(for: errorCode), offset: errorOffset)
        }
        return compiled
    }

    private static func captureCount(of code: OpaquePointer) -> Int {
        var groups: UInt32 = 0
        pcre2_pattern_info_8(code, UInt32(PCRE2_INFO_CAPTURECOUNT), &groups)
        return Int(groups)
    }

    deinit {
        pcre2_code_free_8(code)
        lookbehinds.forEach { pcre2_code_free_8($0.code) }
    }

    /// The pattern as one PCRE2 expression, its options inline (`(?i)`), for tools such as pcre2grep.
    package var expression: String { caseless ? "(?i)" + source : source }

    /// Calls `body` for every non-overlapping match in `bytes[range]` (the whole buffer by default), in order,
    /// until it returns false. An empty match is reported once, then the search steps to the next character
    /// boundary, as Perl does. Lookbehind may see bytes before `range`; nothing past its end is read.
    package func forEachMatch(
        in bytes: UnsafeBufferPointer<UInt8>,
        range: Range<Int>? = nil,
        scratch: MatchScratch,
        _ body: (MatchView) -> Bool
    ) throws(MatchError) {
        guard !lookbehinds.isEmpty else { return try search(in: bytes, range: range, scratch: scratch, body) }
        try LookbehindRun(lookbehinds).installed(on: scratch.context) { () throws(MatchError) in
            try search(in: bytes, range: range, scratch: scratch, body)
        }
    }

    private func search(
        in bytes: UnsafeBufferPointer<UInt8>,
        range: Range<Int>?,
        scratch: MatchScratch,
        _ body: (MatchView) -> Bool
    ) throws(MatchError) {
        let range = range ?? 0..<bytes.count
        guard let base = bytes.baseAddress else {
            // An empty Array has no storage; PCRE2 still wants a pointer to match an empty subject.
            var nothing: UInt8 = 0
            return try withUnsafePointer(to: &nothing) { pointer throws(MatchError) in
                try forEachMatch(in: UnsafeBufferPointer(start: pointer, count: 0), range: 0..<0, scratch: scratch, body)
            }
        }
        // A pattern with more groups than the shared block holds gets its own block for this call.
        let ownData: OpaquePointer? =
            captureCount + 1 > Int(scratch.capacity) ? pcre2_match_data_create_from_pattern_8(code, nil) : nil
        defer { if let ownData { pcre2_match_data_free_8(ownData) } }
        let matchData = ownData ?? scratch.matchData
        // PCRE2_SIZE is size_t; read as Int so PCRE2_UNSET comes out as -1.
        let ovector = UnsafeMutableRawPointer(pcre2_get_ovector_pointer_8(matchData)!).assumingMemoryBound(to: Int.self)

        if !scratch.budgetHeld { scratch.resetBudget(subjectBytes: range.upperBound) }
        let end = range.upperBound
        var start = range.lowerBound
        var lastWasEmpty = false
        var window = Pattern.firstWindow
        search: while start <= end {
            var options = UInt32(PCRE2_NO_UTF_CHECK)
            if lastWasEmpty { options |= UInt32(PCRE2_NOTEMPTY_ATSTART) | UInt32(PCRE2_ANCHORED) }
            var rc: Int32
            if end - start <= scratch.fullLeft {
                // The fast path: the call gets the rest of the subject and is charged all of it.
                scratch.fullLeft -= end - start
                rc = pcre2_match_8(code, base, end, start, options, matchData, scratch.context)
            } else {
                // The call gets a window, widened while a match may need the text past it (hard partial).
                while true {
                    var stop = start + min(window, end - start)
                    while stop < end && base[stop] & 0xC0 == 0x80 { stop += 1 }
                    scratch.windowLeft -= stop - start
                    if scratch.windowLeft < 0 { throw .budget }
                    let partial = stop < end ? UInt32(PCRE2_PARTIAL_HARD) : 0
                    rc = pcre2_match_8(code, base, stop, start, options | partial, matchData, scratch.context)
                    if rc == PCRE2_ERROR_PARTIAL {
                        window = min(window * 2, Pattern.widestWindow)
                        continue
                    }
                    if rc == PCRE2_ERROR_NOMATCH && partial != 0 && !lastWasEmpty {
                        // No match starts in the window, whatever follows it: search on from its end.
                        start = stop
                        window = min(window * 2, Pattern.widestWindow)
                        continue search
                    }
                    break
                }
                window = Pattern.firstWindow
            }
            if rc == PCRE2_ERROR_NOMATCH {
                guard lastWasEmpty else { return }
                // No non-empty match here: step one whole character and search normally again.
                start = Pattern.nextBoundary(after: start, in: bytes, limit: end)
                lastWasEmpty = false
                continue
            }
            if rc < 0 { throw Pattern.matchError(rc) }
            let view = MatchView(ovector: ovector, pairs: min(Int(rc == 0 ? scratch.capacity : UInt32(rc)), captureCount + 1))
            guard body(view) else { return }
            let matched = view.range
            start = matched.upperBound
            lastWasEmpty = matched.isEmpty
            if matched.isEmpty && start >= range.upperBound { return }
        }
    }

    /// The first window a budgeted call gets, in bytes; it doubles while the match needs more.
    static let firstWindow = 64
    static let widestWindow = 1 << 40

    /// The first match in `bytes[range]`, if any.
    package func firstMatch(
        in bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>? = nil, scratch: MatchScratch
    ) throws(MatchError) -> Range<Int>? {
        var found: Range<Int>?
        try forEachMatch(in: bytes, range: range, scratch: scratch) { match in
            found = match.range
            return false
        }
        return found
    }

    /// Convenience for tests and one-off callers: every match range in a string, as byte offsets.
    package func matches(in text: String, scratch: MatchScratch = MatchScratch()) throws(MatchError) -> [Range<Int>] {
        let bytes = Array(text.utf8)
        var result: [Range<Int>] = []
        var failure: MatchError?
        bytes.withUnsafeBufferPointer { buffer in
            do {
                try forEachMatch(in: buffer, scratch: scratch) { match in
                    result.append(match.range)
                    return true
                }
            } catch let error as MatchError { failure = error } catch {}
        }
        if let failure { throw failure }
        return result
    }

    static func nextBoundary(after offset: Int, in bytes: UnsafeBufferPointer<UInt8>, limit: Int) -> Int {
        var next = offset + 1
        while next < limit && bytes[next] & 0xC0 == 0x80 { next += 1 }
        return next
    }

    static func message(for code: Int32) -> String {
        var buffer = [UInt8](repeating: 0, count: 256)
        let length = pcre2_get_error_message_8(code, &buffer, buffer.count)
        return length > 0 ? String(decoding: buffer.prefix(Int(length)), as: UTF8.self) : "PCRE2 error \(code)"
    }

    static func matchError(_ code: Int32) -> MatchError {
        switch code {
        case PCRE2_ERROR_MATCHLIMIT: .matchLimit
        case PCRE2_ERROR_DEPTHLIMIT, PCRE2_ERROR_HEAPLIMIT: .depthLimit
        case PCRE2_ERROR_JIT_STACKLIMIT: .jitStackLimit
        default: .other(code: code, message: message(for: code))
        }
    }
}
