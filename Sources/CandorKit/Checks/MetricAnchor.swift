import CandorEntities

/// Where a `metric` finding points when its formula is one variable that counts something in the post: the
/// hashtags (`hashtags`: from the first to the last), the account's name (`self_references`: the first time
/// it is named), the place the limit is passed (`weighted_length`: from the character that passes it to the
/// end). A person reading "4 hashtags" or "329 characters" is shown where; any other formula, or a post
/// where there is nothing to point at, spans the post from its first prose.
enum MetricAnchor: Sendable {
    case hashtags, selfReferences, overLimit

    init?(formula: MetricExpression) {
        guard case .variable(let name) = formula else { return nil }
        switch Metric(name: name) {
        case .hashtags: self = .hashtags
        case .selfReferences: self = .selfReferences
        case .weightedLength: self = .overLimit
        default: return nil
        }
    }

    /// The range to point at in the post's text, ending no later than `end`; nil when there is none.
    func range(in context: PostContext, end: Int) -> Range<Int>? {
        switch self {
        case .hashtags:
            let tags = context.entities.all.filter { $0.kind == .hashtag }.map(\.range)
            guard let first = tags.first, let last = tags.last else { return nil }
            return first.lowerBound..<last.upperBound
        case .selfReferences:
            return context.firstSelfReference()
        case .overLimit:
            return Self.overLimit(context, end: end).map { $0..<end }
        }
    }

    /// The offset of the first character whose text, counted as the platform counts (comments left out),
    /// passes the limit; found by halving, since a prefix's weighted length grows with it (near enough: a link
    /// cut short may weigh less than whole).
    private static func overLimit(_ context: PostContext, end: Int) -> Int? {
        let post = context.post, limit = context.platform.limit
        /// `offset` moved on to the next character boundary, at most `end`.
        func boundary(_ offset: Int) -> Int {
            var offset = offset
            while offset < end, post.text[offset] & 0xC0 == 0x80 { offset += 1 }
            return offset
        }
        func passes(_ prefixEnd: Int) -> Bool {
            let counted = Metrics.countedText(of: post, upTo: prefixEnd)
            return EntityExtractor.weightedLength(of: counted, platform: context.platform) > limit
        }
        guard end > 0, passes(end) else { return nil }
        // The limit is passed within a few thousand bytes but for long links and comments: prefixes four
        // times longer each, from 4 KB, find a bound near it, so a 50 MB post is not weighed whole 26 times.
        var low = 1, high = min(end, 4096)
        while high < end, !passes(boundary(high)) {
            low = high + 1
            high = min(end, high * 4)
        }
        while low < high {
            let mid = (low + high) / 2
            if passes(boundary(mid)) { high = mid } else { low = mid + 1 }
        }
        // The character that passed the limit ends at `boundary(low)`.
        var start = boundary(low) - 1
        while start > 0, post.text[start] & 0xC0 == 0x80 { start -= 1 }
        return max(0, start)
    }
}
