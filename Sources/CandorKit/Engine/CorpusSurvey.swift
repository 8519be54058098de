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
    /// Sources that could not be read, one message each.
    public let problems: [String]

    /// Lints every post under `path` with `linter` and counts, per rule, the posts it flags.
    public static func run(path: String, linter: Linter, samples: Int = 3, textField: String? = nil) -> CorpusSurvey {
        let walker = FileWalker(extensions: ReaderRegistry.extensions)
        var problems: [String] = []
        var flagged: [String: Int] = [:]
        var examples: [String: [String]] = [:]
        var posts = 0
        let files: [String]
        do { files = try walker.files(under: path) { problems.append($0) } } catch {
            return CorpusSurvey(posts: 0, lines: [], problems: [error.description])
        }
        // The corpus is one run, as for a lint (`reply_copies`).
        var replies = ReplyCopies()
        for file in files {
            let input = Input.file(file)
            guard let reader = ReaderRegistry.reader(forExtension: input.fileExtension) else { continue }
            do {
                try reader.read(input, options: ReadOptions(textField: textField)) { post in
                    posts += 1
                    let result = linter.lint(post, replyCopies: replies.count(post))
                    for rule in Set(result.findings.map(\.rule)) {
                        flagged[rule, default: 0] += 1
                        if examples[rule, default: []].count < samples {
                            let text = post.string.split(whereSeparator: \.isNewline).joined(separator: " ")
                            examples[rule, default: []].append(text.count > 100 ? String(text.prefix(100)) + "…" : text)
                        }
                    }
                }
            } catch {
                problems.append(error.description)
            }
        }
        let lines = linter.rules.filter { !$0.isFeedRule }.map { rule in
            Line(rule: rule.id, flagged: flagged[rule.id] ?? 0, samples: examples[rule.id] ?? [])
        }
        return CorpusSurvey(posts: posts, lines: lines, problems: problems)
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
