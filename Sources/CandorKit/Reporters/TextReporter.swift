/// The human format: findings grouped by file as `line:col  level  message  Rule`, each post's score and
/// verdict, the feed's findings, and a summary line. Colour only when asked (the CLI decides: a terminal,
/// or `--color always`). Paths, messages and rule names are written through `TerminalText`.
public struct TextReporter: Reporter {
    private let color: Bool
    private var currentPath: String?

    public init(color: Bool) {
        self.color = color
    }

    public mutating func report(_ result: PostResult, to output: inout some TextOutputStream) {
        if currentPath != result.path {
            if currentPath != nil { output.write("\n") }
            output.write(paint(TerminalText.escaped(result.path), .bold) + "\n")
            currentPath = result.path
        }
        let where_ = "\(result.location.line):\(result.location.column)"
        output.write(" \(paint("post \(result.index + 1)", .dim)) at \(where_)  score \(result.score.value)  \(paint(result.verdict.rawValue, verdictStyle(result.verdict)))\n")
        if !result.score.suggestions.isEmpty {
            output.write("   \(paint("to sound like a person:", .dim)) \(TextReporter.coach(result.score.suggestions))\n")
        }
        let width = result.findings.map { "\($0.start.line):\($0.start.column)".count }.max() ?? 0
        for finding in result.findings {
            let place = "\(finding.start.line):\(finding.start.column)"
            let padded = place + String(repeating: " ", count: width - place.count)
            let level = finding.level.rawValue + String(repeating: " ", count: 10 - finding.level.rawValue.count)
            output.write("   \(padded)  \(paint(level, levelStyle(finding.level)))  \(TerminalText.escaped(finding.message))  \(paint(TerminalText.escaped(finding.rule), .dim))\n")
        }
    }

    /// The coach's line: "name the person you are answering (@name) +22; ask a question someone can answer +9".
    static func coach(_ suggestions: [Score.Suggestion]) -> String {
        suggestions.map { "\(TerminalText.escaped($0.change)) +\($0.points)" }.joined(separator: "; ")
    }

    public mutating func finish(_ summary: RunSummary, to output: inout some TextOutputStream) {
        if !summary.feedFindings.isEmpty {
            output.write("\n" + paint("feed", .bold) + "\n")
            for finding in summary.feedFindings {
                let level = finding.level.rawValue + String(repeating: " ", count: 10 - finding.level.rawValue.count)
                let file = finding.path.map { TerminalText.escaped($0) + ": " } ?? ""
                output.write("   \(paint(level, levelStyle(finding.level)))  \(file)\(TerminalText.escaped(finding.message))  \(paint(TerminalText.escaped(finding.rule), .dim))\n")
            }
        }
        if currentPath != nil || !summary.feedFindings.isEmpty { output.write("\n") }
        let mean = summary.feed.posts == 0 ? "-" : MetricCheck.format((summary.feed.meanScore * 10).rounded() / 10)
        output.write(
            "\(plural(summary.errors, "error")), \(plural(summary.warnings, "warning")) and "
            + "\(plural(summary.suggestions, "suggestion")) in \(plural(summary.posts, "post")) of "
            + "\(plural(summary.files, "file")); \(summary.feed.broadcast) broadcast, mean score \(mean).\n")
    }

    private enum Style: String {
        case bold = "1", dim = "2", red = "31", yellow = "33", blue = "34", green = "32"
    }

    private func paint(_ text: String, _ style: Style) -> String {
        color ? "\u{1B}[\(style.rawValue)m\(text)\u{1B}[0m" : text
    }

    private func levelStyle(_ level: Level) -> Style {
        switch level {
        case .error: .red
        case .warning: .yellow
        case .suggestion: .blue
        }
    }

    private func verdictStyle(_ verdict: Verdict) -> Style {
        switch verdict {
        case .broadcast: .red
        case .mixed: .yellow
        case .authentic: .green
        }
    }

    private func plural(_ count: Int, _ noun: String) -> String { "\(count) \(noun)\(count == 1 ? "" : "s")" }
}
