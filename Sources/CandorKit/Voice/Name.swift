/// Whether a word reads as a person's name where a name would address someone: capitalised, the rest in
/// lower case ("Ana", "Émile"; not "NASA"), and not one of the capitalised words that open a sentence, greet,
/// or address a crowd ("Today", "However", "Everyone", "Team"), nor a day or a month.
enum Name {
    static func isName(_ word: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        guard word.count >= 2, word.count <= 24, let lead = word.first else { return false }
        // Most words are ASCII: a capital, then small letters, read byte by byte. Anything else takes the
        // Unicode properties, which cost ten times as much.
        if lead < 0x80 {
            guard lead >= 0x41 && lead <= 0x5A else { return false }
            var index = word.startIndex + 1
            while index < word.endIndex, word[index] >= 0x61 && word[index] <= 0x7A { index += 1 }
            if index == word.endIndex { return notAdverbNorListed(word) }
            guard word[index] >= 0x80 else { return false }
        }
        var index = word.startIndex
        var first = true
        while index < word.endIndex {
            let (scalar, length) = word[index] < 0x80
                ? (Unicode.Scalar(word[index]), 1) : WordScanner.decode(at: index - word.startIndex, in: UnsafeBufferPointer(rebasing: word))
            if first ? !scalar.properties.isUppercase : scalar.properties.isUppercase { return false }
            if !scalar.properties.isAlphabetic { return false }
            first = false
            index += length
        }
        return notAdverbNorListed(word)
    }

    /// Not an adverb in "-ly" ("Finally") nor a word of `notNames`.
    private static func notAdverbNorListed(_ word: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        if word.last == UInt8(ascii: "y"), word.count > 3, word[word.endIndex - 2] == UInt8(ascii: "l") { return false }
        return !notNames.contains(WordCounts.lowercased(word))
    }

    static func startsUpperCase(_ word: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        guard let lead = word.first else { return false }
        if lead < 0x80 { return lead >= 0x41 && lead <= 0x5A }
        return WordScanner.decode(at: 0, in: UnsafeBufferPointer(rebasing: word)).0.properties.isUppercase
    }

    static func startsLowerCase(_ word: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        guard let lead = word.first else { return false }
        if lead < 0x80 { return lead >= 0x61 && lead <= 0x7A }
        return WordScanner.decode(at: 0, in: UnsafeBufferPointer(rebasing: word)).0.properties.isLowercase
    }

    /// Capitalised words that are no one's name where a name would stand: function words and sentence
    /// openers, words that greet or react, crowds, and the calendar.
    private static let notNames = Set([
        // Function words and sentence openers.
        "a", "an", "the", "and", "but", "or", "so", "yet", "for", "nor", "if", "then", "than", "that", "this",
        "these", "those", "there", "here", "what", "who", "why", "how", "when", "where", "which", "it", "its",
        "he", "she", "we", "they", "you", "me", "him", "her", "us", "them", "my", "our", "your", "their", "his",
        "i", "im", "is", "are", "was", "were", "be", "do", "did", "does", "has", "have", "had", "can", "will",
        "would", "should", "could", "may", "might", "must", "not", "no", "yes", "yeah", "yep", "nope", "ok",
        "okay", "oh", "ah", "aw", "well", "now", "again", "also", "too", "still", "just", "even", "plus",
        "however", "meanwhile", "anyway", "besides", "instead", "otherwise", "indeed", "today", "tonight",
        "tomorrow", "yesterday", "soon", "later", "earlier", "first", "second", "third", "next", "last", "finally",
        "remember", "reminder", "note", "update", "breaking", "news", "please", "sure", "right", "alright",
        "wow", "yay", "ugh", "hmm", "lol", "omg", "haha", "great", "good", "nice", "cool", "love", "thanks",
        "thank", "sorry", "congrats", "congratulations", "cheers", "welcome", "hi", "hey", "hello", "dear",
        "morning", "evening", "afternoon", "night", "bye", "after", "before", "since", "until", "while", "with",
        "without", "from", "into", "about", "all", "both", "each", "every", "some", "any", "many", "much", "more",
        "most", "other", "another", "one", "two", "three", "new", "big", "best", "happy", "merry", "god",
        "goodness", "heavens", "lord", "jesus", "christ", "again", "true", "exactly", "agreed", "absolutely",
        // Crowds: to address everyone is to address no one in particular.
        "everyone", "everybody", "anyone", "anybody", "someone", "somebody", "nobody", "all", "guys", "folks",
        "friends", "fans", "followers", "team", "people", "ladies", "gentlemen", "customers", "members",
        "y'all", "yall", "world", "internet", "twitter",
        // The calendar.
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
        "march", "april", "june", "july", "august", "september", "october", "november", "december", "christmas",
        "easter", "weekend", "week", "month", "year",
    ])
}
