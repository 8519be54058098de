/// English syllable estimate, for readability metrics: vowel groups, less a silent final `e`, at least one.
/// Words in other scripts count as one syllable each (readability formulas are English-only anyway).
enum Syllables {
    static func count(_ word: String) -> Int {
        let lower = word.lowercased()
        guard lower.utf8.allSatisfy({ $0 < 0x80 }), lower.contains(where: \.isLetter) else { return 1 }
        let vowels: Set<Character> = ["a", "e", "i", "o", "u", "y"]
        var count = 0
        var previousVowel = false
        for character in lower {
            let vowel = vowels.contains(character)
            if vowel && !previousVowel { count += 1 }
            previousVowel = vowel
        }
        if lower.hasSuffix("e"), !lower.hasSuffix("le"), !lower.hasSuffix("ee"), count > 1 { count -= 1 }
        if lower.hasSuffix("ed"), count > 1, !lower.hasSuffix("ted"), !lower.hasSuffix("ded") { count -= 1 }
        return max(count, 1)
    }
}
