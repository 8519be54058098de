/// Finds cashtags as twitter-text's `extractCashtagsWithIndices` does (its `VALID_CASHTAG` pattern): `$` at
/// the start of the text or after a space or directional mark, one to six ASCII letters, optionally `.` or
/// `_` and one or two more, then the end of the text, ASCII whitespace or ASCII punctuation.
enum CashtagScanner {
    private static let maxSymbolLength = 6, maxSuffixLength = 2

    static func cashtags(in text: ScalarText) -> [ScannedEntity] {
        guard text.contains("$") else { return [] }
        var cashtags: [ScannedEntity] = []
        var position = 0
        while position < text.count {
            var match = position == 0 ? cashtag(signAt: 0, in: text) : nil
            if match == nil, text.scalars[position].isTwitterTextSpace || text.scalars[position].isDirectionalMark {
                match = cashtag(signAt: position + 1, in: text)
            }
            guard let match else {
                position += 1
                continue
            }
            cashtags.append(
                ScannedEntity(
                    kind: .cashtag, scalarRange: match, value: text.string(match.lowerBound + 1..<match.upperBound)))
            position = match.upperBound
        }
        return cashtags
    }

    /// The cashtag whose `$` is at `sign`, sign included. A symbol longer than six letters is none at all,
    /// and a suffix that does not end the cashtag is left out (`$TEST.T1` is `$TEST`).
    private static func cashtag(signAt sign: Int, in text: ScalarText) -> Range<Int>? {
        guard text[sign] == "$" else { return nil }
        let symbolEnd = lettersEnd(from: sign + 1, in: text)
        guard (1...maxSymbolLength).contains(symbolEnd - sign - 1) else { return nil }
        if text[symbolEnd] == "." || text[symbolEnd] == "_" {
            let suffixEnd = lettersEnd(from: symbolEnd + 1, in: text)
            if (1...maxSuffixLength).contains(suffixEnd - symbolEnd - 1), endsCashtag(text[suffixEnd]) {
                return sign..<suffixEnd
            }
        }
        return endsCashtag(text[symbolEnd]) ? sign..<symbolEnd : nil
    }

    private static func lettersEnd(from start: Int, in text: ScalarText) -> Int {
        var end = start
        while text[end]?.isASCIILetter == true {
            end += 1
        }
        return end
    }

    /// The pattern's lookahead `(?=$|\s|\p{Punct})`, with Java's ASCII-only classes.
    private static func endsCashtag(_ scalar: Unicode.Scalar?) -> Bool {
        guard let scalar else { return true }
        return scalar.isJavaWhitespace || scalar.isASCIIPunctuation
    }
}
