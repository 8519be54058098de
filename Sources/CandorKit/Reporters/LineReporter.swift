/// Vale's line format: `path:line:col:Rule:Message`, one finding a line.
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
        for finding in result.findings {
            lines += "\(result.path):\(finding.start.line):\(finding.start.column):\(finding.rule):\(finding.message)\n"
        }
        return lines
    }

    public mutating func finish(_ summary: RunSummary, to output: inout some TextOutputStream) {
        for finding in summary.feedFindings {
            output.write("<feed>:1:1:\(finding.rule):\(finding.message)\n")
        }
    }
}
