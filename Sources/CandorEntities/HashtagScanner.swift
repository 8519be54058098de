/// Finds hashtags as twitter-text's `extractHashtagsWithIndices` does (its `VALID_HASHTAG` pattern): a `#` or
/// `＃` after the start of the text or a scalar that cannot be part of a tag, then a run of letters, marks,
/// numerals and joiners holding at least one letter, not followed by another `#` or by `://`.
enum HashtagScanner {
    static func hashtags(in text: ScalarText) -> [ScannedEntity] {
        guard text.scalars.contains(where: \.isHashSign) else { return [] }
        var hashtags: [ScannedEntity] = []
        var position = 0
        while position < text.count {
            var match = position == 0 ? hashtag(signAt: 0, in: text) : nil
            if match == nil, text[position + 1]?.isHashSign == true, canPrecedeHashtag(text.scalars[position]) {
                match = hashtag(signAt: position + 1, in: text)
            }
            guard let match else {
                position += 1
                continue
            }
            if !(text[match.upperBound]?.isHashSign == true || text.hasPrefix("://", at: match.upperBound)) {
                hashtags.append(
                    ScannedEntity(
                        kind: .hashtag, scalarRange: match,
                        value: text.string(match.lowerBound + 1..<match.upperBound)))
            }
            position = match.upperBound
        }
        return hashtags
    }

    /// The hashtag whose sign is at `sign`, sign included. The tag is the whole run of tag scalars, which
    /// is what the pattern's `[tag]* [letter] [tag]*` takes when the run holds a letter.
    private static func hashtag(signAt sign: Int, in text: ScalarText) -> Range<Int>? {
        guard text[sign]?.isHashSign == true, text[sign + 1] != "\u{FE0F}", text[sign + 1] != "\u{20E3}" else {
            return nil
        }
        var end = sign + 1
        var hasLetter = false
        while let scalar = text[end], isTagScalar(scalar) {
            hasLetter = hasLetter || isTagLetter(scalar)
            end += 1
        }
        return hasLetter ? sign..<end : nil
    }

    /// What may stand right before the sign: anything but `&` (so `&#39;` is no hashtag) and tag scalars,
    /// though variation selectors, marks themselves, may follow the emoji they style.
    private static func canPrecedeHashtag(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\u{FE0E}" || scalar == "\u{FE0F}" || !(scalar == "&" || isTagScalar(scalar))
    }

    /// `HASHTAG_LETTERS_AND_MARKS`: letters and marks, and the private-use scalars twitter-text counts too.
    private static func isTagLetter(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isLetterOrMark { return true }
        switch scalar.value {
        case 0xF870...0xF87F, 0xF882, 0xF884...0xF89F, 0xF8B8, 0xF8C1...0xF8D6: return true
        default: return false
        }
    }

    /// `HASHTAG_LETTERS_NUMERALS`: letters, marks, decimal digits, `_`, joiners and the punctuation some
    /// scripts write inside words.
    private static func isTagScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return scalar.isASCIIAlphanumeric || scalar == "_" }
        if isTagLetter(scalar) || scalar.properties.generalCategory == .decimalNumber { return true }
        switch scalar.value {
        case 0x200C, 0x200D,  // zero-width non-joiner and joiner
            0xA67E,  // Cyrillic kavyka
            0x05BE, 0x05F3, 0x05F4,  // Hebrew maqaf, geresh, gershayim
            0xFF5E, 0x301C,  // fullwidth tilde, wave dash
            0x309B, 0x309C, 0x30A0, 0x30FB,  // kana voiced sound marks, double hyphen, middle dot
            0x3003,  // ditto mark
            0x0F0B, 0x0F0C,  // Tibetan tsheg
            0x00B7:  // middle dot
            return true
        default:
            return false
        }
    }
}
