/// Findings as LSP diagnostics: the rule id as `code`, its link as `codeDescription`, a severity from its level,
/// ranges in the negotiated encoding.
extension LanguageServer {
    func publishDiagnostics(_ document: TextDocument, _ report: DocumentReport) {
        let diagnostics = report.findings.map { diagnostic($0, in: document, report) }
            + report.problems.map { problem in
                var members: [(String, JSON)] = [
                    ("range", range(problem.range, in: document)), ("severity", .int(Self.severity(problem.level))),
                ]
                if let rule = problem.rule { members += codeMembers(rule, report) }
                members += [("source", .string("candor")), ("message", .string(problem.message))]
                return JSON.object(members)
            }
        notify("textDocument/publishDiagnostics", .object([
            ("uri", .string(document.uri)), ("version", .int(report.version)), ("diagnostics", .array(diagnostics)),
        ]))
    }

    func diagnostic(_ placed: DocumentReport.Placed, in document: TextDocument, _ report: DocumentReport) -> JSON {
        let finding = placed.finding
        var members: [(String, JSON)] = [
            ("range", range(placed.range, in: document)), ("severity", .int(Self.severity(finding.level))),
        ] + codeMembers(finding.rule, report)
        members += [("source", .string("candor")), ("message", .string(finding.message))]
        return .object(members)
    }

    /// The rule id as `code`, and its link as `codeDescription` when it has one (as SARIF's `helpUri`).
    private func codeMembers(_ rule: String, _ report: DocumentReport) -> [(String, JSON)] {
        var members: [(String, JSON)] = [("code", .string(rule))]
        if let link = report.rules[rule]?.link, SARIFReporter.isAbsoluteURI(link) {
            members.append(("codeDescription", .object([("href", .string(link))])))
        }
        return members
    }

    /// LSP's `DiagnosticSeverity`: a suggestion is Information, shown but not as a problem.
    static func severity(_ level: Level) -> Int {
        switch level {
        case .error: 1
        case .warning: 2
        case .suggestion: 3
        }
    }

    func range(_ bytes: Range<Int>, in document: TextDocument) -> JSON {
        .object([
            ("start", document.position(of: bytes.lowerBound, encoding: encoding).json),
            ("end", document.position(of: bytes.upperBound, encoding: encoding).json),
        ])
    }

    /// The byte range of a `Range` object in `document`; nil when it is not one.
    func byteRange(_ json: JSON?, in document: TextDocument) -> Range<Int>? {
        guard let start = Position(json?["start"]), let end = Position(json?["end"]) else { return nil }
        let lower = document.offset(of: start, encoding: encoding)
        return lower..<max(lower, document.offset(of: end, encoding: encoding))
    }

    func uri(_ params: JSON) throws(ResponseError) -> String {
        guard let uri = params["textDocument"]?["uri"]?.stringValue else { throw .invalidParams("missing 'textDocument.uri'") }
        return uri
    }
}
