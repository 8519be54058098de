/// JUnit XML for CI dashboards: a test suite for each file and a test case for each post, which fails with the
/// post's findings when one is at or above `fail-on` (and errs when a rule could not run on it), so the
/// dashboard and the exit status agree; findings below `fail-on` are the case's `system-out`. Feed findings
/// go in a `feed` suite the same way. A suite is written when its file's last post has arrived, so memory
/// holds one file's test cases at most.
public struct JUnitReporter: Reporter {
    /// The suite being gathered: its file and its test cases, rendered.
    private var path: String?
    private var cases: [String] = []
    private var failures = 0
    private var errors = 0
    private var begun = false
    /// The lowest level that fails a case: the run's `fail-on` (`start(failOn:)`).
    private var failOn: Level

    public init(failOn: Level = .error) {
        self.failOn = failOn
    }

    public mutating func start(failOn: Level) {
        self.failOn = failOn
    }

    public mutating func report(_ result: PostResult, to output: inout some TextOutputStream) {
        if path != result.path {
            flush(&output)
            path = result.path
        }
        let name = "post \(result.index + 1) at \(result.location)"
        var body = ""
        if !result.findings.isEmpty {
            let lines = result.findings.map { "\($0.start) \($0.level.rawValue) \($0.message) (\($0.rule))\n" }
            body += outcome(levels: result.findings.map(\.level), lines: lines)
        }
        if !result.failures.isEmpty {
            errors += 1
            let message = result.failures.map { "\($0.rule) could not run: \($0.reason)" }.joined(separator: "; ")
            body += "      <error message=\(XML.attribute(message)) type=\"RuleFailure\"/>\n"
        }
        cases.append(testCase(name: name, className: result.path, body: body))
    }

    public mutating func finish(_ summary: RunSummary, to output: inout some TextOutputStream) {
        flush(&output)
        if !summary.feedFindings.isEmpty {
            path = "feed"
            let lines = summary.feedFindings.map { "\($0.level.rawValue) \($0.message) (\($0.rule))\n" }
            let body = outcome(levels: summary.feedFindings.map(\.level), lines: lines)
            cases = [testCase(name: "feed of \(Counted.text(summary.feed.posts, "post"))", className: "feed", body: body)]
            flush(&output)
        }
        begin(&output)
        output.write("</testsuites>\n")
    }

    /// A case's findings: a failure when one is at or above `failOn` (counted in the suite's failures), else
    /// the case's output, so a post the exit status lets pass passes on the dashboard too.
    private mutating func outcome(levels: [Level], lines: [String]) -> String {
        let level = levels.max()!
        guard level >= failOn else { return "      <system-out>\(XML.text(lines.joined()))</system-out>\n" }
        failures += 1
        let message = lines.count == 1 ? "1 finding" : "\(lines.count) findings"
        return "      <failure message=\"\(message)\" type=\"\(level.rawValue)\">\(XML.text(lines.joined()))</failure>\n"
    }

    private func testCase(name: String, className: String, body: String) -> String {
        let start = "    <testcase name=\(XML.attribute(name)) classname=\(XML.attribute(className))"
        return body.isEmpty ? start + "/>\n" : start + ">\n" + body + "    </testcase>\n"
    }

    private mutating func begin(_ output: inout some TextOutputStream) {
        guard !begun else { return }
        output.write(XML.declaration + "<testsuites name=\"candor\">\n")
        begun = true
    }

    /// Writes the gathered suite, if any, and starts afresh.
    private mutating func flush(_ output: inout some TextOutputStream) {
        begin(&output)
        guard let path else { return }
        output.write("  <testsuite name=\(XML.attribute(path)) tests=\"\(cases.count)\" failures=\"\(failures)\" errors=\"\(errors)\">\n")
        output.write(cases.joined())
        output.write("  </testsuite>\n")
        self.path = nil
        cases = []
        failures = 0
        errors = 0
    }
}
