/// Each post's score and verdict as a code lens where the post starts ("score 14 · broadcast"), and for a
/// broadcast post a lens for each of the coach's suggestions; hover on a finding shows the rule as
/// `candor explain` does.
extension LanguageServer {
    func codeLenses(_ params: JSON) throws(ResponseError) -> JSON {
        let (document, report) = try report(try uri(params))
        var lenses: [JSON] = []
        for (result, offset) in report.posts {
            let start = document.position(of: offset, encoding: encoding).json
            let range = JSON.object([("start", start), ("end", start)])
            let titles = ["score \(result.score.value) · \(result.verdict.rawValue)"]
                + result.score.suggestions.map { "coach: \($0.change) (+\($0.points))" }
            // A lens with a title and no command to run: shown, not clickable.
            lenses += titles.map { title in
                .object([("range", range), ("command", .object([("title", .string(title)), ("command", .string(""))]))])
            }
        }
        return .array(lenses)
    }

    func hover(_ params: JSON) throws(ResponseError) -> JSON {
        let (document, report) = try report(try uri(params))
        guard let position = Position(params["position"]) else { throw .invalidParams("missing 'position'") }
        let found = report.findings(at: document.offset(of: position, encoding: encoding))
        guard !found.isEmpty else { return .null }
        let sections = found.map { placed in
            let finding = placed.finding
            var text = "**\(finding.rule)** (\(finding.level.rawValue)): \(finding.message)"
            if let rule = report.rules[finding.rule] {
                text += "\n\n```text\n" + RuleListing.explanation(rule) + "```"
            }
            return text
        }
        let covered = found.map(\.range).reduce(found[0].range) { min($0.lowerBound, $1.lowerBound)..<max($0.upperBound, $1.upperBound) }
        return .object([
            ("contents", .object([("kind", .string("markdown")), ("value", .string(sections.joined(separator: "\n\n---\n\n")))])),
            ("range", range(covered, in: document)),
        ])
    }
}
