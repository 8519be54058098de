import CandorEntities

/// One pass over a post's words and mentions for the cues `VoiceFeatures` reads: courtesy, reactions, sales
/// openers, calls to action, people called by name, and which mentions speak to someone. Made once a post,
/// by its context, before the metrics: `vocatives` is one of them.
struct VoiceReading: Sendable {
    var thanks = false, apology = false, greeting = false
    var reaction = false, salesOpener = false, callToAction = false, vocative = false
    /// Mentions outside the opening run of a reply, and those of them that speak to the person.
    var bodyMentions = 0, addressedMentions = 0

    init(bytes: UnsafeBufferPointer<UInt8>, words: [Range<Int>], entities: Entities, hashes: [UInt64]) {
        let mentions = entities.mentions
        // The words of the writer's own: not a mention's, hashtag's or cashtag's name (URLs are blanked).
        var own: [Range<Int>] = []
        own.reserveCapacity(words.count)
        var entityIndex = 0
        let tags = entities.all
        for word in words {
            while entityIndex < tags.count, tags[entityIndex].range.upperBound <= word.lowerBound { entityIndex += 1 }
            if entityIndex < tags.count, tags[entityIndex].range.overlaps(word) { continue }
            own.append(word)
        }
        let opening = own.first?.lowerBound
        var addressEnds: [Int] = []
        var youStarts: [Int] = []
        var reactionStarts: [Int] = []
        VoiceLexicon.shared.forEachCue(in: bytes, words: words, foldedHashes: hashes) { range, cue in
            if tags.contains(where: { $0.range.overlaps(range) }) { return }
            if cue.contains(.thanks) { thanks = true }
            if cue.contains(.apology) { apology = true }
            if cue.contains(.greeting) { greeting = true }
            if cue.contains(.address) { addressEnds.append(range.upperBound) }
            if cue.contains(.you) { youStarts.append(range.lowerBound) }
            if cue.contains(.reaction) || cue.contains(.thanks) { reactionStarts.append(range.lowerBound) }
            if range.lowerBound == opening {
                if cue.contains(.reaction) && own.count <= VoiceFeatures.reactionWords { reaction = true }
                if cue.contains(.salesQuestion) { salesOpener = true }
            }
            if cue.contains(.callToActionAnywhere) { callToAction = true }
            if cue.contains(.callToAction) && VoiceReading.opensSentence(range.lowerBound, in: bytes, own: own) {
                callToAction = true
            }
        }
        vocative = VoiceReading.callsByName(bytes: bytes, own: own, addressEnds: addressEnds)

        let replyRun = entities.isReply ? VoiceReading.openingRun(of: mentions, in: bytes) : 0
        for mention in mentions.dropFirst(replyRun) {
            bodyMentions += 1
            if VoiceReading.addresses(mention.range, in: bytes, addressEnds: addressEnds, youStarts: youStarts,
                                 reactionStarts: reactionStarts) {
                addressedMentions += 1
            }
        }
    }

    /// How many mentions open the post, one after another: the people a reply answers.
    static func openingRun(of mentions: [Entity], in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var count = 0
        var position = 0
        for mention in mentions {
            guard onlySpace(bytes, position..<mention.range.lowerBound) else { break }
            count += 1
            position = mention.range.upperBound
        }
        return count
    }

    /// Whether a mention speaks to its person: after words that address ("thanks @ana", "hi @ana, ..."); at
    /// a sentence's start, before a comma, "!", "?", "you" or a reaction ("@ana, look", ".@ana great work");
    /// or after a comma at the end of a sentence ("Great post, @ana!").
    static func addresses(
        _ mention: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>, addressEnds: [Int], youStarts: [Int],
        reactionStarts: [Int]
    ) -> Bool {
        let before = previousVisible(before: mention.lowerBound, in: bytes)
        if addressEnds.contains(where: { $0 <= mention.lowerBound && onlySpaceOrComma(bytes, $0..<mention.lowerBound) }) {
            return true
        }
        let after = nextVisible(from: mention.upperBound, in: bytes)
        if before == nil || before.map({ isSentenceEnd(bytes[$0]) }) == true {
            if let after, [UInt8(ascii: ","), UInt8(ascii: "!"), UInt8(ascii: "?")].contains(bytes[after]) { return true }
            if let after, youStarts.contains(after) || reactionStarts.contains(after) { return true }
        }
        if let before, bytes[before] == UInt8(ascii: ","), after == nil || after.map({ isSentenceEnd(bytes[$0]) }) == true {
            return true
        }
        return false
    }

