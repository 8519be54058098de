/// Finds mentions as Mastodon does (its `Account::MENTION_RE` and `Extractor`): `@user` or `@user@host`
/// after a scalar that is no word character, `=` or `/`, where a username is letters, digits and `_` joined
/// by `.` or `-`, and a host is word characters joined the same way. As on X, a mention followed by another
/// at sign, an accented Latin letter or `://` is none.
enum MastodonMentionScanner {
    static func mentions(in text: ScalarText) -> [ScannedEntity] {
        guard text.contains("@") else { return [] }
        var mentions: [ScannedEntity] = []
        var position = 0
        while position < text.count {
            guard text.scalars[position] == "@", canPrecedeMention(text[position - 1]),
                let usernameEnd = joinedRunEnd(from: position + 1, in: text, where: isUsernameScalar)
            else {
                position += 1
                continue
            }
            var end = usernameEnd
            if text[usernameEnd] == "@",
                let hostEnd = joinedRunEnd(from: usernameEnd + 1, in: text, where: isWordScalar)
            {
                end = hostEnd
            }
            if !MentionScanner.isInvalidMentionEnd(at: end, in: text) {
                mentions.append(
                    ScannedEntity(kind: .mention, scalarRange: position..<end, value: text.string(position + 1..<end)))
            }
            position = end
        }
        return mentions
    }

    /// The end of `word+([.-]+word+)*` from `start`: a run of word scalars, dots and hyphens that starts with
    /// a word scalar, less its trailing dots and hyphens.
    private static func joinedRunEnd(
        from start: Int, in text: ScalarText, where isWord: (Unicode.Scalar) -> Bool
    ) -> Int? {
        guard let first = text[start], isWord(first) else { return nil }
        var end = start
        var wordEnd = start
        while let scalar = text[end], isWord(scalar) || scalar == "." || scalar == "-" {
            end += 1
            if isWord(scalar) { wordEnd = end }
        }
        return wordEnd
    }

    /// The lookbehind `(?<![=/[:word:]])`: the start of the text, or a scalar but a word scalar, `=` and `/`.
    private static func canPrecedeMention(_ scalar: Unicode.Scalar?) -> Bool {
        guard let scalar else { return true }
        return !(scalar == "=" || scalar == "/" || isWordScalar(scalar))
    }

    private static func isUsernameScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCIIAlphanumeric || scalar == "_"
    }

    /// Ruby's `[[:word:]]`: letters, marks, decimal digits and connector punctuation.
    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isLetterOrMark || [.decimalNumber, .connectorPunctuation].contains(scalar.properties.generalCategory)
    }
}
