/// Runs rules' `examples` (Rules/WRITING.md, "Testing a pack"): a `flag` example must make its rule
/// fire (over exactly the `⟦ ⟧` span, when marked), a `pass` example must not. A feed rule's example is a
/// run of posts separated by `---` lines.
public enum ExampleRunner {
    public struct Failure: Sendable, Equatable, CustomStringConvertible {
        public let rule: String
        public let source: String
        public let line: Int
        public let example: Rule.Example
        /// What went wrong: expected span and what matched instead.
        public let reason: String

        public var description: String { "\(source):\(line): \(rule): \(reason)" }
    }

    public static let open: Character = "⟦", close: Character = "⟧"

    /// Every failing example of these rules, in rule then example order. A post rule runs alone; a feed rule
    /// runs with all the given rules, since the feed's variables (verdicts, scores) come from them. A rule
    /// whose linter cannot be built fails every one of its examples, saying why: an example never passes
    /// unrun.
    public static func failures(of rules: [Rule], scoring: ScoringOptions = ScoringOptions()) -> [Failure] {
        failures(of: rules) { rules throws(LoadError) in try Linter(rules: rules, scoring: scoring) }
    }

    /// The same, with the linter each rule's examples run on made by `makeLinter` (tests give one that fails).
    static func failures(of rules: [Rule], makeLinter: ([Rule]) throws(LoadError) -> Linter) -> [Failure] {
        var failures: [Failure] = []
        for rule in rules {
            let others = rules.filter { !$0.isFeedRule || $0.id == rule.id }
            let linter: Linter
            do {
                linter = try makeLinter(rule.isFeedRule ? others : [rule])
            } catch {
                failures += rule.examples.map { example in
                    Failure(rule: rule.id, source: rule.source, line: example.line, example: example,
                            reason: "the rule's linter could not be built: \(error)")
                }
                continue
            }
            for example in rule.examples {
                if let reason = check(example, of: rule, linter: linter) {
                    failures.append(Failure(rule: rule.id, source: rule.source, line: example.line, example: example, reason: reason))
                }
            }
        }
        return failures
    }

    /// Why the example fails, or nil when it holds.
    static func check(_ example: Rule.Example, of rule: Rule, linter: Linter) -> String? {
        let (text, span) = unmarked(example.text)
        // The example is a draft of its own, read as a lint reads one, and its posts a run of their own (for
        // `reply_copies`).
        var posts: [(post: Post, replyCopies: Int)] = []
        var unreadable: InputError?
        var stream = PostStream()
        stream.read(Source(input: .text(text, path: "example.md"), kind: .inMemory), setup: Setup(linter: linter)) { event in
            switch event {
            case .post(let post, _, let replyCopies): posts.append((post, replyCopies))
            case .problem(let error): unreadable = unreadable ?? error
            case .started, .passedOver, .notice, .warning: break
            }
        }
        // An example that cannot be read tests nothing: a `pass` one must not pass for want of a post.
        if let unreadable { return "the example could not be read: \(unreadable.message)" }
        guard !posts.isEmpty else { return "the example holds no post: \"\(text)\"" }
        let results = posts.map { linter.lint($0.post, replyCopies: $0.replyCopies) }
        let found: [Finding] = results.flatMap(\.findings).filter { $0.rule == rule.id }
        let fired: Bool
        if rule.isFeedRule {
            var summary = FeedSummary()
            results.forEach { summary.add($0) }
            fired = !linter.feedFindings(summary).isEmpty
        } else {
            fired = !found.isEmpty
        }
        if let failure = results.flatMap(\.failures).first { return "the rule could not run: \(failure.reason)" }
        switch example.expectation {
        case .pass:
            guard fired else { return nil }
            let what = found.first.map { "'\($0.match)' at \($0.start)" } ?? "the feed"
            return "a pass example was flagged: \(what) in \"\(text)\""
        case .flag:
            guard fired else { return "a flag example was not flagged: \"\(text)\"" }
            guard let span, let post = posts.first?.post else { return nil }
            // The post's window starts at the beginning of its first line of the example.
            let offsetBase = Line.split(Array(text.utf8))[post.file.firstLine - 1].start + post.offsets.fileOffset(0)
            let expected = (span.lowerBound - offsetBase)..<(span.upperBound - offsetBase)
            if found.contains(where: { $0.postRange == expected }) { return nil }
            let got = found.map { "'\($0.match)'" }.joined(separator: ", ")
            return "expected a finding on '\(post.text(expected))', found \(got) in \"\(text)\""
        }
    }

    /// The example without its `⟦ ⟧` markers, and the byte range they enclosed.
    static func unmarked(_ marked: String) -> (String, Range<Int>?) {
        guard let open = marked.firstIndex(of: open), let close = marked.firstIndex(of: close), open < close else {
            return (marked, nil)
        }
        let before = marked[..<open]
        let inside = marked[marked.index(after: open)..<close]
        let after = marked[marked.index(after: close)...]
        let start = before.utf8.count
        return (String(before + inside + after), start..<start + inside.utf8.count)
    }
}
