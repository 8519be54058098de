/// candor's JSON, version 1 (DESIGN section 8; the README documents every field). Streams: each post is
/// written as it arrives, one a line, so a large queue never sits in memory as a whole document.
public struct JSONReporter: Reporter {
    private var wrote = false

    public init() {}

    public mutating func report(_ result: PostResult, to output: inout some TextOutputStream) {
        output.write(wrote ? ",\n  " : "{\"version\": 1,\n \"posts\": [\n  ")
        wrote = true
        JSONReporter.post(result).write(to: &output)
    }

    public mutating func finish(_ summary: RunSummary, to output: inout some TextOutputStream) {
        output.write(wrote ? "],\n" : "{\"version\": 1,\n \"posts\": [],\n")
        let feed = JSON.object([
            ("posts", .int(summary.feed.posts)),
            ("broadcast", .int(summary.feed.broadcast)),
            ("meanScore", .number((summary.feed.meanScore * 10).rounded() / 10)),
            ("findings", .array(summary.feedFindings.map { finding in
                .object([("rule", .string(finding.rule)), ("level", .string(finding.level.rawValue)),
                         ("message", .string(finding.message))])
            })),
        ])
        output.write(" \"feed\": ")
        feed.write(to: &output)
        output.write(",\n \"summary\": ")
        JSON.object([
            ("files", .int(summary.files)), ("posts", .int(summary.posts)), ("errors", .int(summary.errors)),
            ("warnings", .int(summary.warnings)), ("suggestions", .int(summary.suggestions)),
        ]).write(to: &output)
        output.write("}\n")
    }

    static func post(_ result: PostResult) -> JSON {
        var members: [(String, JSON)] = [
            ("path", .string(result.path)), ("index", .int(result.index)),
            ("line", .int(result.location.line)), ("column", .int(result.location.column)),
            ("platform", .string(result.platform.rawValue)),
            ("score", .int(result.score.value)), ("verdict", .string(result.verdict.rawValue)),
            ("metrics", .object(Metrics.names.map { ($0, .number(result.metrics[$0])) })),
        ]
        if !result.metadata.isEmpty {
            members.append(("metadata", .object(result.metadata.sorted { $0.key < $1.key }.map { ($0.key, .string($0.value)) })))
        }
        members.append(("findings", .array(result.findings.map(finding))))
        return .object(members)
    }

    static func finding(_ finding: Finding) -> JSON {
        .object([
            ("rule", .string(finding.rule)), ("level", .string(finding.level.rawValue)),
            ("message", .string(finding.message)),
            ("line", .int(finding.start.line)), ("column", .int(finding.start.column)),
            ("endLine", .int(finding.end.line)), ("endColumn", .int(finding.end.column)),
            ("match", .string(finding.match)), ("suggestions", .array(finding.suggestions.map(JSON.string))),
        ])
    }
}
