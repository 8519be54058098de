import Testing
@testable import CandorKit

/// A run whose data would act on a terminal or split a record if written raw: a file name holding ESC `[2J`
/// (clear the screen), a C1 CSI and a line break, a finding that quotes a match across a line break, messages
/// with line breaks of their own, a tab, DEL and a backslash. Every human-readable reporter gets it.
enum HostileFixture {
    static let path = "evil\u{1B}[2J\u{9B}31m\nname\\x1b.md"
    /// `path` as `TerminalText` writes it.
    static let escapedPath = #"evil\x1b[2J\x9b31m\nname\\x1b.md"#
    static let text = "We leverage\nit\u{7F} today.\n"

    static func rules() throws -> [Rule] {
        [
            try makeRule("extends: existence\nmessage: \"'%s' is jargon.\\nSee\\tthe guide.\"\nraw: ['leverage\\s+it']\n", name: "Jargon"),
            try makeRule("extends: feed\nmessage: \"A run of %s posts.\\r\\n::error::forged\"\nformula: posts\ncondition: '>= 1'\n", name: "Feed"),
        ]
    }

    /// Runs the one post through `reporter` as `candor lint` does and returns what it wrote.
    static func output(_ reporter: some Reporter) throws -> String {
        var reporter = reporter
        let linter = try Linter(rules: rules())
        var summary = RunSummary()
        var output = ""
        summary.files = 1
        for post in try readPosts(text, path: path) {
            var result = linter.lint(post)
            // The first words, as the runner adds them for the text report: DEL among them.
            result.snippet = Snippet.of(post.prose)
            #expect(result.snippet.unicodeScalars.contains("\u{7F}"))
            #expect(result.findings.count == 1)
            summary.posts += 1
            summary.feed.add(result)
            result.findings.forEach { summary.count($0.level) }
            reporter.report(result, to: &output)
        }
        summary.feedFindings = linter.feedFindings(summary.feed)
        #expect(summary.feedFindings.count == 1)
        summary.feedFindings.forEach { summary.count($0.level) }
        reporter.finish(summary, to: &output)
        return output
    }

    /// Whether `output` holds a control character other than the line feed that ends each line (C0, DEL, C1).
    static func hasRawControl(_ output: String) -> Bool {
        output.unicodeScalars.contains { $0 != "\n" && ($0.value < 0x20 || (0x7F...0x9F).contains($0.value)) }
    }
}
