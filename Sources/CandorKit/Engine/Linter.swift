/// Lints posts with a set of rules: builds each post's context once, runs every rule on it, maps matches
/// back to the source, applies suppressions, `accept` and `limit`, and scores the post. Immutable, so one
/// linter serves every worker thread; each thread passes its own `MatchScratch`.
public final class Linter: Sendable {
    public let rules: [Rule]
    public let scorer: Scorer
    /// The platform of posts whose metadata names none.
    public let platform: Platform
    private let postRules: [PostRule]
    private let feedRules: [(rule: Rule, formula: MetricExpression?, condition: MetricCondition)]
    private let accept: Exceptions
    /// The names the account goes by (config `account.names`); a post's `account` metadata adds its own.
    public let accountNames: [String]

    public init(
        rules: [Rule], platform: Platform = .x, accept: [String] = [], accountNames: [String] = [],
        scoring: ScoringOptions = ScoringOptions()
    ) throws(LoadError) {
        self.rules = rules
        self.platform = platform
        self.accountNames = accountNames
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
        do {
            self.accept = try Exceptions(accept, ignoreCase: true)
        } catch {
            throw LoadError(path: "configuration", key: "accept", message: "entry does not compile: \(error)")
        }
    }

    /// The platform a post is written for: its metadata's `platform`, else the linter's.
    public func platform(of post: Post) -> Platform {
        post.metadata["platform"].flatMap { Platform(rawValue: $0.lowercased()) } ?? platform
    }

    /// Lints `post` with the thread's own `scratch`; a `timer` (the thread's own too) adds each rule's time.
    /// `replyCopies` is what the run knows of the post's words (`ReplyCopies.count(_:)`, for `reply_copies`);
    /// without it the post is taken as a run of its own.
    public func lint(_ post: Post, scratch: MatchScratch, timer: RuleTimer? = nil, replyCopies: Int? = nil) -> PostResult {
        let context = PostContext(
            post: post, platform: platform(of: post), accountNames: accountNames, scratch: scratch, replyCopies: replyCopies)
        var findings: [Finding] = []
        var failures: [RuleFailure] = []
        let suppressions = SuppressionIndex(post.suppressions)
        for postRule in postRules {
            let start = timer == nil ? 0 : RuleTimer.now()
            defer { timer?.record(postRule.rule.id, since: start) }
            // One budget of matching per rule per post (`MatchScratch.beginBudget`), its `accept` look-ups included.
            scratch.beginBudget(subjectBytes: post.text.count)
            defer { scratch.endBudget() }
            var count = 0
            let found = findings.count
            do {
                try postRule.check.run(context, scope: postRule.rule.scope) { match in
                    guard postRule.rule.limit.map({ count < $0 }) ?? true,
                          !suppressions.covers(rule: postRule.rule.id, at: match.range.lowerBound)
                    else { return }
                    let text = post.text(match.range)
                    if postRule.rule.kind == "existence" || postRule.rule.kind == "substitution",
                       accept.contains(text, scratch: scratch) { return }
                    count += 1
                    findings.append(Finding(
                        rule: postRule.rule.id, level: postRule.rule.level,
                        message: postRule.message.render(match.arguments, firstArgumentQuoted: match.firstArgumentQuoted),
                        start: post.location(of: match.range.lowerBound), end: post.location(of: match.range.upperBound),
                        match: text, suggestions: match.suggestions, postRange: match.range))
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
            fingerprint: Baseline.fingerprint(post.text))
    }

    /// The `feed` rules that fire on a run with this summary.
    public func feedFindings(_ summary: FeedSummary) -> [FeedFinding] {
        feedRules.compactMap { rule, formula, condition in
            let value = formula?.evaluate { summary[$0] } ?? 0
            guard summary.posts > 0, condition.holds(for: value, { summary[$0] }) else { return nil }
            let share = MetricCheck.format((summary["broadcast_share"] * 100).rounded())
            let message = rule.message(for: [formula == nil ? share : MetricCheck.format(value)])
            return FeedFinding(rule: rule.id, level: rule.level, message: message)
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
