import CandorEntities
import CandorRegex

/// Lints posts with a set of rules: builds each post's context once, runs every rule on it, maps matches
/// back to the source, applies suppressions, `accept` and `limit`, and scores the post. Immutable, so one
/// linter serves every worker thread; each post is linted with a `MatchScratch` of its own while it lasts
/// (`MatchScratchPool`), held by its `PostContext`.
public final class Linter: Sendable {
    public let rules: [Rule]
    public let scorer: Scorer
    /// The platform of posts whose metadata names none.
    public let platform: Platform
    private let postRules: [PostRule]
    private let feedRules: [(rule: Rule, formula: MetricExpression?, condition: MetricCondition)]
    private let accept: Exceptions
    private let acceptedTerms: [String]
    /// The names the account goes by (config `account.names`); a post's `account` metadata adds its own.
    public let accountNames: [String]
    /// The language of posts whose metadata names none (config `lang`); nil: guessed per post (`LanguageGuess`).
    public let language: String?
    /// Whether some rule reads only some languages, so a post's language must be known.
    private let readsLanguage: Bool

    /// Text these match is not linted (a Vale configuration's `TokenIgnores`, `BlockIgnores`, `IgnoredScopes`).
    private let ignores: [Pattern]

    public init(
        rules: [Rule], platform: Platform = .x, accept: [String] = [], accountNames: [String] = [],
        ignoring ignorePatterns: [String] = [], language: String? = nil, scoring: ScoringOptions = ScoringOptions()
    ) throws(LoadError) {
        var ignores: [Pattern] = []
        for source in ignorePatterns {
            do { ignores.append(try Pattern(source)) } catch {
                throw LoadError(path: "configuration", key: "TokenIgnores", message: "pattern does not compile: \(error)")
            }
        }
        self.ignores = ignores
        self.rules = rules
        self.platform = platform
        self.accountNames = accountNames
        self.language = language
        readsLanguage = rules.contains { $0.languages != nil }
        // The config's model, else that of the first pack of these rules that carries one.
        let model = scoring.model ?? rules.lazy.compactMap { EmbeddedPacks.model(of: $0.pack) }.first ?? .empty
        scorer = Scorer(model: model, options: scoring, rules: rules)
        postRules = rules.compactMap { rule in
            if case .post(let check) = rule.body { return PostRule(rule: rule, check: check) }
            return nil
        }
        feedRules = rules.compactMap { rule in
            if case .feed(let formula, let condition) = rule.body { return (rule, formula, condition) }
            return nil
        }
        acceptedTerms = accept
        do {
            self.accept = try Exceptions(accept, ignoreCase: true)
        } catch {
            throw LoadError(path: "configuration", key: "accept", message: "entry does not compile: \(error)")
        }
    }

    /// The platform a post is written for: its metadata's `platform` (a `Platform` column too), else the
    /// linter's. An unknown name is the linter's platform as well; the run warns about it
    /// (`Post.unknownPlatformWarning`).
    public func platform(of post: Post) -> Platform {
        post.metadataValue("platform").flatMap { Platform(named: $0) } ?? platform
    }

    /// Lints `post`; a `timer` (the calling thread's own) adds each rule's time. `replyCopies` is what the run
    /// knows of the post's words (`ReplyCopies.count(_:)`, for `reply_copies`); without it the post is taken as
    /// a run of its own.
    public func lint(_ post: Post, timer: RuleTimer? = nil, replyCopies: Int? = nil) -> PostResult {
        MatchScratchPool.withScratch { scratch in lint(post, scratch: scratch, timer: timer, replyCopies: replyCopies) }
    }

