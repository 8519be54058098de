import Foundation
import Testing
@testable import CandorKit

@Suite struct StagedPostsTests {
    private static let broadcast =
        "We are pleased to announce our industry-leading platform. Learn more: https://example.com/launch #innovation #growth #ai #cloud\n"
    private static let conversation = "Shipped the export fix today. @maria, does it work for you now?\n"

    private func staged(_ scratch: ScratchRepository, notices: inout [String]) throws -> StagedPosts {
        var heard: [String] = []
        let posts = try StagedPosts(try scratch.repository.stagedFiles(), repository: scratch.repository) { heard.append($0) }
        notices = heard
        return posts
    }

    private func staged(_ scratch: ScratchRepository) throws -> StagedPosts {
        var notices: [String] = []
        return try staged(scratch, notices: &notices)
    }

    private func text(_ input: Input) throws -> String {
        String(decoding: try input.readAll(), as: UTF8.self)
    }

    @Test func choosesTheStagedFilesAFolderWalkWouldLint() throws {
        let scratch = try ScratchRepository()
        try scratch.stage([
            ".candor.yml": "packs: [Candor, ./rules/House]\ninclude: [\"posts/**\", \"rules/**\", \"*.md\"]\nexclude: [\"posts/archive/**\"]\n",
            "README.md": "Read me",
            "posts/a.md": "A",
            "posts/queue.csv": "text\nB\n",
            "posts/archive/old.md": "Archived",
            "posts/.drafts/hidden.md": "Hidden",
            "posts/script.swift": "print(1)",
            "rules/House/NoSynergy.yml": "extends: existence\n",
            "notes/n.md": "Not included",
            ".github/workflow.yml": "on: push\n",
        ])
        let posts = try staged(scratch)
        #expect(posts.inputs.map(\.path) == ["README.md", "posts/a.md", "posts/queue.csv"])
        #expect(try posts.inputs.map(text) == ["Read me", "A", "text\nB\n"])
    }

    @Test func lintsTheStagedVersionOfEachFile() throws {
        let scratch = try ScratchRepository()
        try scratch.stage(["posts/a.md": Self.conversation])
        try scratch.write("posts/a.md", Self.broadcast)
        #expect(try staged(scratch).inputs.map(text) == [Self.conversation])
    }

    @Test func skipsBinaryFilesWithANotice() throws {
        let scratch = try ScratchRepository()
        try scratch.write("posts/image.md", bytes: [0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 13])
        try scratch.stage(["posts/a.md": "A"])
        try scratch.git("add", ".")
        var notices: [String] = []
        #expect(try staged(scratch, notices: &notices).inputs.map(\.path) == ["posts/a.md"])
        #expect(notices == ["posts/image.md: binary file skipped"])
    }

    @Test func theConfigurationIsTheStagedOneNotTheWorkingCopy() throws {
        let scratch = try ScratchRepository()
        try scratch.stage([".candor.yml": "include: [\"posts/**\"]\n", "posts/a.md": "A", "notes/b.md": "B"])
        try scratch.write(".candor.yml", "include: [\"notes/**\"]\nfail-on: error\n")
        let posts = try staged(scratch)
        #expect(posts.inputs.map(\.path) == ["posts/a.md"])
        #expect(posts.configuration.include == ["posts/**"])
        let supplied = try #require(posts.lintOptions().suppliedConfig)
        #expect(supplied.bytes == Array("include: [\"posts/**\"]\n".utf8))
        #expect(supplied.path == ".candor.yml (staged)")
        #expect(posts.lintOptions().configFile == nil)
    }

