/// A variable of a post that `metric` rules read by name and the score model reads by case (`Metrics`
/// defines each). The names are a contract: rule formulas and the JSON report spell them.
public enum Metric: Int, CaseIterable, Sendable {
    case words, sentences, syllables, characters, complexWords, longWords, links, mentions, hashtags, cashtags
    case questions, exclamations, emoji, capsWords, firstPersonSingular, firstPersonPlural, secondPerson, proseWords
    case weightedLength, limit, informal, attributions, selfReferences, reportedSpeech, asks, openingQuestion
    case replyCopies, vocatives

    /// The name a formula and the JSON report use.
    public var name: String {
        switch self {
        case .words: "words"
        case .sentences: "sentences"
        case .syllables: "syllables"
        case .characters: "characters"
        case .complexWords: "complex_words"
        case .longWords: "long_words"
        case .links: "links"
        case .mentions: "mentions"
        case .hashtags: "hashtags"
        case .cashtags: "cashtags"
        case .questions: "questions"
        case .exclamations: "exclamations"
        case .emoji: "emoji"
        case .capsWords: "caps_words"
        case .firstPersonSingular: "first_person_singular"
        case .firstPersonPlural: "first_person_plural"
        case .secondPerson: "second_person"
        case .proseWords: "prose_words"
        case .weightedLength: "weighted_length"
        case .limit: "limit"
        case .informal: "informal"
        case .attributions: "attributions"
        case .selfReferences: "self_references"
        case .reportedSpeech: "reported_speech"
        case .asks: "asks"
        case .openingQuestion: "opening_question"
        case .replyCopies: "reply_copies"
        case .vocatives: "vocatives"
        }
    }

    /// How many there are: `allCases` builds an array at every call.
    static let count = allCases.count

    /// Vale's names for the same variables, so Vale's readability rules load unchanged.
    static let aliases: [String: Metric] = ["polysyllabic_words": .complexWords]

    private static let byName: [String: Metric] = Dictionary(uniqueKeysWithValues: allCases.map { ($0.name, $0) })
        .merging(aliases) { first, _ in first }

    /// The metric a formula names, by its name or a Vale alias.
    public init?(name: String) {
        guard let metric = Metric.byName[name] else { return nil }
        self = metric
    }
}
