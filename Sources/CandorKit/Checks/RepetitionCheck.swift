/// Vale's `repetition`: flags a token repeated back to back ("the the"), more than `max` times in a row.
/// With `alpha`, only tokens made of letters count.
struct RepetitionCheck: Check {
    private let pattern: Pattern
    private let max: Int
    private let alpha: Bool
    private let ignoreCase: Bool

    init(tokens: [String], max: Int, alpha: Bool, ignoreCase: Bool) throws(PatternError) {
        pattern = try Pattern("(?:\(tokens.joined(separator: "|")))", caseless: ignoreCase)
        self.max = max
        self.alpha = alpha
        self.ignoreCase = ignoreCase
    }

    var patterns: [String] { [pattern.expression] }

    func run(_ context: PostContext, scope: Scope, emit: (CheckMatch) -> Void) throws(MatchError) {
        try context.withScope(scope) { buffer, ranges throws(MatchError) in
            for range in ranges {
                var previous: (range: Range<Int>, text: String)?
                var runStart = 0
                var count = 0
                try pattern.forEachMatch(in: buffer, range: range, scratch: context.scratch) { match in
                    let text = String(decoding: buffer[match.range], as: UTF8.self)
                    let key = ignoreCase ? text.lowercased() : text
                    let qualifies = !key.isEmpty && (!alpha || key.allSatisfy(\.isLetter))
                    if let previous, qualifies, previous.text == key {
                        count += 1
                        if count > max {
                            emit(CheckMatch(range: runStart..<match.range.upperBound, arguments: [text]))
                            // The next repetition starts at this token, as in Vale: "go go go" is two pairs.
                            count = 0
                            runStart = match.range.lowerBound
                        }
                    } else {
                        count = 0
                        runStart = match.range.lowerBound
                    }
                    previous = (match.range, key)
                    return true
                }
            }
        }
    }
}
