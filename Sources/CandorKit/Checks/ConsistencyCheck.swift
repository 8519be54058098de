import CandorRegex

/// Vale's `consistency`: for each `either` pair, when a post uses both forms, the form used second is
/// flagged wherever it stands.
struct ConsistencyCheck: Check {
    private let pairs: [Pattern]

    init(either: [(String, String)], ignoreCase: Bool, nonword: Bool) throws(PatternError) {
        pairs = try either.map { (first, second) throws(PatternError) in
            try Pattern(TokenMatcher.alternation(["(\(first))", "(\(second))"], nonword: nonword), caseless: ignoreCase)
        }
    }

    var patterns: [String] { pairs.map(\.expression) }

    func run(_ context: PostContext, scope: Scope, emit: (CheckMatch) -> Void) throws(MatchError) {
        try context.withScope(scope) { buffer, ranges throws(MatchError) in
            for pattern in pairs {
                var uses: [(range: Range<Int>, form: Int)] = []
                for range in ranges {
                    try pattern.forEachMatch(in: buffer, range: range, scratch: context.scratch) { match in
                        // The first group that took part names the form; the second form's group follows the
                        // first form's own groups.
                        let form = match.group(1) != nil ? 0 : 1
                        if !match.range.isEmpty { uses.append((match.range, form)) }
                        return true
                    }
                }
                guard let firstForm = uses.first?.form, uses.contains(where: { $0.form != firstForm }) else { continue }
                for use in uses where use.form != firstForm {
                    emit(CheckMatch(range: use.range, arguments: [String(decoding: buffer[use.range], as: UTF8.self)]))
                }
            }
        }
    }
}

extension ConsistencyCheck: CheckType {
    static let name = "consistency"
    static let keys: Set<String> = ["either", "ignorecase", "nonword"]

    static func decode(_ keys: inout YAMLMapping, cache: ContentCache?, vale: Bool) throws(LoadError) -> Rule.Body {
        let ignoreCase = try keys.bool("ignorecase") ?? false
        guard let either = try keys.pairs("either"), !either.isEmpty else {
            throw LoadError(path: keys.path, line: 1, key: "either", message: "a consistency rule needs an 'either' mapping")
        }
        let nonword = try keys.bool("nonword") ?? false
        return try compiled(keys, "either") { () throws(PatternError) in
            try ConsistencyCheck(either: either, ignoreCase: ignoreCase, nonword: nonword)
        }
    }
}
