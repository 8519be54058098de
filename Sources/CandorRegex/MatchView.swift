import CPCRE2

/// One match, read straight from PCRE2's output vector; valid only inside the callback that receives it.
/// Public, unlike the rest of the layer, only so that its reads inline into CandorKit's checks, which read every
/// match through them: Swift inlines a `package` declaration's body only within its own module.
public struct MatchView {
    @usableFromInline let ovector: UnsafeMutablePointer<Int>
    @usableFromInline let pairs: Int

    init(ovector: UnsafeMutablePointer<Int>, pairs: Int) {
        self.ovector = ovector
        self.pairs = pairs
    }

    /// The whole match, as byte offsets into the subject.
    @inlinable public var range: Range<Int> { ovector[0]..<ovector[1] }

    /// Capture group `index` (1-based; 0 is the whole match), or nil when it did not take part.
    /// PCRE2 marks an unset group with PCRE2_UNSET, which reads as -1 through `Int`.
    @inlinable public func group(_ index: Int) -> Range<Int>? {
        guard index < pairs else { return nil }
        let start = ovector[2 * index], end = ovector[2 * index + 1]
        return start < 0 || end < 0 ? nil : start..<end
    }
}
