import CandorBytes
import CandorEntities
import CandorRegex

/// Everything the checks read about one post, computed once and shared by all rules: the buffers, entities,
/// metrics, and the byte ranges of each scope (cached on first use).
public final class PostContext {
    public let post: Post
    public let platform: Platform
    /// The post's prose with URLs blanked as well: what `text`-scoped rules match.
    public let prose: [UInt8]
    public let entities: Entities
    public let metrics: Metrics
    /// The words of `prose`, found once: the metrics count them and phrase lists look them up.
    let proseWords: [Range<Int>]
    /// The case-folded hash of each of `proseWords` (`PhraseMatcher.foldedHash`): found once for the post, not
    /// once a list, and read by the voice's phrase table (`VoiceLexicon`) and every list that folds case.
    let foldedWordHashes: [UInt64]
    /// What the voice features read of the words and mentions, found before the metrics (`vocatives`).
    let reading: VoiceReading
    let scratch: MatchScratch
    /// The account's names (config and metadata), for `self_references`.
    private let accountMatcher: PhraseMatcher?
    private var scopeCache: [Scope: [Range<Int>]] = [:]

    /// `replyCopies`: how many people the run has sent the post's words to so far (`ReplyCopies.count(_:)`);
    /// nil for a post that is a run of its own.
    init(post: Post, platform: Platform, accountNames: [String] = [], scratch: MatchScratch, replyCopies: Int? = nil) {
        self.post = post
        self.platform = platform
        self.scratch = scratch
        let proseString = String(decoding: post.prose, as: UTF8.self)
        let extracted = EntityExtractor.extractWithURLs(from: proseString, platform: platform)
        entities = extracted.entities
        var prose = post.prose
        for url in entities.urls {
            for index in url.range where prose[index] != 0x0A { prose[index] = 0x20 }
        }
        self.prose = prose
        let words = prose.withUnsafeBufferPointer { WordScanner.words(in: $0, range: 0..<$0.count) }
        proseWords = words
        // The post's own `account` metadata (one name, or several separated by commas) adds to the config's.
        let names = accountNames + (post.metadataValue("account")?.split(separator: ",").map { String($0.trimmingSpaces()) } ?? [])
        let matcher = names.isEmpty ? nil : PhraseMatcher(phrases: names.filter { !$0.isEmpty }, ignoreCase: true)
        accountMatcher = matcher
        let hashes = prose.withUnsafeBufferPointer { buffer in words.map { PhraseMatcher.foldedHash(buffer[$0]) } }
        foldedWordHashes = hashes
        let found = extracted.entities
        let reading = prose.withUnsafeBufferPointer { buffer in
            VoiceReading(bytes: buffer, words: words, entities: found, hashes: hashes)
        }
        self.reading = reading
        metrics = Metrics(post: post, prose: prose, entities: found, platform: platform, accountNames: matcher,
                          vocatives: reading.vocative ? 1 : 0,
                          words: words, scannedURLs: extracted.urls, replyCopies: replyCopies ?? ReplyCopies.alone(post))
    }

    /// Where the post first names its own account outside mentions and hashtags (`self_references`), as
    /// `Metrics` counts it; asked only when a rule on that count fires.
    func firstSelfReference() -> Range<Int>? {
        guard let accountMatcher else { return nil }
        let named = entities.all.map(\.range)
        var first: Range<Int>?
        prose.withUnsafeBufferPointer { buffer in
            accountMatcher.forEachMatch(in: buffer, range: 0..<buffer.count, words: proseWords) { match, _ in
                if first == nil, !named.contains(where: { $0.overlaps(match) }) { first = match }
            }
        }
        return first
    }

    /// Whether the rule running reads `valeProse` (a Vale style's rule); `Linter` sets it before each rule.
    var readsValeProse = false
    /// The configuration's accepted terms (`accept`, a Vale vocabulary's `accept.txt`), which a Vale style's
    /// capitalization rule takes as exceptions; `Linter` sets them.
    var acceptedTerms: [String] = []

    /// The prose as Vale's checks read it: Vale renders Markdown and matches the text, where markup and code
    /// are gone, not spaces. So each blanked byte (markup, code, a comment, a URL) is `valeFiller` here: a
    /// byte that is no space and no word character, so "enter `animals`." is no run of spaces before the
    /// period, and word boundaries stand where they stood. Offsets are the prose's.
    lazy var valeProse: [UInt8] = {
        var bytes = prose
        let text = post.text
        for index in bytes.indices where bytes[index] == 0x20 && text[index] != 0x20 && text[index] != 0x09 {
            bytes[index] = PostContext.valeFiller
        }
        return bytes
    }()

    static let valeFiller: UInt8 = 0x01

    /// The buffer a scope reads: the post as written for `raw` and `code`, the prose otherwise.
    func buffer(for scope: Scope) -> [UInt8] { scope.readsRaw ? post.text : (readsValeProse ? valeProse : prose) }

    /// The words of a scope that reads the whole prose, found once for the post; nil for any other scope.
    func words(for scope: Scope) -> [Range<Int>]? {
        scope.isWholePost && !scope.readsRaw && prose.count == post.text.count ? proseWords : nil
    }

    /// The byte ranges of `scope` in this post, in order and not overlapping.
    func ranges(for scope: Scope) -> [Range<Int>] {
        if scope.isWholePost { return [0..<post.text.count] }
        if let cached = scopeCache[scope] { return cached }
        var ranges = scope.included.flatMap(ranges(of:)).sorted { $0.lowerBound < $1.lowerBound }
        for part in scope.excluded {
            for cut in self.ranges(of: part) { ranges = ranges.flatMap { $0.subtracting(cut) } }
        }
        scopeCache[scope] = ranges
        return ranges
    }

    private func ranges(of part: Scope.Part) -> [Range<Int>] {
        let whole = 0..<post.text.count
        switch part {
        case .text, .raw:
            return [whole]
        case .sentence:
            // As in Vale, a heading is not a sentence: its text is the `heading` scope's.
            let headings = post.blocks.filter { $0.kind == .heading }.map(\.range)
            guard !headings.isEmpty else { return metrics.sentenceRanges }
            return metrics.sentenceRanges.flatMap { sentence in
                headings.reduce([sentence]) { pieces, heading in pieces.flatMap { $0.subtracting(heading) } }
            }
        case .firstLine:
            let end = post.text.firstIndex(of: 0x0A) ?? post.text.count
            return [0..<end]
        case .entity(let kind):
            return entities.all.filter { $0.kind == kind }.map(\.range)
        case .block(let kind, let level):
            return post.blocks.filter { $0.kind == kind && (level == nil || $0.level == level) }.map(\.range)
        }
    }
}

extension Range where Bound == Int {
    /// This range without `cut`: zero, one or two ranges.
    func subtracting(_ cut: Range<Int>) -> [Range<Int>] {
        guard overlaps(cut) else { return [self] }
        var pieces: [Range<Int>] = []
        if lowerBound < cut.lowerBound { pieces.append(lowerBound..<cut.lowerBound) }
        if cut.upperBound < upperBound { pieces.append(cut.upperBound..<upperBound) }
        return pieces
    }
}
