import Foundation
import Testing
@testable import CandorKit

/// A fixed run for the reporters' golden files: two files, three posts, findings of every level, a feed
/// finding, and text that needs escaping (quotes) and counting (an emoji). Its rules are defined here, not
/// taken from Rules/, so the goldens change only when a reporter (or the engine) does.
enum ReporterFixture {
    static let sources: [(path: String, text: String)] = [
        ("posts/launch.md", """
            ---
            platform: mastodon
            account: Acme
            ---
            We leverage "synergy" 😀 to deliver an amazing launch.
            ---
            Amazing!! Do you like it?
            """),
        ("posts/reply.md", "Thanks, I will fix it today.\n"),
    ]

    static func rules() throws -> [Rule] {
        [
            try makeRule("""
                extends: substitution
                message: Use "%s" instead of "%s".
                ignorecase: true
                swap:
                  leverage: use
                  synergy: working together
                """, name: "Jargon"),
            try makeRule(
                "extends: existence\nmessage: \"'%s' is hype.\"\nlevel: suggestion\nignorecase: true\ntokens: [amazing]\n",
                name: "Hype"),
            try makeRule("extends: existence\nmessage: Stacked exclamation marks.\nlevel: error\nraw: ['!{2,}']\n", name: "Shout"),
            try makeRule("extends: feed\nmessage: A run of %s posts.\nformula: posts\ncondition: '>= 3'\n", name: "Feed"),
        ]
    }

    /// A score model of the fixture's own, so that the three posts land on the three verdicts and the first
    /// is coached.
    static func scoring() -> ScoringOptions {
        var options = ScoringOptions()
        options.model = ScoreModel(
            intercept: 0.2, features: [.voice(.question), .voice(.firstPerson), .voice(.thanks), .rule("Test.Jargon")],
            coefficients: [1.5, 1, 0.8, -2.5])
        return options
    }

    /// Runs the fixture through `reporter` as `candor lint` does and returns what it wrote.
    static func output(_ reporter: some Reporter) throws -> String {
        var reporter = reporter
        let linter = try Linter(rules: rules(), scoring: scoring())
        var summary = RunSummary()
        var output = ""
        for source in sources {
            summary.files += 1
            for post in try readPosts(source.text, path: source.path) {
                var result = linter.lint(post)
                // The first words, as the runner adds them for the text report.
                result.snippet = Snippet.of(post.prose)
                summary.posts += 1
                summary.feed.add(result)
                result.findings.forEach { summary.count($0.level) }
                reporter.report(result, to: &output)
            }
        }
        summary.feedFindings = linter.feedFindings(summary.feed)
        summary.feedFindings.forEach { summary.count($0.level) }
        reporter.finish(summary, to: &output)
        return output
    }
}

/// Compares output with a golden file in Resources/golden/. `CANDOR_UPDATE_GOLDEN=1 swift test` rewrites the
/// goldens in the source tree instead (review the diff before committing). Rewriting passes every golden test,
/// so under CI (`CI` set, as every CI service sets it) the variable is refused: each golden test fails saying so.
enum Golden {
    /// Resources/golden in the source tree, where a rewrite goes.
    static let sourceFolder: String = {
        var url = URL(fileURLWithPath: #filePath)  // Tests/CandorKitTests/Reporters/ReporterFixture.swift
        url.deleteLastPathComponent()
        url.deleteLastPathComponent()
        return url.appendingPathComponent("Resources/golden").path
    }()

    static func check(
        _ actual: String, file name: String, environment: [String: String] = ProcessInfo.processInfo.environment,
        sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) throws {
        switch updateMode(environment) {
        case .refused(let reason):
            Issue.record(Comment(rawValue: reason), sourceLocation: sourceLocation)
            return
        case .rewrite:
            try actual.write(toFile: sourceFolder + "/" + name, atomically: true, encoding: .utf8)
            return
        case .compare:
            break
        }
        let url = try #require(
            Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Resources/golden"),
            "no golden file \(name): run CANDOR_UPDATE_GOLDEN=1 swift test", sourceLocation: sourceLocation)
        let expected = try String(contentsOf: url, encoding: .utf8)
        let advice = "if the change is intended, run CANDOR_UPDATE_GOLDEN=1 swift test and review the diff"
        #expect(actual == expected, "output differs from Resources/golden/\(name); \(advice)", sourceLocation: sourceLocation)
    }
}

extension Golden {
    enum UpdateMode: Equatable {
        case compare, rewrite
        /// `CANDOR_UPDATE_GOLDEN=1` under CI: the test fails with this reason and neither compares nor writes.
        case refused(String)
    }

    /// What `check` does in this environment: compare, or rewrite the goldens (`CANDOR_UPDATE_GOLDEN=1`),
    /// which CI refuses (`CI` set to anything but empty, "0" or "false").
    static func updateMode(_ environment: [String: String]) -> UpdateMode {
        guard environment["CANDOR_UPDATE_GOLDEN"] == "1" else { return .compare }
        let ci = environment["CI"] ?? ""
        guard ci.isEmpty || ci == "0" || ci.lowercased() == "false" else {
            return .refused("CANDOR_UPDATE_GOLDEN=1 is refused under CI (CI=\(ci)): it would pass every golden test; "
                + "regenerate golden files locally and commit them")
        }
        return .rewrite
    }
}
