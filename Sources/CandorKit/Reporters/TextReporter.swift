/// The human format: the posts with findings, grouped by file, each as `post N at line:col`, its row's `id`
/// or `date` when the queue has one, its first words, score and verdict, then its findings as
/// `line:col  level  message  Rule`; then the feed's findings and a summary line. Posts with nothing to report
/// are left out unless `verbose` (a 50-row calendar with three findings prints three posts, not fifty); the
/// summary counts them all. Given a `width` (a terminal's), lines wrap between words under a hanging indent,
/// so a rule id or a position is never split. Colour only when asked (the CLI decides: a terminal, or
/// `--color always`). Paths, messages, snippets and rule names are written through `TerminalText`.
public struct TextReporter: Reporter {
    private let color: Bool
    private let verbose: Bool
    private let wrapper: TextWrapper
    private var currentPath: String?
    /// Posts left out for having nothing to report.
    private var unlisted = 0

    /// `verbose` shows posts with no findings too; `width` wraps to that many columns (nil: no wrapping).
    public init(color: Bool, verbose: Bool = false, width: Int? = nil) {
        self.color = color
        self.verbose = verbose
        // Narrower than this, wrapping would put a word or two on each line; such a terminal gets long lines.
        wrapper = TextWrapper(width: width.flatMap { $0 >= 40 ? $0 : nil })
    }

    public mutating func report(_ result: PostResult, to output: inout some TextOutputStream) {
        guard verbose || !result.findings.isEmpty || !result.failures.isEmpty else {
            unlisted += 1
            return
        }
        if currentPath != result.path {
            if currentPath != nil { output.write("\n") }
            output.write(paint(TerminalText.escaped(result.path), .bold) + "\n")
            currentPath = result.path
        }
        output.write(header(result))
        if !result.score.suggestions.isEmpty {
            let words = TextWrapper.words("to sound like a person:", gap: 0, breakable: false) { paint($0, .dim) }
                + TextWrapper.words(TextReporter.coach(result.score.suggestions), gap: 1, breakable: wrapper.width != nil)
            output.write(wrapper.layout(words, indent: 3, hanging: 5))
        }
        let width = result.findings.map { "\($0.start.line):\($0.start.column)".count }.max() ?? 0
        for finding in result.findings {
            let place = "\(finding.start.line):\(finding.start.column)"
            output.write(line(place: place, placeWidth: width, level: finding.level, message: finding.message, rule: finding.rule))
        }
    }

    /// ` post 14 at 16:1  id 7  "We leverage synergies to deliver…"  score 6  broadcast`
    private func header(_ result: PostResult) -> String {
        var words = TextWrapper.words("post \(result.index + 1)", gap: 0, breakable: false) { paint($0, .dim) }
            + TextWrapper.words("at \(result.location.line):\(result.location.column)", gap: 1, breakable: false)
        if let (key, value) = TextReporter.rowName(result.metadata) {
            words += TextWrapper.words("\(key) \(TerminalText.escaped(value))", gap: 2, breakable: false)
        }
        if !result.snippet.isEmpty {
            words += TextWrapper.words("\"" + TerminalText.escaped(result.snippet) + "\"", gap: 2, breakable: wrapper.width != nil)
        }
        words += TextWrapper.words("score \(result.score.value)", gap: 2, breakable: false)
            + TextWrapper.words(result.verdict.rawValue, gap: 2, breakable: false) { paint($0, verdictStyle(result.verdict)) }
        return wrapper.layout(words, indent: 1, hanging: 3)
    }

    /// The row's own name for a post, when the queue gives one: its `id`, else its `date`.
    static func rowName(_ metadata: [String: String]) -> (key: String, value: String)? {
        for key in ["id", "date"] {
            if let value = metadata[key] ?? metadata.first(where: { $0.key.lowercased() == key })?.value,
               !value.allSatisfy(\.isWhitespace) {
                return (key, value)
            }
        }
        return nil
    }

    /// `   5:4   warning     message  Rule`, the message wrapped under itself.
    private func line(place: String?, placeWidth: Int, level: Level, message: String, rule: String) -> String {
        var words: [TextWrapper.Word] = []
        var column = 3
        if let place {
            words += TextWrapper.words(place, gap: 0, breakable: false)
            column += placeWidth + 2
        }
        let levelGap = place.map { 2 + placeWidth - $0.count } ?? 0
        words += TextWrapper.words(level.rawValue, gap: levelGap, breakable: false) { paint($0, levelStyle(level)) }
        words += TextWrapper.words(TerminalText.escaped(message), gap: 2 + 10 - level.rawValue.count, breakable: wrapper.width != nil)
        words += TextWrapper.words(TerminalText.escaped(rule), gap: 2, breakable: false) { paint($0, .dim) }
        column += 12
        // Under the message, unless that leaves too little room; then a little in from the level.
        let hanging = (wrapper.width ?? .max) - column >= 30 ? column : 5
        return wrapper.layout(words, indent: 3, hanging: hanging)
    }

    /// The coach's line: "name the person you are answering (@name) +22; ask a question someone can answer +9".
    static func coach(_ suggestions: [Score.Suggestion]) -> String {
        suggestions.map { "\(TerminalText.escaped($0.change)) +\($0.points)" }.joined(separator: "; ")
    }

    public mutating func finish(_ summary: RunSummary, to output: inout some TextOutputStream) {
        if !summary.feedFindings.isEmpty {
            if currentPath != nil { output.write("\n") }
            output.write(paint("feed", .bold) + "\n")
            for finding in summary.feedFindings {
                let file = finding.path.map { $0 + ": " } ?? ""
                output.write(line(place: nil, placeWidth: 0, level: finding.level, message: file + finding.message, rule: finding.rule))
            }
        }
        if currentPath != nil || !summary.feedFindings.isEmpty { output.write("\n") }
        let mean = summary.feed.posts == 0 ? "-" : MetricCheck.format((summary.feed.meanScore * 10).rounded() / 10)
        let words = TextWrapper.words(
            "\(plural(summary.errors, "error")), \(plural(summary.warnings, "warning")) and "
            + "\(plural(summary.suggestions, "suggestion")) in \(plural(summary.posts, "post")) of "
            + "\(plural(summary.files, "file")); \(summary.feed.broadcast) broadcast, mean score \(mean)."
            + (unlisted == 0 ? "" : " \(plural(unlisted, "post")) with no findings not listed; --verbose lists them."),
            gap: 0, breakable: wrapper.width != nil)
        output.write(wrapper.layout(words, indent: 0, hanging: 0))
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

    private func plural(_ count: Int, _ noun: String) -> String { Counted.text(count, noun) }
}
