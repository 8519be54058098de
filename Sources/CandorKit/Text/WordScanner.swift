/// Finds words in UTF-8 bytes the way PCRE2's `\w` does with UCP: letters, numbers, combining marks and
/// underscore. Shared by the phrase matcher and the metrics, so both agree on what a word is.
enum WordScanner {
    /// Whether the scalar at `offset` is a word character, and the scalar's length in bytes.
    @inline(__always)
    static func wordCharacter(at offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (isWord: Bool, length: Int) {
        let lead = bytes[offset]
        if lead < 0x80 { return (isASCIIWordByte(lead), 1) }
        let (scalar, length) = decode(at: offset, in: bytes)
        return (isWordScalar(scalar), length)
    }

    /// An ASCII digit, letter or underscore.
    @inline(__always)
    static func isASCIIWordByte(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A) || byte == 0x5F
    }

    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return isASCIIWordByte(UInt8(scalar.value)) }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .decimalNumber, .letterNumber, .otherNumber, .nonspacingMark, .spacingMark, .connectorPunctuation:
            return true
        default:
            return false
        }
    }

    @inline(__always)
    static func decode(at offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (Unicode.Scalar, Int) {
        let lead = bytes[offset]
        let length = lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
        guard offset + length <= bytes.count else { return ("\u{FFFD}", 1) }
        var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for index in 1..<length { value = value << 6 | UInt32(bytes[offset + index] & 0x3F) }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }

    /// Whether `range` holds a word: stops at the first word character rather than reading every word.
    static func containsWord(in bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>) -> Bool {
        var index = range.lowerBound
        while index < range.upperBound {
            let (isWord, length) = wordCharacter(at: index, in: bytes)
            if isWord { return true }
            index += length
        }
        return false
    }

    /// The byte ranges of the words in `bytes[range]`, in order.
    static func words(in bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>) -> [Range<Int>] {
        var words: [Range<Int>] = []
        // A word and the byte after it take two bytes at least: a post's words fit one allocation, not one
        // per doubling (a long text grows past the cap as usual).
        words.reserveCapacity(min(range.count / 2 + 1, 4096))
        forEachWord(in: bytes, range: range) { words.append($0) }
        return words
    }

    /// Calls `body` with the byte range of every word in `bytes[range]`, in order.
    static func forEachWord(in bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>, _ body: (Range<Int>) -> Void) {
        var index = range.lowerBound
        var start: Int?
        while index < range.upperBound {
            let (isWord, length) = wordCharacter(at: index, in: bytes)
            if isWord {
                if start == nil { start = index }
            } else if let wordStart = start {
                body(wordStart..<index)
                start = nil
            }
            index += length
        }
        if let wordStart = start { body(wordStart..<range.upperBound) }
    }
}
