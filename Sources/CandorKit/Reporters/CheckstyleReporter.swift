/// Checkstyle XML, which CI dashboards and review bots (Jenkins, reviewdog, ...) read: a `file` element for each
/// file linted, with an `error` element for each finding. Feed findings go under the file name `<feed>`, as in
/// the `line` format. Streams: each file is written as its posts arrive.
public struct CheckstyleReporter: Reporter {
    /// The file whose element is open, and whether its start tag is still waiting for a `>`.
    private var openPath: String?
    private var isEmpty = true
    private var begun = false

    public init() {}

    public mutating func report(_ result: PostResult, to output: inout some TextOutputStream) {
        if openPath != result.path {
            close(&output)
            begin(&output)
            output.write("  <file name=\(XML.attribute(result.path))")
            openPath = result.path
            isEmpty = true
        }
        for finding in result.findings {
            error(line: finding.start.line, column: finding.start.column, level: finding.level,
                  message: finding.message, rule: finding.rule, to: &output)
        }
    }

    public mutating func finish(_ summary: RunSummary, to output: inout some TextOutputStream) {
        close(&output)
        begin(&output)
        if !summary.feedFindings.isEmpty {
            output.write("  <file name=\(XML.attribute("<feed>"))")
            openPath = "<feed>"
            isEmpty = true
            for finding in summary.feedFindings {
                error(line: 1, column: 1, level: finding.level, message: finding.message, rule: finding.rule, to: &output)
            }
            close(&output)
        }
        output.write("</checkstyle>\n")
    }

    private mutating func begin(_ output: inout some TextOutputStream) {
        guard !begun else { return }
        output.write(XML.declaration + "<checkstyle version=\"4.3\">\n")
        begun = true
    }

    private mutating func error(
        line: Int, column: Int, level: Level, message: String, rule: String, to output: inout some TextOutputStream
    ) {
        if isEmpty { output.write(">\n") }
        isEmpty = false
        let severity = switch level {
        case .error: "error"
        case .warning: "warning"
        case .suggestion: "info"
        }
        output.write("    <error line=\"\(line)\" column=\"\(column)\" severity=\"\(severity)\" "
                     + "message=\(XML.attribute(message)) source=\(XML.attribute(rule))/>\n")
    }

    private mutating func close(_ output: inout some TextOutputStream) {
        guard openPath != nil else { return }
        output.write(isEmpty ? "/>\n" : "  </file>\n")
        openPath = nil
    }
}