    /// The same with a given `scratch`, which tests read after the run (its budget).
    func lint(_ post: Post, scratch: MatchScratch, timer: RuleTimer? = nil, replyCopies: Int? = nil) -> PostResult {
        let context = PostContext(
            post: post, platform: platform(of: post), accountNames: accountNames, scratch: scratch, replyCopies: replyCopies)
        context.acceptedTerms = acceptedTerms
        var findings: [Finding] = []
        var failures: [RuleFailure] = []
        let suppressions = SuppressionIndex(post.suppressions + ignoredRanges(of: post, scratch: scratch))
        // A rule that reads words of one language does not run on a post in another (`Rule.languages`).
        let language = readsLanguage ? self.language(of: post, context: context) : nil
        var skippedForLanguage = false
        for postRule in postRules {
            if let language, let languages = postRule.rule.languages, !languages.contains(language) {
                skippedForLanguage = true
                continue
            }
            let start = timer == nil ? 0 : RuleTimer.now()
            defer { timer?.record(postRule.rule.id, since: start) }
            // One budget of matching per rule per post (`MatchScratch.beginBudget`), its `accept` look-ups included.
            scratch.beginBudget(subjectBytes: post.text.count)
            defer { scratch.endBudget() }
            var count = 0
            let found = findings.count
            context.readsValeProse = postRule.rule.isValeStyle
            // A Vale style's token rule is placed in a one-line paragraph as Vale places it (`ValeLineLookup`).
            let lookup = postRule.rule.isValeStyle && postRule.rule.kind.matchesWords
                && postRule.rule.scope.isWholePost && !postRule.rule.scope.readsRaw ? ValeLineLookup(post: post) : nil
            do {
                try postRule.check.run(context, scope: postRule.rule.scope) { match in
                    guard postRule.rule.limit.map({ count < $0 }) ?? true,
                          !suppressions.covers(rule: postRule.rule.id, at: match.range.lowerBound, readsRaw: postRule.rule.scope.readsRaw)
                    else { return }
                    // A match that begins or ends with whitespace (`(?:^|\s)I\s`) is reported from its first
                    // visible character to its last, as Vale reports it.
                    // A metric's finding stands where `MetricCheck` puts it (the post from its first prose, or
                    // what the formula counts).
                    var range = postRule.rule.kind.placesItsFindings
                        ? match.range
                        : Linter.visible(match.range, in: postRule.rule.scope.readsRaw ? post.text
                            : postRule.rule.isValeStyle ? context.valeProse : post.prose)
                    if let lookup {
                        let rendered = context.valeProse[range].filter { $0 != PostContext.valeFiller }
                        guard let placed = lookup.place(range, rendered: rendered) else { return }
                        range = placed
                    }
                    let text = post.text(range)
                    // Vale's vocabulary rules (Vale.Terms, Vale.Avoid) are made of the accepted terms themselves.
                    if postRule.rule.kind.matchesWords,
                       postRule.rule.pack != ValeBuiltins.style, accept.contains(text, scratch: scratch) { return }
                    count += 1
                    findings.append(Finding(
                        rule: postRule.rule.id, level: postRule.rule.level,
                        message: postRule.message.render(match.arguments.map(Linter.oneLine), firstArgumentQuoted: match.firstArgumentQuoted),
                        start: post.location(of: range.lowerBound), end: post.location(of: range.upperBound),
                        match: text, suggestions: match.suggestions, postRange: range, fixable: match.fixable))
                }
            } catch {
                // A rule that fails on a post reports the failure, not the matches it found before giving up.
                findings.removeSubrange(found...)
                failures.append(RuleFailure(rule: postRule.rule.id, path: post.file.path, location: post.location, reason: error.description))
            }
        }
        findings.sort(by: Finding.ordered)
        let voice = VoiceFeatures(context: context)
        let score = scorer.score(voice: voice, findings: findings)
        return PostResult(
            path: post.file.path, index: post.index, location: post.location, platform: context.platform,
            metadata: post.metadata, metrics: context.metrics, voice: voice, findings: findings, failures: failures,
            isReply: context.entities.isReply, score: score,
            fingerprint: Baseline.fingerprint(post.text),
            language: skippedForLanguage ? language : nil)
    }

    /// The post's language: its `lang` (or `language`) metadata, else the config's, else a guess from its words.
    func language(of post: Post, context: PostContext) -> String {
        if let tag = post.metadataValue("lang") ?? post.metadataValue("language") { return LanguageGuess.code(tag) }
        if let language { return language }
        return LanguageGuess.language(ofWordHashes: context.foldedWordHashes)
    }

