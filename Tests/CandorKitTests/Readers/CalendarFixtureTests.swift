import Testing
@testable import CandorKit

/// The content calendar in `Fixtures/calendar` holds the same posts in every queue format.
@Suite struct CalendarFixtureTests {
    private static let texts = [
        "We are pleased to announce our industry-leading platform. Learn more: https://example.com/launch #innovation #growth #ai",
        "@maria thanks for the bug report! Does the export work for you now?",
        "Exciting news!\nOur \"next-gen\" café dashboard is live 🚀\nClick here: https://example.com/dashboard",
        "I broke the nightly build yesterday, sorry. What would have caught it sooner? Honest ideas welcome.",
        "Don't miss out! 50% off all plans this week only. Buy now: https://example.com/sale #deal #saas",
    ]

    private static let metadata: [[String: String]] = [
        ["id": "1", "date": "2025-03-03", "platform": "x", "account": "acme"],
        ["id": "2", "date": "2025-03-04", "platform": "x", "account": "acme"],
        ["id": "3", "date": "2025-03-05", "platform": "linkedin", "account": "acme"],
        ["id": "4", "date": "2025-03-06", "platform": "mastodon", "account": "dev-team"],
        ["id": "5", "date": "2025-03-07", "platform": "x", "account": "acme"],
    ]

    /// Each file, with where `Click`, `@maria` and `#saas` stand in it.
    @Test(arguments: [
        ("queue.csv", CandorKit.SourceLocation(line: 6, column: 1), CandorKit.SourceLocation(line: 3, column: 21), CandorKit.SourceLocation(line: 8, column: 111)),
        ("queue.tsv", CandorKit.SourceLocation(line: 6, column: 1), CandorKit.SourceLocation(line: 3, column: 21), CandorKit.SourceLocation(line: 8, column: 111)),
        ("queue.json", CandorKit.SourceLocation(line: 21, column: 89), CandorKit.SourceLocation(line: 14, column: 14), CandorKit.SourceLocation(line: 35, column: 104)),
        ("queue.jsonl", CandorKit.SourceLocation(line: 3, column: 160), CandorKit.SourceLocation(line: 2, column: 78), CandorKit.SourceLocation(line: 5, column: 168)),
        ("queue.yml", CandorKit.SourceLocation(line: 20, column: 7), CandorKit.SourceLocation(line: 12, column: 12), CandorKit.SourceLocation(line: 33, column: 102)),
    ])
    func readsTheSamePostsFromEveryFormat(
        name: String, click: CandorKit.SourceLocation, maria: CandorKit.SourceLocation, saas: CandorKit.SourceLocation
    ) throws {
        let path = "\(ReaderHarness.fixtures)/calendar/\(name)"
        let reader = try #require(ReaderRegistry.reader(forExtension: Input.file(path).fileExtension))
        let posts = try ReaderHarness.posts(reader, .file(path))
        #expect(posts.map(\.string) == Self.texts)
        #expect(posts.map(\.metadata) == Self.metadata)
        #expect(posts.map(\.index) == Array(0..<5))
        #expect(posts.map(\.suppressions) == [[], [], [], [], [Post.Suppression(rules: ["Candor.LinkOnly"], range: 0..<95)]])
        #expect(ReaderHarness.location(of: "Click", in: posts[2]) == click)
        #expect(ReaderHarness.location(of: "@maria", in: posts[1]) == maria)
        #expect(ReaderHarness.location(of: "#saas", in: posts[4]) == saas)
        for (post, word) in zip(posts, ["industry-leading", "bug report", "dashboard", "sooner?", "Buy now"]) {
            #expect(ReaderHarness.source(of: word, in: post) == word)
        }
    }
}
