/// The words and phrases the voice features look for, in one phrase table so that a post's words are looked
/// up once for all of them. Each phrase carries the cues it gives; where it stands in the post decides what
/// it means (`VoiceFeatures`).
///
/// The lists are general English, written from style guides and marketing handbooks rather than taken from
/// any set of posts: words of thanks and apology, greetings, the words people address someone with, the
/// openers of a reaction, the openers of a sales question and the imperatives of a call to action.
struct VoiceLexicon: Sendable {
    struct Cue: OptionSet, Sendable {
        let rawValue: UInt16
        /// Thanks anywhere: "thanks", "thank you", "appreciate".
        static let thanks = Cue(rawValue: 1 << 0)
        /// An apology anywhere: "sorry", "apologies".
        static let apology = Cue(rawValue: 1 << 1)
        /// A greeting anywhere: "hi", "hello", "good morning".
        static let greeting = Cue(rawValue: 1 << 2)
        /// Words that address whoever comes next: "thanks Ana", "hi @ana", "congrats Sam".
        static let address = Cue(rawValue: 1 << 3)
        /// The opener of a reaction, when it opens a short post: "Great work!", "Love this".
        static let reaction = Cue(rawValue: 1 << 4)
        /// The opener of a sales question, when it opens the post: "Ready to ...?", "Looking for ...?".
        static let salesQuestion = Cue(rawValue: 1 << 5)
        /// An imperative that asks for a click, when it opens a sentence: "Learn more", "Join us".
        static let callToAction = Cue(rawValue: 1 << 6)
        /// A call to action wherever it stands: "link in bio".
        static let callToActionAnywhere = Cue(rawValue: 1 << 7)
        /// "you" and its casual spellings: after a mention that opens a sentence, it addresses that person.
        static let you = Cue(rawValue: 1 << 8)
    }

    private static let entries: [(Cue, [String])] = [
        (.thanks, [
            "thank", "thanks", "thank you", "thanks for", "thank you for", "thx", "ty", "appreciate", "appreciated",
            "grateful", "kudos",
        ]),
        (.apology, ["sorry", "apologies", "apologise", "apologize", "apologised", "apologized", "my bad"]),
        (.greeting, ["hi", "hello", "hey", "hiya", "howdy", "dear", "good morning", "good afternoon", "good evening"]),
        (.address, [
            "thanks", "thank you", "thx", "ty", "cheers", "hi", "hello", "hey", "hiya", "dear", "yo", "congrats",
            "congratulations", "welcome", "cc", "happy birthday", "good luck", "well done", "nice one", "good one",
            "great post", "great work", "great job", "great point", "good point", "good job", "nice work", "bravo",
            "sorry", "love you", "miss you", "good morning", "good night", "morning", "night", "bye", "see you",
            "kudos", "go", "agreed", "exactly", "love this", "so true", "well said",
        ]),
        (.reaction, [
            "great", "nice", "love", "loved", "loving", "amazing", "awesome", "congrats", "congratulations",
            "well done", "thanks for", "thank you for", "bravo", "beautiful", "brilliant", "so proud", "proud of",
            "good job", "great job", "wow", "agreed", "exactly", "fantastic", "wonderful", "incredible", "cool",
            "lovely", "so good", "happy birthday", "well said", "spot on", "kudos", "love it", "love this",
            "nice one", "good one", "great work", "great post", "yes", "so true", "what a", "how cool", "omg",
            "haha", "lol", "ha", "yay", "woohoo", "hooray", "hear hear",
        ]),
        (.salesQuestion, [
            "ready to", "ready for", "want to", "want a", "want more", "wanna", "looking for", "need a", "need an",
            "need some", "need more", "need help", "hungry", "craving", "thirsty", "did you know", "ever wonder",
            "ever wondered", "ever wanted", "have you ever", "who's ready", "who is ready", "tired of",
            "struggling with", "searching for", "dreaming of", "in the mood for", "what better way", "why not",
            "got plans", "can't decide", "are you ready", "do you want", "do you need",
        ]),
        (.callToAction, [
            "learn more", "learn how", "read more", "read the", "read our", "find out", "see how", "see why",
            "see what", "see more", "discover", "join us", "join the", "join our", "tune in", "reserve", "get yours",
            "grab yours", "get your", "grab your", "click", "shop", "order", "sign up", "register", "download",
            "watch", "check out", "visit", "follow us", "subscribe", "don't miss", "do not miss", "book now",
            "apply now", "apply today", "rsvp", "swipe up", "explore", "head to", "head over", "stop by",
            "get started", "try", "enter", "vote", "donate", "save the date", "listen", "tap", "view", "meet",
            "hurry", "claim", "buy", "call", "save", "celebrate", "catch", "get ready", "stay tuned",
        ]),
        (.callToActionAnywhere, ["link in bio", "link in our bio", "click the link", "click here", "tap the link"]),
        (.you, ["you", "your", "you're", "youre", "u", "ur", "ya", "y'all", "yall"]),
    ]

    /// Every phrase once, and the cues of each, in the same order.
    private let cues: [Cue]
    private let matcher: PhraseMatcher

    static let shared = VoiceLexicon()

    private init() {
        var order: [String] = []
        var cues: [String: Cue] = [:]
        for (cue, phrases) in VoiceLexicon.entries {
            for phrase in phrases {
                if cues[phrase] == nil { order.append(phrase) }
                cues[phrase, default: []].insert(cue)
            }
        }
        self.cues = order.map { cues[$0]! }
        matcher = PhraseMatcher(phrases: order, ignoreCase: true)
    }

    /// Calls `body` with each phrase of the table found among `words` (longest first at a position, as a
    /// rule's list matches), and its cues.
    func forEachCue(
        in bytes: UnsafeBufferPointer<UInt8>, words: [Range<Int>], foldedHashes: @autoclosure () -> [UInt64],
        _ body: (Range<Int>, Cue) -> Void
    ) {
        matcher.forEachMatch(in: bytes, range: 0..<bytes.count, words: words, foldedHashes: foldedHashes()) { range, id in
            body(range, cues[id])
        }
    }
}
