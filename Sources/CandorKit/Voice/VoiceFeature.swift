/// The features of a post's voice that the score model reads (docs/score.md), beside
/// the rules that fired. Each is 0 or 1 (`VoiceFeatures` computes them). How long a post runs is left out on
/// purpose: in the development posts people write short and desks long, but a care reply runs long too, and
/// a model that learned length would call every patient answer a press release. Their names are the keys of a score model file, so they are a contract:
/// rename one and every calibrated model names a feature that no longer exists.
public enum VoiceFeature: Int, CaseIterable, Sendable {
    case reply, replyWithoutSubstance, addressedMention, taggedMention, attribution, vocative, reaction
    case question, rhetoricalQuestion, addressedYou, marketingYou, callToAction, firstPerson, weVoice
    case thanks, apology, greeting, casual, emoji, exclamation, hashtag, cashtag, link, reportedSpeech

    /// How many features there are: `allCases` builds an array at every call, and a post's features are
    /// made once a post.
    static let count = allCases.count

    /// The features the coach may turn on, and those it may turn off, in order.
    static let addable = allCases.filter { $0.adviceToAdd != nil }
    static let droppable = allCases.filter { $0.adviceToDrop != nil }

    /// The key in a model file.
    public var name: String {
        switch self {
        case .reply: "reply"
        case .replyWithoutSubstance: "reply_without_substance"
        case .addressedMention: "addressed_mention"
        case .taggedMention: "tagged_mention"
        case .attribution: "attribution"
        case .vocative: "vocative"
        case .reaction: "reaction"
        case .question: "question"
        case .rhetoricalQuestion: "rhetorical_question"
        case .addressedYou: "addressed_you"
        case .marketingYou: "marketing_you"
        case .callToAction: "call_to_action"
        case .firstPerson: "first_person"
        case .weVoice: "we_voice"
        case .thanks: "thanks"
        case .apology: "apology"
        case .greeting: "greeting"
        case .casual: "casual"
        case .emoji: "emoji"
        case .exclamation: "exclamation"
        case .hashtag: "hashtag"
        case .cashtag: "cashtag"
        case .link: "link"
        case .reportedSpeech: "reported_speech"
        }
    }

    /// One line for `candor score --explain` and the model file's comments.
    public var summary: String {
        switch self {
        case .reply: "opens with a mention: a reply"
        case .replyWithoutSubstance: "a reply that answers nothing: no you, I, question, thanks or greeting"
        case .addressedMention: "speaks to someone by @name (\"thanks @ana\", \"@ana, ...\")"
        case .taggedMention: "tags an account mid-sentence (\"with our friends at @brand\")"
        case .attribution: "credits a source by @name (\"via @desk\", \"RT @desk\")"
        case .vocative: "calls someone by name, no @ (\"Thanks, Ana.\", \"Ana, great post\")"
        case .reaction: "a short reaction to someone's work (\"Great work!\", \"Thanks for giving back!\")"
        case .question: "asks a question"
        case .rhetoricalQuestion: "opens with a marketing question (\"Ready to ...?\", \"Looking for ...?\")"
        case .addressedYou: "says \"you\" to someone it answers or names"
        case .marketingYou: "says \"you\" to no one in particular"
        case .callToAction: "gives an order to click (\"Learn more\", \"Join us\"), to no one in particular"
        case .firstPerson: "speaks as \"I\""
        case .weVoice: "speaks as \"we\" or \"our\" to no one in particular"
        case .thanks: "thanks someone"
        case .apology: "apologises"
        case .greeting: "greets someone (\"Hi\", \"Hello\")"
        case .casual: "sounds casual (emoticons, laughter, lower case, \"sooo\")"
        case .emoji: "uses emoji, to no one in particular"
        case .exclamation: "exclaims (!)"
        case .hashtag: "carries a hashtag and speaks to no one"
        case .cashtag: "carries a cashtag ($TICKER) and speaks to no one"
        case .link: "carries a link and speaks to no one"
        case .reportedSpeech: "relays what others said"
        }
    }

    /// The sign the feature's coefficient must take, from what it means: +1 for a mark of conversation, -1
    /// for a mark of broadcast, 0 where the data decides (emoji are a person's and a campaign's, an
    /// exclamation a fan's and a sale's).
    public var sign: Int {
        switch self {
        case .reply, .addressedMention, .vocative, .reaction, .question, .addressedYou, .firstPerson, .thanks,
             .apology, .greeting, .casual:
            1
        case .replyWithoutSubstance, .taggedMention, .attribution, .rhetoricalQuestion, .marketingYou, .callToAction,
             .weVoice, .hashtag, .cashtag, .link, .reportedSpeech:
            -1
        case .emoji, .exclamation:
            0
        }
    }

    public init?(name: String) {
        guard let feature = VoiceFeature.allCases.first(where: { $0.name == name }) else { return nil }
        self = feature
    }

    /// What a writer can do to turn this feature on, for the coach; nil for a feature the coach never asks
    /// for (being a reply is not something a post can become, a link is better dropped than added).
    var adviceToAdd: String? {
        switch self {
        case .addressedMention: "name the person you are answering (@name)"
        case .vocative: "speak to someone by name"
        case .question: "ask a question someone can answer"
        case .firstPerson: "say it as yourself: \"I\""
        case .thanks: "thank someone for something specific"
        default: nil
        }
    }

    /// What a writer can do to turn this feature off; nil when dropping it is no advice.
    var adviceToDrop: String? {
        switch self {
        case .replyWithoutSubstance: "answer the person you reply to, not the audience"
        case .taggedMention: "speak to the accounts you tag instead of about them"
        case .rhetoricalQuestion: "ask a question you want answered, not a sales opener"
        case .marketingYou: "speak to someone in particular, not to every reader"
        case .callToAction: "drop the order to click; say why it matters to you"
        case .weVoice: "let a person speak: \"I\", not \"we\""
        case .hashtag: "drop the campaign hashtags"
        case .cashtag: "drop the cashtag"
        case .link: "drop the link, or say in your own words what is behind it"
        case .reportedSpeech: "say what you think of it, not only what was said"
        default: nil
        }
    }

    /// The marks of a channel, which weigh only on a post that speaks to no one (`VoiceFeatures`).
    static let channelMarks: [VoiceFeature] = [.callToAction, .weVoice, .emoji, .hashtag, .cashtag, .link]

    /// Whether turning this feature on gives the post someone to speak to, so that its "you" is theirs.
    var addresses: Bool { self == .addressedMention || self == .vocative }

    /// The default pack's rules that no longer fire once the coach's change for this feature is made:
    /// naming someone settles `NoMention`, asking settles `NoInvitation`.
    var settles: [String] { Self.settled[rawValue] }

    /// For each rule some change settles, the features whose change settles it, as a bit set of raw values.
    static let settlers: [String: UInt32] = allCases.reduce(into: [:]) { settlers, feature in
        for rule in feature.settles { settlers[rule, default: 0] |= 1 << UInt32(feature.rawValue) }
    }

    private static let settled: [[String]] = allCases.map { feature in
        switch feature {
        case .addressedMention: ["Candor.NoMention"]
        case .question: ["Candor.NoInvitation"]
        case .firstPerson: ["Candor.WeVoice"]
        case .link: ["Candor.LinkOnly", "Candor.Teaser"]
        case .callToAction: ["Candor.CallToActionOnly"]
        case .hashtag: ["Candor.HashtagStuffing"]
        case .reportedSpeech: ["Candor.ReportedSpeech"]
        default: []
        }
    }
}
