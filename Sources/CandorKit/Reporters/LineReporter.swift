/// Vale's line format: `path:line:col:Rule:Message`, one finding a line.
public struct LineReporter: Reporter {
    public init() {}

    public mutating func report(_ result: PostResult, to output: inout some TextOutputStream) {
        for finding in result.findings {
            output.write("\(result.path):\(finding.start.line):\(finding.start.column):\(finding.rule):\(finding.message)\n")
        }
    }

    public mutating func finish(_ summary: RunSummary, to output: inout some TextOutputStream) {
        for finding in summary.feedFindings {
            output.write("<feed>:1:1:\(finding.rule):\(finding.message)\n")
        }
    }
}
