import CandorBytes

/// Which language a post is written in, guessed simply: by the share of its words that are the commonest
/// short words (articles, pronouns, prepositions, conjunctions) of English and of the languages candor's users
/// most often also post in. A post is taken as not English only on clear evidence: at least three such words of
/// one language, more than twice as many as of English, and a fifth of the post's first 60 words. Anything
/// short or mixed stays English, which the default pack's rules read.
///
/// Hand-written rather than a language-identification library: a post needs only "English or clearly not",
/// and the libraries that do more carry models of megabytes, which the binary should not.
enum LanguageGuess {
    /// The guessed language (ISO 639-1: `en`, `de`, `es`, `fr`, `pt`, `it`, `nl`) of a post whose words have
    /// these case-folded hashes (`PhraseMatcher.foldedHash`, which the post's context holds already), so a
    /// post costs a table look-up a word and no string.
    static func language(ofWordHashes hashes: [UInt64]) -> String {
        var counts = [Int](repeating: 0, count: others.count)
        var english = 0
        let sample = hashes.prefix(60)
        for hash in sample {
            guard let marks = table[hash] else { continue }
            if marks.english { english += 1 }
            for language in marks.languages { counts[language] += 1 }
        }
        guard let hits = counts.max(), hits >= 3, hits > 2 * english, hits * 5 >= sample.count,
              let best = counts.firstIndex(of: hits)
        else { return "en" }
        return others[best].0
    }

    /// Each stopword's hash: whether it is English, and the other languages (by position in `others`) it is one of.
    private static let table: [UInt64: (english: Bool, languages: [Int])] = {
        var table: [UInt64: (english: Bool, languages: [Int])] = [:]
        func hash(_ word: String) -> UInt64 {
            Array(word.utf8).withUnsafeBufferPointer { PhraseMatcher.foldedHash($0[...]) }
        }
        for word in english { table[hash(word), default: (false, [])].english = true }
        for (index, (_, words)) in others.enumerated() {
            for word in words { table[hash(word), default: (false, [])].languages.append(index) }
        }
        return table
    }()

    /// The primary subtag of a language tag, lowercased: "de-DE" and "DE" are "de"; a name people write
    /// ("German", "Español") is its code for the languages guessed here.
    static func code(_ tag: String) -> String {
        let primary = tag.trimmingSpaces().split(whereSeparator: { $0 == "-" || $0 == "_" }).first.map { $0.lowercased() } ?? ""
        return names[primary] ?? primary
    }

    private static let names = [
        "english": "en", "german": "de", "deutsch": "de", "spanish": "es", "español": "es", "espanol": "es",
        "french": "fr", "français": "fr", "francais": "fr", "portuguese": "pt", "português": "pt",
        "italian": "it", "italiano": "it", "dutch": "nl", "nederlands": "nl",
    ]

    /// Words that are common in English and rare as words of the others.
    private static let english: Set<String> = [
        "the", "and", "to", "of", "a", "is", "it", "you", "that", "for", "on", "with", "this", "i", "we", "be",
        "are", "was", "have", "our", "my", "your", "at", "from", "by", "or", "will", "can", "just", "not", "but",
        "they", "what", "all", "so", "about", "if", "new", "more", "out", "up", "get", "how", "when", "do",
    ]

    /// Common short words of each language, leaving out those English shares ("in", "an", "so", "de" is kept:
    /// it is no English word).
    private static let others: [(String, Set<String>)] = [
        ("de", ["der", "die", "das", "und", "ist", "nicht", "ein", "eine", "einen", "mit", "für", "auf", "den",
                "dem", "des", "sich", "auch", "wir", "ich", "sie", "es", "zu", "von", "im", "bei", "unser",
                "unsere", "wird", "sind", "mehr", "heute", "neue", "neuen", "über", "nach", "oder", "aber", "wie"]),
        ("es", ["el", "la", "los", "las", "y", "es", "que", "del", "en", "un", "una", "por", "para", "con",
                "nuestro", "nuestra", "nuevo", "nueva", "hoy", "más", "se", "su", "sus", "lo", "al", "muy",
                "pero", "como", "somos", "está", "están"]),
        ("fr", ["le", "la", "les", "et", "est", "des", "du", "un", "une", "pour", "avec", "dans", "nous",
                "notre", "nos", "sur", "pas", "qui", "que", "ce", "cette", "aux", "au", "plus", "nouveau",
                "nouvelle", "aujourd", "être", "sont", "très"]),
        ("pt", ["o", "os", "as", "e", "é", "um", "uma", "para", "com", "não", "nosso", "nossa", "do", "da",
                "dos", "das", "em", "no", "na", "que", "mais", "hoje", "novo", "nova", "são", "está"]),
        ("it", ["il", "lo", "gli", "le", "e", "è", "un", "una", "per", "con", "non", "nostro", "nostra",
                "del", "della", "dei", "che", "sono", "oggi", "nuovo", "nuova", "più", "alla", "nel"]),
        ("nl", ["de", "het", "een", "en", "is", "van", "met", "voor", "niet", "wij", "we", "onze", "ons",
                "op", "dat", "die", "zijn", "vandaag", "nieuwe", "ook", "naar", "bij", "maar"]),
    ]
}
