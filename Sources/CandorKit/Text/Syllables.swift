/// English syllable estimate, for readability metrics: vowel groups, less a silent final `e` (and a final
/// `ed` that adds no syllable), at least one. Words outside ASCII count as one syllable each: readability
/// formulas are English-only anyway. Works on bytes, since it runs once per word of every post.
enum Syllables {
    static func count<C: Collection>(_ word: C) -> Int where C.Element == UInt8 {
        var count = 0
        var previousVowel = false
        var hasLetter = false
        var last: UInt8 = 0, beforeLast: UInt8 = 0, third: UInt8 = 0
        for byte in word {
            guard byte < 0x80 else { return 1 }
            let lower = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
            let isLetter = lower >= 0x61 && lower <= 0x7A
            hasLetter = hasLetter || isLetter
            let vowel = isVowel(lower)
            if vowel && !previousVowel { count += 1 }
            previousVowel = vowel
            (third, beforeLast, last) = (beforeLast, last, lower)
        }
        guard hasLetter else { return 1 }
        let e = UInt8(ascii: "e"), l = UInt8(ascii: "l"), d = UInt8(ascii: "d"), t = UInt8(ascii: "t")
        if last == e, beforeLast != l, beforeLast != e, count > 1 { count -= 1 }
        if beforeLast == e, last == d, count > 1, third != t, third != d { count -= 1 }
        return max(count, 1)
    }

    static func count(_ word: String) -> Int { count(word.utf8) }

    @inline(__always)
    private static func isVowel(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a"), UInt8(ascii: "e"), UInt8(ascii: "i"), UInt8(ascii: "o"), UInt8(ascii: "u"), UInt8(ascii: "y"): true
        default: false
        }
    }
}