    /// Whether the post calls someone by name without an @: a name after words that address ("Thanks, Ana.",
    /// "Congrats Sam!"), a name and a comma that open the post ("Ana, another great post"), or a name after a
    /// comma that ends a sentence ("Love this, Ana!").
    static func callsByName(bytes: UnsafeBufferPointer<UInt8>, own: [Range<Int>], addressEnds: [Int]) -> Bool {
        for (index, word) in own.enumerated() {
            // Where a name would address someone, cheapest test first; only then whether the word is a name.
            let before = previousVisible(before: word.lowerBound, in: bytes)
            let afterCue = !addressEnds.isEmpty
                && addressEnds.contains { $0 <= word.lowerBound && onlySpaceOrComma(bytes, $0..<word.lowerBound) }
            let afterComma = index > 0 && before.map { bytes[$0] == UInt8(ascii: ",") } == true
            guard afterCue || afterComma || index == 0 else { continue }
            let next = nextVisible(from: word.upperBound, in: bytes)
            let endsSentence = next == nil || next.map { isSentenceEnd(bytes[$0]) } == true
            // "Thanks, Ana." "Congrats Sam on ...": after words that address, before a sentence's end, a comma
            // or a word in lower case.
            let cued = afterCue && (endsSentence || next.map { bytes[$0] == UInt8(ascii: ",") } == true
                || (index + 1 < own.count && own[index + 1].lowerBound == next && Name.startsLowerCase(bytes[own[index + 1]])))
            // "Ana, another great post": a name and a comma open the post.
            let opening = index == 0 && next.map { bytes[$0] == UInt8(ascii: ",") } == true
                && before.map { isSentenceEnd(bytes[$0]) } ?? true
            // "Love this, Ana!"; not "in Austin, Texas.", where the word before the comma is a name too.
            let closing = afterComma && endsSentence && !Name.startsUpperCase(bytes[own[index - 1]])
            if (cued || opening || closing) && Name.isName(bytes[word]) { return true }
        }
        return false
    }

    /// Whether the word at `start` opens a sentence: no word of the writer's own before it, or a sentence's
    /// end, a colon, a line break, a dash or an emoji between it and the last one.
    static func opensSentence(_ start: Int, in bytes: UnsafeBufferPointer<UInt8>, own: [Range<Int>]) -> Bool {
        guard let previous = own.last(where: { $0.upperBound <= start }) else { return true }
        var index = previous.upperBound
        while index < start {
            let byte = bytes[index]
            if isSentenceEnd(byte) || byte == UInt8(ascii: ":") || byte == UInt8(ascii: ";") || byte == UInt8(ascii: "|") || byte >= 0xF0 {
                return true
            }
            if byte == UInt8(ascii: "-"), index > previous.upperBound, bytes[index - 1] == 0x20 { return true }
            if byte == 0xE2, index + 2 < start, bytes[index + 1] == 0x80, bytes[index + 2] == 0x93 || bytes[index + 2] == 0x94 {
                return true  // an en or em dash
            }
            index += 1
        }
        return false
    }

    static func isSentenceEnd(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: ".") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?") || byte == 0x0A
    }

    static func onlySpace(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        range.allSatisfy { Metrics.isSpace(bytes[$0]) }
    }

    static func onlySpaceOrComma(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        range.allSatisfy { Metrics.isSpace(bytes[$0]) || bytes[$0] == UInt8(ascii: ",") }
    }

    /// The offset of the last byte before `offset` that is not a space (a line break counts as visible).
    static func previousVisible(before offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var index = offset - 1
        while index >= 0, bytes[index] == 0x20 || bytes[index] == 0x09 || bytes[index] == 0x0D { index -= 1 }
        return index >= 0 ? index : nil
    }

    /// The offset of the first byte from `offset` on that is not a space or a line break.
    static func nextVisible(from offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var index = offset
        while index < bytes.count, Metrics.isSpace(bytes[index]) { index += 1 }
        return index < bytes.count ? index : nil
    }
}
