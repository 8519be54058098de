/// `candor score`: a table of posts with score and verdict (or JSON, or CSV), then the feed summary. With
/// `explain`, each post lists the terms that raised and lowered its score. Text and CSV write paths, labels
/// and messages through `TerminalText`.
public struct ScoreReporter: Reporter {
    public enum Format: String, Sendable, CaseIterable { case text, json, csv }

    private let format: Format
    private let explain: Bool
    private var wrote = false

    public init(format: Format, explain: Bool) {
        self.format = format
        self.explain = explain
    }

    public mutating func report(_ result: PostResult, to output: inout some TextOutputStream) {
        switch format {
        case .text:
            if !wrote { output.write("score  verdict    post\n") }
            let place = "\(TerminalText.escaped(result.path)):\(result.location.line):\(result.location.column)"
            output.write("\(String(result.score.value).padding(5))  \(result.verdict.rawValue.padding(9))  \(place)\n")
            if explain {
                for term in result.score.terms {
                    // Whole points: the terms are a share of the score, not a measurement to a hundredth.
                    let rounded = term.points.rounded() == 0 ? 0 : term.points.rounded()
                    let points = rounded >= 0 ? "+\(MetricCheck.format(rounded))" : MetricCheck.format(rounded)
                    output.write("       \(points.padding(5)) \(TerminalText.escaped(term.label))\n")
                }
                if !result.score.suggestions.isEmpty {
                    output.write("       to sound like a person: \(TextReporter.coach(result.score.suggestions))\n")
                }
            }
        case .csv:
            if !wrote { output.write("path,index,line,column,score,verdict\n") }
            output.write("\(csv(TerminalText.escaped(result.path))),\(result.index),\(result.location.line),\(result.location.column),\(result.score.value),\(result.verdict.rawValue)\n")
        case .json:
            output.write(wrote ? ",\n  " : "{\"version\": 1,\n \"posts\": [\n  ")
            var members: [(String, JSON)] = [
                ("path", .string(result.path)), ("index", .int(result.index)), ("line", .int(result.location.line)),
                ("column", .int(result.location.column)), ("score", .int(result.score.value)),
                ("verdict", .string(result.verdict.rawValue)),
            ]
            if explain {
                members.append(("terms", .array(result.score.terms.map { .object([("label", .string($0.label)), ("points", .number(($0.points * 10).rounded() / 10))]) })))
                members.append(("suggestions", .array(result.score.suggestions.map { .object([("change", .string($0.change)), ("points", .int($0.points))]) })))
            }
            JSON.object(members).write(to: &output)
        }
        wrote = true
    }

    public mutating func finish(_ summary: RunSummary, to output: inout some TextOutputStream) {
        let feed = summary.feed
        let mean = (feed.meanScore * 10).rounded() / 10
        switch format {
        case .text:
            output.write("\nfeed: \(Counted.text(feed.posts, "post")), \(feed.broadcast) broadcast (\(MetricCheck.format((feed["broadcast_share"] * 100).rounded()))%), mean score \(MetricCheck.format(mean))\n")
            for finding in summary.feedFindings {
                let file = finding.path.map { TerminalText.escaped($0) + ": " } ?? ""
                output.write("  \(finding.level.rawValue): \(file)\(TerminalText.escaped(finding.message))  \(TerminalText.escaped(finding.rule))\n")
            }
        case .csv:
            break
        case .json:
            output.write(wrote ? "],\n" : "{\"version\": 1,\n \"posts\": [],\n")
            output.write(" \"feed\": ")
            JSON.object([
                ("posts", .int(feed.posts)), ("broadcast", .int(feed.broadcast)), ("meanScore", .number(mean)),
                ("findings", .array(summary.feedFindings.map { finding in
                    .object((finding.path.map { [("path", JSON.string($0))] } ?? [])
                            + [("rule", .string(finding.rule)), ("level", .string(finding.level.rawValue)),
                               ("message", .string(finding.message))])
                })),
            ]).write(to: &output)
            output.write("}\n")
        }
    }

    private func csv(_ text: String) -> String {
        text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" }) ? "\"" + text.replacingAll("\"", with: "\"\"") + "\"" : text
    }
}

extension String {
    func replacingAll(_ target: String, with replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