    /// What the ignore patterns match in the post as written, as suppressions of every rule.
    private func ignoredRanges(of post: Post, scratch: MatchScratch) -> [Post.Suppression] {
        guard !ignores.isEmpty else { return [] }
        var ranges: [Post.Suppression] = []
        post.text.withUnsafeBufferPointer { buffer in
            for pattern in ignores {
                try? pattern.forEachMatch(in: buffer, scratch: scratch) { match in
                    if !match.range.isEmpty { ranges.append(Post.Suppression(rules: nil, range: match.range)) }
                    return true
                }
            }
        }
        return ranges
    }

    /// `range` without the whitespace it begins and ends with, unless it is all whitespace.
    static func visible(_ range: Range<Int>, in text: [UInt8]) -> Range<Int> {
        func isSpace(_ byte: UInt8) -> Bool {
            byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == PostContext.valeFiller
        }
        var lower = range.lowerBound, upper = range.upperBound
        while lower < upper, isSpace(text[lower]) { lower += 1 }
        while upper > lower, isSpace(text[upper - 1]) { upper -= 1 }
        return lower < upper ? lower..<upper : range
    }

    /// A message argument without the whitespace around it that holds a line break (`(?:^|\s)I\s` matching
    /// "\nI "), as Vale quotes what it found. Other spaces stay, as in Vale's messages (`' Randomly-'`); a
    /// line break inside the match stays and is escaped by the reporters, one finding a line.
    static func oneLine(_ argument: String) -> String {
        // Most arguments are a word or two with nothing to take out: their bytes say so, without walking
        // the text as characters (which cost more than the rest of reporting a finding).
        guard mayHoldFillerOrBreak(argument) else { return argument }
        // Markup in Vale's reading of the text (`PostContext.valeProse`) is no part of what a message quotes.
        let argument = argument.contains("\u{01}") ? argument.filter { $0 != "\u{01}" } : argument
        guard argument.contains(where: \.isNewline) else { return argument }
        var text = Substring(argument)
        let leading = text.prefix(while: \.isWhitespace)
        if leading.contains(where: \.isNewline) { text = text.dropFirst(leading.count) }
        let trailing = text.reversed().prefix(while: \.isWhitespace)
        if trailing.contains(where: \.isNewline) { text = text.dropLast(trailing.count) }
        return String(text)
    }

    /// Whether `text` holds Vale's markup filler (`PostContext.valeFiller`) or a line break as `Character`
    /// sees one: LF, VT, FF, CR, NEL (C2 85), LINE SEPARATOR (E2 80 A8) or PARAGRAPH SEPARATOR (E2 80 A9).
    static func mayHoldFillerOrBreak(_ text: String) -> Bool {
        var previous: (UInt8, UInt8) = (0, 0)
        for byte in text.utf8 {
            switch byte {
            case PostContext.valeFiller, 0x0A...0x0D: return true
            case 0x85 where previous.1 == 0xC2: return true
            case 0xA8 where previous == (0xE2, 0x80), 0xA9 where previous == (0xE2, 0x80): return true
            default: break
            }
            previous = (previous.1, byte)
        }
        return false
    }

    /// The `feed` rules that fire on a queue or thread with this summary; `path` names its file.
    public func feedFindings(_ summary: FeedSummary, path: String? = nil) -> [FeedFinding] {
        feedRules.compactMap { rule, formula, condition in
            let value = formula?.evaluate { summary[$0] } ?? 0
            guard summary.posts > 0, condition.holds(for: value, { summary[$0] }) else { return nil }
            let share = MetricCheck.format((summary["broadcast_share"] * 100).rounded())
            let message = rule.message(for: [formula == nil ? share : MetricCheck.format(value)])
            return FeedFinding(rule: rule.id, level: rule.level, message: message, path: path)
        }
    }
}

/// A post rule with its check taken out of `body`, held by reference: the per-post loop over the rules then
/// copies a pointer rather than every field of each rule.
private final class PostRule: Sendable {
    let rule: Rule
    let check: any Check
    let message: MessageTemplate

    init(rule: Rule, check: any Check) {
        self.rule = rule
        self.check = check
        message = MessageTemplate(rule.message)
    }
}
