/// Finds mentions as twitter-text's `extractMentionsOrListsWithIndices` does (its `VALID_MENTION_OR_LIST`
/// pattern): one or more `@`/`＠` after a scalar that is no letter, digit, `_`, `!#$%&*` or at sign (or after
/// `RT` or `RT:`), a username of one to twenty `[A-Za-z0-9_]`, and an optional list slug `/name`.
///
/// A mention followed by another at sign, an accented Latin letter or `://` is none: an email address or a
/// URL, not a person. With `allowingDomainHandles`, Bluesky's handles such as `@name.example.social` are
/// mentions of the whole handle.
enum MentionScanner {
    private static let maxUsernameLength = 20, maxListSlugLength = 25

    static func mentions(in text: ScalarText, allowingDomainHandles: Bool) -> [ScannedEntity] {
        guard text.scalars.contains(where: \.isAtSign) else { return [] }
        var mentions: [ScannedEntity] = []
        var position = 0
        // A match needs an at sign within four scalars of where it is searched from (a preceding scalar, then
        // "RT:" at most): the positions before that are skipped, and all of them once no at sign is left.
        var atSign = -1
        while position < text.count {
            if atSign < position {
                atSign = position
                while atSign < text.count, !text.scalars[atSign].isAtSign { atSign += 1 }
            }
            guard atSign < text.count else { break }
            if atSign - position > 4 {
                position = atSign - 4
                continue
            }
            guard let usernameStart = usernameStart(matchingAt: position, in: text) else {
                position += 1
                continue
            }
            let handleEnd = allowingDomainHandles ? domainHandleEnd(from: usernameStart, in: text) : nil
            let end = handleEnd ?? listEnd(from: usernameEnd(from: usernameStart, in: text), in: text)
            if !isInvalidMentionEnd(at: end, in: text) {
                let range = usernameStart - 1..<end
                mentions.append(
                    ScannedEntity(kind: .mention, scalarRange: range, value: text.string(usernameStart..<end)))
            }
            position = end
        }
        return mentions
    }

    /// twitter-text's `extractReplyScreenname`: whether the text opens, after spaces and directional marks,
    /// with one at sign and a username that no other at sign, accented letter or `://` follows.
    static func isReply(_ text: ScalarText) -> Bool {
        var index = 0
        while let scalar = text[index], scalar.isTwitterTextSpace || scalar.isDirectionalMark {
            index += 1
        }
        guard text[index]?.isAtSign == true, isUsernameScalar(text[index + 1]) else { return false }
        return !isInvalidMentionEnd(at: usernameEnd(from: index + 1, in: text), in: text)
    }

    /// twitter-text's `INVALID_MENTION_MATCH_END`, which rejects a mention followed by an at sign, an accented
    /// Latin letter or `://`.
    static func isInvalidMentionEnd(at index: Int, in text: ScalarText) -> Bool {
        guard let next = text[index] else { return false }
        return next.isAtSign || next.isLatinAccent || text.hasPrefix("://", at: index)
    }

    /// Where the username starts when the pattern matches with its search at `position`. The pattern tries
    /// a preceding scalar then at signs, then (at the start of the text) the at signs alone, then `RT` or `RT:`
    /// before the at signs.
    private static func usernameStart(matchingAt position: Int, in text: ScalarText) -> Int? {
        let scalar = text.scalars[position]
        if canPrecedeMention(scalar), let start = usernameStart(afterAtSignsFrom: position + 1, in: text) {
            return start
        }
        if position == 0,
            let start = usernameStart(afterAtSignsFrom: 0, in: text) ?? usernameStart(afterRetweetAt: 0, in: text)
        {
            return start
        }
        switch scalar {
        case "_", "+", "~", ".", "-": return nil
        default: return scalar.isASCIIAlphanumeric ? nil : usernameStart(afterRetweetAt: position + 1, in: text)
        }
    }

    /// The username after a run of at signs from `start`, which the pattern requires right after them.
    private static func usernameStart(afterAtSignsFrom start: Int, in text: ScalarText) -> Int? {
        var end = start
        while text[end]?.isAtSign == true {
            end += 1
        }
        return end > start && isUsernameScalar(text[end]) ? end : nil
    }

    private static func usernameStart(afterRetweetAt start: Int, in text: ScalarText) -> Int? {
        guard text.hasPrefix("rt", at: start) else { return nil }
        return usernameStart(afterAtSignsFrom: text[start + 2] == ":" ? start + 3 : start + 2, in: text)
    }

    private static func usernameEnd(from start: Int, in text: ScalarText) -> Int {
        var end = start
        while end - start < maxUsernameLength, isUsernameScalar(text[end]) {
            end += 1
        }
        return end
    }

    /// The end of `/slug` after a username ending at `usernameEnd`, or `usernameEnd` when none follows.
    private static func listEnd(from usernameEnd: Int, in text: ScalarText) -> Int {
        guard text[usernameEnd] == "/", text[usernameEnd + 1]?.isASCIILetter == true else { return usernameEnd }
        var end = usernameEnd + 2
        while end - usernameEnd - 1 < maxListSlugLength, let scalar = text[end],
            isUsernameScalar(scalar) || scalar == "-"
        {
            end += 1
        }
        return end
    }

    /// The end of a Bluesky handle from `start`: dot-separated labels of letters, digits and inner hyphens,
    /// the last one a known TLD. Trailing dots and hyphens are the sentence's, not the handle's.
    private static func domainHandleEnd(from start: Int, in text: ScalarText) -> Int? {
        var end = start
        while let scalar = text[end], scalar.isASCIIAlphanumeric || scalar == "." || scalar == "-" {
            end += 1
        }
        guard text[end] != "_" else { return nil }
        while end > start, text.scalars[end - 1] == "." || text.scalars[end - 1] == "-" {
            end -= 1
        }
        let labels = text.scalars[start..<end].split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count > 1, labels.allSatisfy({ !$0.isEmpty && $0.first != "-" && $0.last != "-" }) else {
            return nil
        }
        let tld = String(String.UnicodeScalarView(labels.last!.map(\.asciiLowercased)))
        return TLDList.generic.contains(tld) || TLDList.country.contains(tld) ? end : nil
    }

    /// The pattern's preceding class `[^a-z0-9_!#$%&*@＠]`.
    private static func canPrecedeMention(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "!", "#", "$", "%", "&", "*": false
        default: !(isUsernameScalar(scalar) || scalar.isAtSign)
        }
    }

    private static func isUsernameScalar(_ scalar: Unicode.Scalar?) -> Bool {
        guard let scalar else { return false }
        return scalar.isASCIIAlphanumeric || scalar == "_"
    }
}
