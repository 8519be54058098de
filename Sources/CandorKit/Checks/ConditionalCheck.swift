import CandorBytes
import CandorRegex

/// Vale's `conditional`: every match of `first` must be defined by a match of `second`, whose groups
/// capture the defined text ("WHO" needs "World Health Organization (WHO)").
struct ConditionalCheck: Check {
    private let first: Pattern
    private let second: Pattern
    private let exceptions: Set<String>

    init(first: String, second: String, ignoreCase: Bool, exceptions: [String]) throws(PatternError) {
        self.first = try Pattern(first, caseless: ignoreCase)
        self.second = try Pattern(second, caseless: ignoreCase)
        self.exceptions = Set(exceptions)
    }

    var patterns: [String] { [first.expression, second.expression] }

    func run(_ context: PostContext, scope: Scope, emit: (CheckMatch) -> Void) throws(MatchError) {
        try context.withScope(scope) { buffer, ranges throws(MatchError) in
            var defined: Set<String> = []
            for range in ranges {
                try second.forEachMatch(in: buffer, range: range, scratch: context.scratch) { match in
                    // Every group that took part defines its text, as in Vale (`(A): ...|... \((B)\)`).
                    for index in 1...max(1, second.captureCount) {
                        guard let group = match.group(index) else { continue }
                        defined.insert(String(String(decoding: buffer[group], as: UTF8.self).trimmingSpaces()))
                    }
                    return true
                }
            }
            for range in ranges {
                try first.forEachMatch(in: buffer, range: range, scratch: context.scratch) { match in
                    let text = String(decoding: buffer[match.range], as: UTF8.self)
                    if !match.range.isEmpty, !defined.contains(text), !exceptions.contains(text) {
                        emit(CheckMatch(range: match.range, arguments: [text]))
                    }
                    return true
                }
            }
        }
    }
}

extension ConditionalCheck: CheckType {
    static let name = "conditional"
    static let keys: Set<String> = ["first", "second", "exceptions", "ignorecase"]

    static func decode(_ keys: inout YAMLMapping, cache: ContentCache?, vale: Bool) throws(LoadError) -> Rule.Body {
        let ignoreCase = try keys.bool("ignorecase") ?? false
        guard let first = try keys.string("first"), let second = try keys.string("second") else {
            throw LoadError(path: keys.path, line: 1, key: "first", message: "a conditional rule needs 'first' and 'second'")
        }
        let exceptions = try keys.strings("exceptions") ?? []
        return try compiled(keys, "first") { () throws(PatternError) in
            try ConditionalCheck(first: first, second: second, ignoreCase: ignoreCase, exceptions: exceptions)
        }
    }
}