    @Test func packFoldersTheStagedConfigurationNamesAreInTheWorkTree() throws {
        let scratch = try ScratchRepository()
        try scratch.stage([".candor.yml": "packs: [Candor, ./rules/House, 'rules/It''s', \"/abs/Pack\"]\n", "posts/a.md": "A"])
        let workTree = Path.absolute(scratch.path)
        #expect(try staged(scratch).configuration.packs
            == ["Candor", workTree + "/./rules/House", workTree + "/rules/It's", "/abs/Pack"])
    }

    @Test func aScoreModelTheStagedConfigurationNamesIsFoundInTheWorkTree() throws {
        let scratch = try ScratchRepository()
        let model = try String(contentsOfFile: repositoryRoot + "/Rules/Candor/candor-score.yml", encoding: .utf8)
        try scratch.stage([".candor.yml": "score:\n  model: models/score.yml\n", "models/score.yml": model, "posts/a.md": "A"])
        let configuration = try staged(scratch).configuration
        #expect(configuration.scoring.model == (try ScoreModel.load(path: scratch.path + "/models/score.yml")))
        #expect(configuration.origins["score.model"] == ".candor.yml (staged)")
    }

    @Test func withoutAStagedConfigurationTheUsualSearchApplies() throws {
        let scratch = try ScratchRepository()
        try scratch.write(".candor.yml", "include: [\"notes/**\"]\n")
        try scratch.stage(["posts/a.md": "A", "notes/b.md": "B"])
        let posts = try staged(scratch)
        #expect(posts.inputs.map(\.path) == ["notes/b.md"])
        #expect(posts.lintOptions().configFile == nil)
        #expect(posts.lintOptions().suppliedConfig == nil)
    }

    @Test func failsOnWarningsUnlessTheConfigurationOrTheCallerSaysOtherwise() throws {
        let scratch = try ScratchRepository()
        try scratch.stage(["posts/a.md": "A"])
        #expect(try staged(scratch).lintOptions().failOn == .warning)
        #expect(try staged(scratch).lintOptions(failOn: .suggestion).failOn == .suggestion)
        try scratch.stage([".candor.yml": "fail-on: error\n"])
        #expect(try staged(scratch).lintOptions().failOn == .error)
        #expect(try staged(scratch).lintOptions(failOn: .warning).failOn == .warning)
    }

    @Test func aBrokenStagedConfigurationIsNamedAsStaged() throws {
        let scratch = try ScratchRepository()
        try scratch.stage([".candor.yml": "level: warning\nfail-on: sometimes\n", "posts/a.md": "A"])
        let error = #expect(throws: LoadError.self) { try staged(scratch) }
        #expect(error?.path == ".candor.yml (staged)")
        #expect(error?.line == 2)
    }

    @Test func runsAsTheHookDoes() throws {
        let scratch = try ScratchRepository()
        try scratch.stage([".candor.yml": "include: [\"posts/**\"]\n", "posts/launch.md": Self.broadcast, "posts/reply.md": Self.conversation])
        let posts = try staged(scratch)
        var reporter = LineReporter()
        var report = ""
        var diagnostics: [String] = []
        let status = LintRunner(options: posts.lintOptions(), userConfig: nil)
            .run(reporter: &reporter, output: &report) { diagnostics.append($0) }
        #expect(status == 1)
        #expect(diagnostics.isEmpty)
        #expect(report.contains("posts/launch.md:1:32:Candor.CorporateVoice:'industry-leading'"))
        #expect(!report.contains("posts/reply.md"))
    }

    @Test func theRunnersMessagesNameTheStagedConfiguration() throws {
        let scratch = try ScratchRepository()
        try scratch.stage([".candor.yml": "rules:\n  Candor.NoSuchRule: warning\n", "posts/a.md": "A"])
        let posts = try staged(scratch)
        var reporter = LineReporter()
        var report = ""
        var diagnostics: [String] = []
        let status = LintRunner(options: posts.lintOptions(), userConfig: nil)
            .run(reporter: &reporter, output: &report) { diagnostics.append($0) }
        #expect(status == 2)
        #expect(diagnostics.contains { $0.contains(".candor.yml (staged): 'rules.Candor.NoSuchRule': ") }, "\(diagnostics)")
    }
}
