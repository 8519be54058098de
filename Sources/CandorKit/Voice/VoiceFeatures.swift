/// The voice features of one post (`VoiceFeature`): who it speaks to and how, read from its words, its
/// entities and its metrics. The score model weighs them beside the rules that fired.
///
/// The distinctions are the ones that tell a person in a conversation from a channel that borrows its forms:
/// a mention that speaks to someone ("thanks @ana") from one that tags a partner mid-sentence; a "you" said to
/// someone the post answers or names from a "you" said to every reader; a question someone can answer from a
/// sales opener ("Ready to ...?"); a reply that answers from a reply that delivers a talking point; and people
/// addressed by name without an @ ("Thanks, Ana.", "Ana, another great post").
public struct VoiceFeatures: Sendable, Equatable {
    /// Indexed by `VoiceFeature.rawValue`.
    public private(set) var values: [Double]

    public subscript(feature: VoiceFeature) -> Double {
        get { values[feature.rawValue] }
        set { values[feature.rawValue] = newValue }
    }

    /// Every feature 0.
    public init() {
        values = Array(repeating: 0, count: VoiceFeature.count)
    }

    /// A short post is at most this many words of the writer's own: a reaction, not an article.
    static let reactionWords = 12

    init(context: PostContext) {
        self.init()
        let metrics = context.metrics
        let entities = context.entities
        let reading = context.reading
        let isReply = entities.isReply
        let attributions = Int(metrics[.attributions])
        let tagged = max(0, reading.bodyMentions - reading.addressedMentions - attributions)

        self[.reply] = isReply ? 1 : 0
        self[.addressedMention] = reading.addressedMentions > 0 ? 1 : 0
        self[.taggedMention] = tagged > 0 ? 1 : 0
        self[.attribution] = attributions > 0 ? 1 : 0
        self[.vocative] = reading.vocative ? 1 : 0
        self[.reaction] = reading.reaction ? 1 : 0
        self[.question] = metrics[.questions] > 0 ? 1 : 0
        self[.rhetoricalQuestion] = reading.salesOpener && !isReply && metrics[.questions] > 0 ? 1 : 0
        self[.firstPerson] = metrics[.firstPersonSingular] > 0 ? 1 : 0
        self[.thanks] = reading.thanks ? 1 : 0
        self[.apology] = reading.apology ? 1 : 0
        self[.greeting] = reading.greeting ? 1 : 0
        self[.casual] = metrics[.informal] > metrics[.emoji] ? 1 : 0
        self[.exclamation] = metrics[.exclamations] > 0 ? 1 : 0
        self[.reportedSpeech] = metrics[.reportedSpeech] > 0 ? 1 : 0

        // Someone the post speaks to: the person it replies to, names by @ or calls by name.
        let addressee = isReply || reading.addressedMentions > 0 || reading.vocative
        let says = metrics[.secondPerson] > 0
        self[.addressedYou] = says && addressee ? 1 : 0
        self[.marketingYou] = says && !addressee ? 1 : 0
        // A reply with nothing in it for the person: no "you", "I", question, thanks, apology, greeting, name or
        // reaction. "@ana Our latest update: <link>" is a talking point in a reply's form.
        let answers = says || metrics[.questions] > 0 || metrics[.firstPersonSingular] > 0 || reading.thanks
            || reading.apology || reading.greeting || reading.vocative || reading.reaction
        self[.replyWithoutSubstance] = isReply && !answers ? 1 : 0

        // The marks of a channel weigh on a post that speaks to no one. A post that answers someone is judged
        // on whether it answers: a care reply's "we" and its link to the help page are how a company answers.
        let speaks = (isReply && answers) || reading.addressedMentions > 0 || reading.vocative
        self[.callToAction] = reading.callToAction ? 1 : 0
        self[.weVoice] = metrics[.firstPersonPlural] > 0 ? 1 : 0
        self[.emoji] = metrics[.emoji] > 0 ? 1 : 0
        self[.hashtag] = metrics[.hashtags] > 0 ? 1 : 0
        self[.cashtag] = metrics[.cashtags] > 0 ? 1 : 0
        self[.link] = metrics[.links] > 0 ? 1 : 0
        if speaks { for mark in VoiceFeature.channelMarks { self[mark] = 0 } }
    }
}
