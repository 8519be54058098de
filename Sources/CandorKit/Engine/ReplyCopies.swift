import CandorBytes

/// How many different people one run of posts sends the same reply to: the run-level fact behind the
/// `reply_copies` variable (and `Candor.FormReply`). A reply whose words, after the mentions it opens with, go
/// unchanged to many people is a form letter: a notice in a reply's clothing ("@ann Hello! We've moved our help
/// desk over to @kettlehelp. Thanks!", sent to a hundred people). No single post shows it; the run does.
///
/// The run is counted as it streams, in input order: each reply learns how many people its words have gone
/// to so far, itself included. So the fifth copy of a letter knows it is the fifth, and the first four do not
/// know what follows them, as a repetition check flags the repeat and not the first word. Reading every
/// source twice to flag the first copies too was measured at 11% more instructions on a slice of the
/// benchmark queue (counting as the run streams: 1.4%), for a handful of posts. Only two hashes per
/// distinct reply are kept, and no more than `capacity` of them, so memory stays small however large the
/// queue: past that, new wordings count once.
///
/// Words are compared as `WordScanner` finds them, in lower case, links left out, so punctuation, spacing and
/// a per-person tracking link do not make two copies of a letter different. Replies of fewer than
/// `minimumWords` words ("Thanks, that's fixed now!") are how people answer, not form letters, and are not
/// counted.
public struct ReplyCopies: Sendable {
    public static let minimumWords = 6
    /// Distinct (words, recipients) pairs remembered at most.
    public static let capacity = 1 << 18

    /// A reply's words and who it goes to, hashed.
    struct Key: Hashable, Sendable {
        let words: UInt64
        let recipients: UInt64
    }

    /// Different recipients so far by the hash of the words sent to them.
    private var recipients: [UInt64: Int] = [:]
    private var pairs: Set<Key> = []

    public init() {}

    /// Takes `post` as the run's next post, and returns how many different people its words have gone to so
    /// far in the run, its own addressee included: 1 for the first copy, 0 for a post that is not a reply of
    /// `minimumWords` or more.
    public mutating func count(_ post: Post) -> Int {
        guard let key = Self.key(of: post.prose) else { return 0 }
        if pairs.count < Self.capacity, pairs.insert(key).inserted { recipients[key.words, default: 0] += 1 }
        return max(recipients[key.words] ?? 1, 1)
    }

    /// `count(_:)` for a post that is a run of its own.
    public static func alone(_ post: Post) -> Int { key(of: post.prose) == nil ? 0 : 1 }

    /// The hashed words and recipients of a post that opens with mentions and then says at least
    /// `minimumWords` words; nil for any other.
    static func key(of prose: [UInt8]) -> Key? {
        prose.withUnsafeBufferPointer { bytes -> Key? in
            var index = 0
            var people: [UInt64] = []
            while true {
                while index < bytes.count, Metrics.isSpace(bytes[index]) { index += 1 }
                let sigil = index < bytes.count && bytes[index] == UInt8(ascii: "@") ? 1
                    : index + 2 < bytes.count && bytes[index] == 0xEF && bytes[index + 1] == 0xBC && bytes[index + 2] == 0xA0 ? 3 : 0
                guard sigil > 0 else { break }
                var end = index + sigil
                while end < bytes.count, !Metrics.isSpace(bytes[end]) { end += 1 }
                // "@maria:" and "@maria," address maria.
                var handleEnd = end
                while handleEnd > index + sigil, bytes[handleEnd - 1] == UInt8(ascii: ":") || bytes[handleEnd - 1] == UInt8(ascii: ",")
                    || bytes[handleEnd - 1] == UInt8(ascii: ".") {
                    handleEnd -= 1
                }
                guard handleEnd > index + sigil else { break }
                var hash = FNV1a()
                hash.add(asciiLowercased: bytes[(index + sigil)..<handleEnd])
                people.append(hash.value)
                index = end
            }
            guard !people.isEmpty else { return nil }
            var words = FNV1a()
            var count = 0
            while index < bytes.count {
                while index < bytes.count, Metrics.isSpace(bytes[index]) { index += 1 }
                var end = index
                while end < bytes.count, !Metrics.isSpace(bytes[end]) { end += 1 }
                if end > index, !isLink(bytes[index..<end]) {
                    WordScanner.forEachWord(in: bytes, range: index..<end) { word in
                        words.add(asciiLowercased: bytes[word])
                        words.add(0x20)
                        count += 1
                    }
                }
                index = end
            }
            guard count >= minimumWords else { return nil }
            var recipients = FNV1a()
            for person in people.sorted() { recipients.add(littleEndian: person) }
            return Key(words: words.value, recipients: recipients.value)
        }
    }

    /// A token that is a link: it holds "://" or starts with "www.". Compared byte by byte: it runs on every
    /// token of every reply, and the generic `starts(with:)` cost 100 instructions a call.
    private static func isLink(_ token: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        let start = token.startIndex, end = token.endIndex
        if end - start >= 4, token[start] | 0x20 == UInt8(ascii: "w"), token[start + 1] == token[start],
           token[start + 2] == token[start], token[start + 3] == UInt8(ascii: ".") { return true }
        var index = start
        while index + 3 <= end {
            if token[index] == UInt8(ascii: ":"), token[index + 1] == UInt8(ascii: "/"), token[index + 2] == UInt8(ascii: "/") { return true }
            index += 1
        }
        return false
    }
}
