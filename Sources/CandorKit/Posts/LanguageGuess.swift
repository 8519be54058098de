/// Which language a post is written in, guessed simply: by the share of its words that are the commonest
/// short words (articles, pronouns, prepositions, conjunctions) of English and of the languages candor's users
/// most often also post in. A post is taken as not English only on clear evidence: at least three such words of
/// one language, more than twice as many as of English, and a fifth of the post's first 60 words. Anything
/// short or mixed stays English, which the default pack's rules read.
///
/// Hand-written rather than a language-identification library: a post needs only "English or clearly not",
/// and the libraries that do more carry models of megabytes, which the binary should not.
enum LanguageGuess {
    /// The guessed language (ISO 639-1: `en`, `de`, `es`, `fr`, `pt`, `it`, `nl`) of `words` in `bytes`.
    static func language(of words: [Range<Int>], in bytes: [UInt8]) -> String {
        var counts: [String: Int] = [:]
        var english = 0
        let sample = words.prefix(60)
        for range in sample where range.count <= 6 {
            let word = String(decoding: bytes[range], as: UTF8.self).lowercased()
            if Self.english.contains(word) { english += 1 }
            for (language, stopwords) in Self.others where stopwords.contains(word) { counts[language, default: 0] += 1 }
        }
        guard let (best, hits) = counts.max(by: { ($0.value, $1.key) < ($1.value, $0.key) }),
              hits >= 3, hits > 2 * english, hits * 5 >= sample.count
        else { return "en" }
        return best
    }

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
