/// `candor test-rules --corpus PATH`: how many posts of a corpus each rule flags, with a few samples, so an
/// editor sees a rule's noise before shipping it.
public struct CorpusSurvey {
    public struct Line: Sendable {
        public let rule: String
        public let flagged: Int
        public let samples: [String]
    }

    public let posts: Int
    public let lines: [Line]
    /// What a writer should know of the sources, as a lint says it (an empty file, a binary file passed
    /// over, `warning: ...`), one message each.
    public let notices: [String]
    /// Sources that could not be read, one message each.
    public let problems: [String]

    /// Lints every post under `path` with `linter` and counts, per rule, the posts it flags. The corpus is
    /// read as `candor lint` reads a path (`SourceCollector`, `PostStream`), with no configuration: every
    /// file a reader takes, through one linter, as one run (`reply_copies`).
    public static func run(path: String, linter: Linter, samples: Int = 3, textField: String? = nil) -> CorpusSurvey {
        var notices: [String] = []
        var problems: [String] = []
        var flagged: [String: Int] = [:]
        var examples: [String: [String]] = [:]
        var posts = 0
        let sources = SourceCollector(walker: FileWalker(extensions: ReaderRegistry.extensions))
            .files(named: [path], problem: { problems.append($0) }, notice: { notices.append($0) })
        let setup = Setup(linter: linter)
        var stream = PostStream(readOptions: ReadOptions(textField: textField))
        stream.read(sources, setup: { _ in setup }) { event in
            switch event {
            case .post(let post, _, let replyCopies):
                posts += 1
                let result = linter.lint(post, replyCopies: replyCopies)
                for rule in Set(result.findings.map(\.rule)) {
                    flagged[rule, default: 0] += 1
                    if examples[rule, default: []].count < samples {
                        let text = post.string.split(whereSeparator: \.isNewline).joined(separator: " ")
                        examples[rule, default: []].append(text.count > 100 ? String(text.prefix(100)) + "…" : text)
                    }
                }
            case .notice(let text): notices.append(text)
            case .warning(let text): notices.append("warning: \(text)")
            case .problem(let error): problems.append(error.description)
            case .started, .passedOver: break
            }
        }
        let lines = linter.rules.filter { !$0.isFeedRule }.map { rule in
            Line(rule: rule.id, flagged: flagged[rule.id] ?? 0, samples: examples[rule.id] ?? [])
        }
        return CorpusSurvey(posts: posts, lines: lines, notices: notices, problems: problems)
    }

    public var text: String {
        var output = Counted.text(posts, "post") + "\n"
        let width = lines.map(\.rule.count).max() ?? 0
        for line in lines {
            let share = posts == 0 ? 0 : Double(line.flagged) * 100 / Double(posts)
            let percent = MetricCheck.format((share * 10).rounded() / 10)
            output += "\(line.rule.padding(width))  \(String(line.flagged).padding(6)) \(percent)%\n"
            for sample in line.samples { output += "    \(sample)\n" }
        }
        return output
    }
}
