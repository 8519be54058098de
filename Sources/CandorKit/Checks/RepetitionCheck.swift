import CandorRegex

/// Vale's `repetition`: flags a token repeated back to back ("the the"), more than `max` times in a row.
/// With `alpha`, only tokens made of letters count.
///
/// A Vale style's rule reads the text as Vale renders it, markup gone: in "[added to the API in](url) in
/// GitLab" the two "in" stand side by side, though the link's markup (filler in `PostContext.valeProse`)
/// stands between them in the source. Such a repetition is placed as Vale places it (`ValeLocator`), or left
/// out where Vale cannot place it.
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
                guard context.readsValeProse, !scope.readsRaw, buffer[range].contains(PostContext.valeFiller) else {
                    try repetitions(in: buffer, range: range, scratch: context.scratch) { match, text in
                        emit(CheckMatch(range: match, arguments: [text]))
                    }
                    continue
                }
                // The rendered text: the range without its filler, each byte knowing where it stands.
                var rendered: [UInt8] = []
                var origin: [Int] = []
                for index in range where buffer[index] != PostContext.valeFiller {
                    rendered.append(buffer[index])
                    origin.append(index)
                }
                try rendered.withUnsafeBufferPointer { text throws(MatchError) in
                    try repetitions(in: text, range: 0..<text.count, scratch: context.scratch) { match, token in
                        let source = origin[match.lowerBound]..<(origin[match.upperBound - 1] + 1)
                        // Markup between the tokens: the source does not read as the rendered text does.
                        let placed = source.count == match.count ? source
                            : ValeLocator.place(String(decoding: text[match], as: UTF8.self), spanning: source, in: context)
                        // Vale reports nothing of a match it cannot place.
                        if let placed { emit(CheckMatch(range: placed, arguments: [token])) }
                    }
                }
            }
        }
    }

    /// Each repetition in `range` of `bytes`: from the first token of the run to the repeated one, and the token.
    private func repetitions(
        in bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>, scratch: MatchScratch, found: (Range<Int>, String) -> Void
    ) throws(MatchError) {
        var previous: (range: Range<Int>, text: String)?
        var runStart = 0
        var count = 0
        try pattern.forEachMatch(in: bytes, range: range, scratch: scratch) { match in
            let text = String(decoding: bytes[match.range], as: UTF8.self)
            let key = ignoreCase ? text.lowercased() : text
            let qualifies = !key.isEmpty && (!alpha || key.allSatisfy(\.isLetter))
            if let previous, qualifies, previous.text == key {
                count += 1
                if count > max {
                    found(runStart..<match.range.upperBound, text)
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

extension RepetitionCheck: CheckType {
    static let name = "repetition"
    static let keys: Set<String> = ["tokens", "max", "alpha", "ignorecase"]

    static func decode(_ keys: inout YAMLMapping, cache: ContentCache?, vale: Bool) throws(LoadError) -> Rule.Body {
        let ignoreCase = try keys.bool("ignorecase") ?? false
        guard let tokens = try keys.strings("tokens"), !tokens.isEmpty else {
            throw LoadError(path: keys.path, line: 1, key: "tokens", message: "a repetition rule needs 'tokens'")
        }
        let max = try keys.int("max") ?? 0
        let alpha = try keys.bool("alpha") ?? false
        return try compiled(keys, "tokens") { () throws(PatternError) in
            try RepetitionCheck(tokens: tokens, max: max, alpha: alpha, ignoreCase: ignoreCase)
        }
    }
}
