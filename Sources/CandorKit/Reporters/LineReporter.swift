/// Vale's line format: `path:line:col:Rule:Message`, one finding a line. Path, rule and message are written
/// through `TerminalText`, so a line break in a name, a message or the text it quotes cannot start a second record.
public struct LineReporter: Reporter {
    public init() {}

    public mutating func report(_ result: PostResult, to output: inout some TextOutputStream) {
        output.write(LineReporter.lines(result))
    }

    public var renderer: PostRenderer? { LineReporter.lines }

    public mutating func report(_ result: PostResult, rendered: String?, to output: inout some TextOutputStream) {
        output.write(rendered ?? LineReporter.lines(result))
    }

    @Sendable static func lines(_ result: PostResult) -> String {
        var lines = ""
        let path = TerminalText.escaped(result.path)
        for finding in result.findings {
            lines += "\(path):\(finding.start.line):\(finding.start.column):\(TerminalText.escaped(finding.rule)):\(TerminalText.escaped(finding.message))\n"
        }
        return lines
    }

    public mutating func finish(_ summary: RunSummary, to output: inout some TextOutputStream) {
        for finding in summary.feedFindings {
            let place = finding.path.map { TerminalText.escaped($0) } ?? "<feed>"
            output.write("\(place):1:1:\(TerminalText.escaped(finding.rule)):\(TerminalText.escaped(finding.message))\n")
        }
    }
}
