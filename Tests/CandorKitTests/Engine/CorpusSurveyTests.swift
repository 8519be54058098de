import Testing
@testable import CandorKit

/// `candor test-rules --corpus`: how many posts each rule flags, read as a lint reads a folder.
struct CorpusSurveyTests {
    private static func linter() throws -> Linter {
        try Linter(rules: [
            makeRule("extends: existence\nmessage: m\nlevel: warning\ntokens: [utilize]\n", name: "Plain", pack: "House"),
            makeRule("extends: existence\nmessage: m\nlevel: warning\ntokens: [synergy]\n", name: "Buzz", pack: "House"),
        ])
    }

    @Test func countsThePostsEachRuleFlagsWithSamples() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("drafts/a.md", "We utilize it.\n---\nPlain words.\n")
        try folder.write("queue.jsonl", #"{"text": "Then utilize\nthe tools."}"# + "\n" + #"{"text": "Hello."}"# + "\n")
        let survey = CorpusSurvey.run(path: folder.path, linter: try Self.linter(), samples: 1)
        #expect(survey.posts == 4)
        #expect(survey.lines.map(\.rule) == ["House.Plain", "House.Buzz"])
        #expect(survey.lines.map(\.flagged) == [2, 0])
        #expect(survey.lines[0].samples == ["We utilize it."])
        #expect(survey.problems.isEmpty && survey.notices.isEmpty)
        #expect(survey.text.hasPrefix("4 posts\nHouse.Plain"))
    }

    /// What a lint passes over, the survey passes over too, and says so as a lint does.
    @Test func readsTheCorpusAsALintReadsAFolder() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("a.md", "We utilize it.\n")
        try folder.write("empty.md", "")
        try folder.write("image.md", "GIF89a\u{0}\u{0}")
        try folder.write("package.json", #"{"name": "site"}"# + "\n")
        let survey = CorpusSurvey.run(path: folder.path, linter: try Self.linter())
        #expect(survey.posts == 1)
        #expect(survey.problems.isEmpty)
        // The walk passes over the binary file before the posts are read.
        #expect(survey.notices == ["\(folder.path)/image.md: binary file skipped", "\(folder.path)/empty.md: empty, no posts"])
    }

    @Test func aCorpusThatCannotBeReadIsAProblem() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("broken.jsonl", "{broken\n")
        let survey = CorpusSurvey.run(path: folder.path, linter: try Self.linter())
        #expect(survey.problems.count == 1 && survey.problems[0].hasPrefix("\(folder.path)/broken.jsonl:1:"))
        let missing = CorpusSurvey.run(path: folder.path + "/missing", linter: try Self.linter())
        #expect(missing.problems == ["\(folder.path)/missing: no such file or folder"] && missing.posts == 0)
    }
}
