/// The results of a document's last lint, by post, so that a keystroke re-lints only the post it changed: a
/// post whose text, Markdown structure, suppressions, metadata and reply count are the same as last time
/// takes its old result, moved to where the post now stands. Each lint keeps only what it used or made, so
/// the cache holds one document's posts at most; it is dropped with the rules when a watched file changes.
struct PostResultCache {
    /// What a post's lint depends on, beyond the rules: never where the post stands in its file.
    struct Key: Hashable {
        let text: [UInt8]
        let prose: [UInt8]
        let metadata: [String: String]
        let blocks: [Post.Block]
        let suppressions: [Post.Suppression]
        let replyCopies: Int

        init(_ post: Post, replyCopies: Int) {
            text = post.text
            prose = post.prose
            metadata = post.metadata
            blocks = post.blocks
            suppressions = post.suppressions
            self.replyCopies = replyCopies
        }

        func hash(into hasher: inout Hasher) {
            hasher.combine(text)
            hasher.combine(replyCopies)
        }

        static func == (lhs: Key, rhs: Key) -> Bool {
            lhs.text == rhs.text && lhs.replyCopies == rhs.replyCopies && lhs.prose == rhs.prose
                && lhs.metadata == rhs.metadata && lhs.blocks == rhs.blocks && lhs.suppressions == rhs.suppressions
        }
    }

    private var previous: [Key: PostResult] = [:]
    private var current: [Key: PostResult] = [:]

    /// The result of `post`: last lint's, moved to the post's place, or `lint()`'s.
    mutating func result(of post: Post, replyCopies: Int, lint: () -> PostResult) -> PostResult {
        let key = Key(post, replyCopies: replyCopies)
        let result = previous[key].map { Self.moved($0, to: post) } ?? lint()
        current[key] = result
        return result
    }

    /// Ends a lint of the document: what it did not use is forgotten.
    mutating func finish() {
        previous = current
        current = [:]
    }

    /// `result` for the same post at another place: each finding's place is found again from its byte range
    /// in the post, as `Linter` found it.
    static func moved(_ result: PostResult, to post: Post) -> PostResult {
        let findings = result.findings.map { finding in
            Finding(rule: finding.rule, level: finding.level, message: finding.message,
                    start: post.location(of: finding.postRange.lowerBound), end: post.location(of: finding.postRange.upperBound),
                    match: finding.match, suggestions: finding.suggestions, postRange: finding.postRange, fixable: finding.fixable)
        }
        let failures = result.failures.map {
            RuleFailure(rule: $0.rule, path: post.file.path, location: post.location, reason: $0.reason)
        }
        return PostResult(
            path: post.file.path, index: post.index, location: post.location, platform: result.platform, metadata: post.metadata,
            metrics: result.metrics, voice: result.voice, findings: findings, failures: failures, isReply: result.isReply,
            score: result.score, fingerprint: result.fingerprint, language: result.language)
    }
}
