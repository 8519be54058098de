/// The character classes twitter-text's patterns share (its `Regex.java`), as scalar predicates.
///
/// twitter-text matches case-insensitively with ASCII case folding only, so `A-Z` count wherever `a-z` do.
extension Unicode.Scalar {
    var isASCIILetter: Bool {
        ("a"..."z").contains(self) || ("A"..."Z").contains(self)
    }

    var isASCIIDigit: Bool {
        ("0"..."9").contains(self)
    }

    var isASCIIAlphanumeric: Bool {
        isASCIILetter || isASCIIDigit
    }

    /// A-Z folded to a-z; every other scalar unchanged.
    var asciiLowercased: Unicode.Scalar {
        ("A"..."Z").contains(self) ? Unicode.Scalar(value + 0x20)! : self
    }

    /// `@` and the fullwidth `＠`.
    var isAtSign: Bool {
        self == "@" || self == "\u{FF20}"
    }

    /// `#` and the fullwidth `＃`.
    var isHashSign: Bool {
        self == "#" || self == "\u{FF03}"
    }

    /// Accented Latin letters and combining diacritics, which twitter-text lets into domains and URL paths and
    /// refuses right after a mention.
    var isLatinAccent: Bool {
        switch value {
        case 0x00C0...0x00D6, 0x00D8...0x00F6, 0x00F8...0x00FF, 0x0100...0x024F,
            0x0253, 0x0254, 0x0256, 0x0257, 0x0259, 0x025B, 0x0263, 0x0268, 0x026F, 0x0272, 0x0289, 0x028B,
            0x02BB, 0x0300...0x036F, 0x1E00...0x1EFF:
            true
        default:
            false
        }
    }

    var isLetterOrMark: Bool {
        if isASCII { return isASCIILetter }
        switch properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
            .nonspacingMark, .spacingMark, .enclosingMark:
            return true
        default:
            return false
        }
    }

    var isCyrillic: Bool {
        (0x0400...0x04FF).contains(value)
    }

    /// twitter-text's `UNICODE_SPACES`: Unicode's White_Space characters and U+180E, which was one of them
    /// when twitter-text was written.
    var isTwitterTextSpace: Bool {
        switch value {
        case 0x0009...0x000D, 0x0020, 0x0085, 0x00A0, 0x1680, 0x180E, 0x2000...0x200A, 0x2028, 0x2029, 0x202F,
            0x205F, 0x3000:
            true
        default:
            false
        }
    }

    /// Bidirectional marks, embeddings and isolates, which RTL posts carry around entities.
    var isDirectionalMark: Bool {
        switch value {
        case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }

    /// Java's `\s` without Unicode classes: ASCII whitespace only.
    var isJavaWhitespace: Bool {
        self == " " || (0x09...0x0D).contains(value)
    }

    /// Java's `\p{Punct}`: ASCII punctuation and symbols.
    var isASCIIPunctuation: Bool {
        switch value {
        case 0x21...0x2F, 0x3A...0x40, 0x5B...0x60, 0x7B...0x7E: true
        default: false
        }
    }
}
