/// The emoji sequences of Unicode's UTS #51, which twitter-text's emoji parsing weighs as one character:
/// elements (a flag, a keycap, a tag flag, or an emoji with its presentation selector or skin tone) joined
/// by zero-width joiners. Any well-formed sequence counts, not only the ones X's emoji list names.
enum EmojiSequence {
    private static let zeroWidthJoiner: Unicode.Scalar = "\u{200D}"
    private static let presentationSelector: Unicode.Scalar = "\u{FE0F}"
    private static let keycap: Unicode.Scalar = "\u{20E3}"
    private static let blackFlag: Unicode.Scalar = "\u{1F3F4}"
    private static let cancelTag: Unicode.Scalar = "\u{E007F}"

    /// How many of the leading scalars of a grapheme form one emoji sequence of two or more scalars, or 0.
    /// What follows the sequence in the grapheme (`🏿` after `🧕🏾`, say) is weighed scalar by scalar, as
    /// twitter-text does; a lone emoji scalar weighs the same either way.
    static func length(atStartOf scalars: [Unicode.Scalar]) -> Int {
        var end = 0
        var index = 0
        while let elementEnd = elementEnd(in: scalars, from: index) {
            end = elementEnd
            guard elementEnd + 1 < scalars.count, scalars[elementEnd] == zeroWidthJoiner else { break }
            index = elementEnd + 1
        }
        return end > 1 ? end : 0
    }

    private static func elementEnd(in scalars: [Unicode.Scalar], from start: Int) -> Int? {
        guard start < scalars.count else { return nil }
        let first = scalars[start]
        var end = start + 1
        if isRegionalIndicator(first) {
            return end < scalars.count && isRegionalIndicator(scalars[end]) ? end + 1 : nil
        }
        if first.isASCII {
            // Only `#`, `*` and digits are emoji in ASCII, and only as keycaps.
            guard "#*0123456789".unicodeScalars.contains(first) else { return nil }
            if end < scalars.count, scalars[end] == presentationSelector { end += 1 }
            return end < scalars.count && scalars[end] == keycap ? end + 1 : nil
        }
        guard first.properties.isEmoji else { return nil }
        if first == blackFlag, end < scalars.count, isTag(scalars[end]) {
            while end < scalars.count, isTag(scalars[end]) { end += 1 }
            return end < scalars.count && scalars[end] == cancelTag ? end + 1 : nil
        }
        // A presentation selector belongs to a symbol shown as text by default; after an emoji it stands alone.
        if end < scalars.count,
            scalars[end] == presentationSelector
                ? !first.properties.isEmojiPresentation
                : first.properties.isEmojiModifierBase && scalars[end].properties.isEmojiModifier
        {
            end += 1
        }
        return end
    }

    /// Whether a scalar can make a sequence of two or more scalars: a joiner, presentation selector, keycap,
    /// regional indicator, tag or skin-tone modifier. Text without any has no sequence to find.
    static func canJoin(_ scalar: Unicode.Scalar) -> Bool {
        scalar == zeroWidthJoiner || scalar == presentationSelector || scalar == keycap || isRegionalIndicator(scalar)
            || isTag(scalar) || scalar == cancelTag || (0x1F3FB...0x1F3FF).contains(scalar.value)
    }

    private static func isRegionalIndicator(_ scalar: Unicode.Scalar) -> Bool {
        (0x1F1E6...0x1F1FF).contains(scalar.value)
    }

    private static func isTag(_ scalar: Unicode.Scalar) -> Bool {
        (0xE0020...0xE007E).contains(scalar.value)
    }
}
