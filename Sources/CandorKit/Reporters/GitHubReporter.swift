/// GitHub Actions workflow commands: one `::error`, `::warning` or `::notice` line a finding, which the runner
/// turns into an annotation on the file, lines and columns it names, titled with the rule. Feed findings
/// annotate the file of their queue or thread.
public struct GitHubReporter: Reporter {
    public init() {}

    public mutating func report(_ result: PostResult, to output: inout some TextOutputStream) {
        for finding in result.findings {
            var properties = [("file", result.path), ("line", String(finding.start.line))]
            if finding.end.line != finding.start.line { properties.append(("endLine", String(finding.end.line))) }
            properties += [
                ("col", String(finding.start.column)), ("endColumn", String(finding.end.column)),
                ("title", finding.rule),
            ]
            output.write(Self.command(finding.level, properties, finding.message))
        }
    }

    public mutating func finish(_ summary: RunSummary, to output: inout some TextOutputStream) {
        for finding in summary.feedFindings {
            let file = finding.path.map { [("file", $0)] } ?? []
            output.write(Self.command(finding.level, file + [("title", finding.rule)], finding.message))
        }
    }

    /// `::warning file=F,line=L::MESSAGE`, with the escapes the runner undoes. Other control characters, which
    /// the log would act on, and backslashes are first written as `TerminalText` escapes; line breaks are left
    /// to the runner's own.
    static func command(_ level: Level, _ properties: [(String, String)], _ message: String) -> String {
        let name = switch level {
        case .error: "error"
        case .warning: "warning"
        case .suggestion: "notice"
        }
        let list = properties.map { "\($0.0)=\(escapedProperty(TerminalText.escaped($0.1, keepingLineBreaks: true)))" }
            .joined(separator: ",")
        return "::\(name) \(list)::\(escapedData(TerminalText.escaped(message, keepingLineBreaks: true)))\n"
    }

    /// A message: `%`, CR and LF escaped, as the Actions toolkit's `escapeData`.
    static func escapedData(_ text: String) -> String {
        escaped(text, [("%", "%25"), ("\r", "%0D"), ("\n", "%0A")])
    }

    /// A property value: also `:` and `,`, which would end it, as the toolkit's `escapeProperty`.
    static func escapedProperty(_ text: String) -> String {
        escaped(text, [("%", "%25"), ("\r", "%0D"), ("\n", "%0A"), (":", "%3A"), (",", "%2C")])
    }

    private static func escaped(_ text: String, _ escapes: [(Unicode.Scalar, String)]) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            if let escape = escapes.first(where: { $0.0 == scalar }) {
                result += escape.1
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
