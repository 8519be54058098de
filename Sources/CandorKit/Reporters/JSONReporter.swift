/// candor's JSON, version 1 (docs/json.md documents every field). Streams: each post is
/// written as it arrives, one a line, so a large queue never sits in memory as a whole document.
public struct JSONReporter: Reporter {
    private var wrote = false

    public init() {}

    public mutating func report(_ result: PostResult, to output: inout some TextOutputStream) {
        report(result, rendered: nil, to: &output)
    }

    public var renderer: PostRenderer? { { JSONReporter.post($0) } }

    public mutating func report(_ result: PostResult, rendered: String?, to output: inout some TextOutputStream) {
        output.write(wrote ? ",\n  " : "{\"version\": 1,\n \"posts\": [\n  ")
        wrote = true
        output.write(rendered ?? JSONReporter.post(result))
    }

    public mutating func finish(_ summary: RunSummary, to output: inout some TextOutputStream) {
        output.write(wrote ? "],\n" : "{\"version\": 1,\n \"posts\": [],\n")
        let feed = JSON.object([
            ("posts", .int(summary.feed.posts)),
            ("broadcast", .int(summary.feed.broadcast)),
            ("meanScore", .number((summary.feed.meanScore * 10).rounded() / 10)),
            ("findings", .array(summary.feedFindings.map { finding in
                .object((finding.path.map { [("path", JSON.string($0))] } ?? [])
                        + [("rule", .string(finding.rule)), ("level", .string(finding.level.rawValue)),
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

    private static let metricKeys = Metrics.names.map(JSONObjectWriter.Key.init)

    /// One post's object, written straight to bytes: this runs once a post, on the worker threads.
    static func post(_ result: PostResult) -> String {
        var object = JSONObjectWriter()
        object.string(.path, result.path)
        object.int(.index, result.index)
        object.int(.line, result.location.line)
        object.int(.column, result.location.column)
        object.string(.platform, result.platform.rawValue)
        object.int(.score, result.score.value)
        object.string(.verdict, result.verdict.rawValue)
        object.object(.metrics) { metrics in
            for (key, value) in zip(JSONReporter.metricKeys, result.metrics.values) { metrics.number(key, value) }
        }
        if !result.metadata.isEmpty {
            object.object(.metadata) { metadata in
                for (key, value) in result.metadata.sorted(by: { $0.key < $1.key }) { metadata.string(named: key, value) }
            }
        }
        object.array(.findings, result.findings) { finding, object in
            object.string(.rule, finding.rule)
            object.string(.level, finding.level.rawValue)
            object.string(.message, finding.message)
            object.int(.line, finding.start.line)
            object.int(.column, finding.start.column)
            object.int(.endLine, finding.end.line)
            object.int(.endColumn, finding.end.column)
            object.string(.match, finding.match)
            object.value(.suggestions, .array(finding.suggestions.map(JSON.string)))
        }
        // The coach's changes for a broadcast post, each with the points it would add; empty otherwise.
        object.array(.suggestions, result.score.suggestions) { suggestion, object in
            object.string(.change, suggestion.change)
            object.int(.points, suggestion.points)
        }
        return object.text()
    }
}

/// The keys of a post's object, encoded once.
private extension JSONObjectWriter.Key {
    static let path = Self("path"), index = Self("index"), line = Self("line"), column = Self("column")
    static let platform = Self("platform"), score = Self("score"), verdict = Self("verdict"), metrics = Self("metrics")
    static let metadata = Self("metadata"), findings = Self("findings"), rule = Self("rule"), level = Self("level")
    static let message = Self("message"), endLine = Self("endLine"), endColumn = Self("endColumn"), match = Self("match")
    static let suggestions = Self("suggestions"), change = Self("change"), points = Self("points")
}
