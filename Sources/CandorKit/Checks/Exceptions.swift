import CandorRegex

/// Vale's `exceptions` (and candor's `accept`): matches that equal one of these patterns in full are let go.
struct Exceptions: Sendable {
    private let pattern: Pattern?

    init(_ entries: [String], ignoreCase: Bool) throws(PatternError) {
        pattern = entries.isEmpty ? nil : try Pattern("^(?:\(entries.joined(separator: "|")))$", caseless: ignoreCase)
    }

    func contains(_ text: String, scratch: MatchScratch) -> Bool {
        guard let pattern else { return false }
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer { buffer in
            ((try? pattern.firstMatch(in: buffer, scratch: scratch)) ?? nil) != nil
        }
    }
}
