/// A post that opens the way a person writes about themselves with the "I" left out: "Loving Harbour Lights
/// on the catch-up app", "Just seen a brilliant sunset", "Can't wait for the weekend", "Quite enjoyed the
/// matinee", "Off to the dentist", "So proud of her". A desk or a brand writes a subject first ("Police
/// arrest two men"); the diary voice drops it. `Metrics` counts such an opening as a first-person word.
///
/// The opening, at the very start of the post (not after "RT @name", whose words are someone else's), is one
/// of, in any case, after at most one adverb (just, finally, really, quite, so, still, totally, actually,
/// absolutely):
/// - a verb of feeling or thinking: loving, love, loved, hate, hating, hated, wish, wishing, enjoying,
///   enjoyed, thinking, wondering, hoping, feeling, had, been; "love" and "hate" only before a word in lower
///   case that is not "and", "or", "is", "was", "of" or "in" ("Love this", not "Love Island" or "Love and
///   chores?"), and not "loved ones";
/// - can't (cant, cannot) wait or believe, off to, heading to, home, out, back, into, for or off, looking
///   forward;
/// - after "just", a verb of something done: seen, saw, watched, had, got, finished, been, found, read,
///   bought, made, heard, woke, ate, arrived, landed, realised, realized ("Just posted a photo", an app's
///   words, is not one);
/// - gutted, bored; or, after an adverb, proud, excited, happy, glad, tired, sad ("So proud of her"; a bare
///   "Proud to announce" or "Excited to share" is a press release's, `CorporateVoice`'s);
/// - a reaction to news, with the "It's" or "I'm" left out: glad, good, nice, great, lovely or sad, "to" and
///   see, hear, read or know ("Glad to see Priya Shah has been picked for the squad", "Good to hear
///   the bakery reopens on Monday"; not the press release's "Pleased to" or "Happy to").
enum DroppedSubject {
    private static let adverbs: Set<String> = [
        "just", "finally", "really", "quite", "so", "still", "totally", "actually", "absolutely",
    ]
    private static let verbs: Set<String> = [
        "loving", "love", "loved", "hate", "hating", "hated", "wish", "wishing", "enjoying", "enjoyed", "thinking",
        "wondering", "hoping", "feeling", "had", "been", "gutted", "bored",
    ]
    private static let afterJust: Set<String> = [
        "seen", "saw", "watched", "had", "got", "finished", "been", "found", "read", "bought", "made", "heard", "woke",
        "ate", "arrived", "landed", "realised", "realized",
    ]
    private static let afterAdverb: Set<String> = ["proud", "excited", "happy", "glad", "tired", "sad"]
    /// "Glad to see", "Good to hear": a person's reaction to what they read.
    private static let reactions: Set<String> = ["glad", "good", "nice", "great", "lovely", "sad"]
    private static let perceptions: Set<String> = ["see", "hear", "read", "know"]
    /// Second words that make "love" or "hate" a noun: "Love and chores?", "Love is ...".
    private static let nounFollowers: Set<String> = ["and", "or", "is", "was", "of", "in"]
    private static let pairs: [String: Set<String>] = [
        "cant": ["wait", "believe"], "cannot": ["wait", "believe"], "off": ["to"],
        "heading": ["to", "home", "out", "back", "into", "for", "off"], "looking": ["forward"],
    ]

    /// Whether the post opens in the diary voice (see the type's notes).
    static func opens(_ prose: [UInt8]) -> Bool {
        var index = 0
        /// The next word of ASCII letters (an apostrophe inside dropped: "can't" is "cant"), in lower case,
        /// after spaces, and whether it began with a capital; nil at anything else.
        func word() -> (text: String, capital: Bool)? {
            while index < prose.count, Metrics.isSpace(prose[index]) { index += 1 }
            var letters: [UInt8] = []
            let capital = index < prose.count && prose[index] >= 0x41 && prose[index] <= 0x5A
            while index < prose.count {
                let byte = prose[index]
                if (byte | 0x20) >= 0x61, (byte | 0x20) <= 0x7A {
                    letters.append(byte | 0x20)
                } else if byte == UInt8(ascii: "'"), !letters.isEmpty, index + 1 < prose.count, (prose[index + 1] | 0x20) >= 0x61,
                          (prose[index + 1] | 0x20) <= 0x7A {
                    // An apostrophe between letters: "can't".
                } else if byte == 0xE2, index + 3 < prose.count, prose[index + 1] == 0x80, prose[index + 2] == 0x99, !letters.isEmpty,
                          (prose[index + 3] | 0x20) >= 0x61, (prose[index + 3] | 0x20) <= 0x7A {
                    index += 2  // a curly apostrophe, "can’t"
                } else {
                    break
                }
                index += 1
            }
            // The word must end here: "Loving," yes, "Love2" or "Lovefilm" no.
            if index < prose.count, WordScanner.isASCIIWordByte(prose[index]) { return nil }
            return letters.isEmpty ? nil : (String(decoding: letters, as: UTF8.self), capital)
        }
        guard var first = word()?.text else { return false }
        var adverb: String?
        if adverbs.contains(first) {
            adverb = first
            guard let next = word()?.text else { return false }
            first = next
        }
        if adverb == "just", afterJust.contains(first) { return true }
        if adverb != nil, afterAdverb.contains(first) { return true }
        if let seconds = pairs[first] { return word().map { seconds.contains($0.text) } ?? false }
        if reactions.contains(first) {
            return word()?.text == "to" && word().map { perceptions.contains($0.text) } ?? false
        }
        guard verbs.contains(first) else { return false }
        if first == "love" || first == "hate" || first == "loved" {
            let next = word()
            if first == "loved" { return next?.text != "ones" }
            guard let next, !next.capital, !nounFollowers.contains(next.text) else { return false }
        }
        return true
    }
}
