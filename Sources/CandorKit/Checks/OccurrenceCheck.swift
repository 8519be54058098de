import CandorRegex

/// Vale's `occurrence`: counts `token` in each part of the scope and flags a part with more than `max` or
/// fewer than `min`. With matches, the finding spans the first to the last; with none (`min`), the whole part.
struct OccurrenceCheck: Check {
    private let pattern: Pattern
    private let min: Int?
    private let max: Int?

    init(token: String, ignoreCase: Bool, min: Int?, max: Int?) throws(PatternError) {
        pattern = try Pattern(token, caseless: ignoreCase)
        self.min = min
        self.max = max
    }

    var patterns: [String] { [pattern.expression] }

    func run(_ context: PostContext, scope: Scope, emit: (CheckMatch) -> Void) throws(MatchError) {
        try context.withScope(scope) { buffer, ranges throws(MatchError) in
            for range in ranges {
                var first: Range<Int>?, last: Range<Int>?
                var count = 0
                try pattern.forEachMatch(in: buffer, range: range, scratch: context.scratch) { match in
                    if !match.range.isEmpty {
                        count += 1
                        if first == nil { first = match.range }
                        last = match.range
                    }
                    return true
                }
                let tooMany = max.map { count > $0 } ?? false
                let tooFew = min.map { count < $0 } ?? false
                guard tooMany || tooFew else { continue }
                let span = first.flatMap { first in last.map { first.lowerBound..<$0.upperBound } } ?? range
                emit(CheckMatch(range: span, arguments: [String(count)]))
            }
        }
    }
}

extension OccurrenceCheck: CheckType {
    static let name = "occurrence"
    static let keys: Set<String> = ["token", "min", "max", "ignorecase"]

    static func decode(_ keys: inout YAMLMapping, cache: ContentCache?, vale: Bool) throws(LoadError) -> Rule.Body {
        let ignoreCase = try keys.bool("ignorecase") ?? false
        guard let token = try keys.string("token") else {
            throw LoadError(path: keys.path, line: 1, key: "token", message: "an occurrence rule needs a 'token'")
        }
        let min = try keys.int("min"), max = try keys.int("max")
        guard min != nil || max != nil else { throw keys.error("token", "an occurrence rule needs 'min' or 'max'") }
        return try compiled(keys, "token") { () throws(PatternError) in
            try OccurrenceCheck(token: token, ignoreCase: ignoreCase, min: min, max: max)
        }
    }
}
