import Testing
@testable import CandorKit

/// The first stage of a run: standard input, then the inputs in memory, then the paths' files in path order.
struct SourceCollectorTests {
    private struct Collected {
        var sources: [Source] = []
        var problems: [String] = []
        var notices: [String] = []
        var listed: [String] { sources.map { "\($0.kind) \($0.input.path)" } }
    }

    private func collect(_ options: LintOptions) -> Collected {
        var collected = Collected()
        let collector = SourceCollector(walker: FileWalker(extensions: ReaderRegistry.extensions))
        collected.sources = collector.sources(
            of: options, problem: { collected.problems.append($0) }, notice: { collected.notices.append($0) })
        return collected
    }

    @Test func standardInputComesFirstThenTheInputsThenThePathsFiles() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let draft = try folder.write("draft.md", "Hello.\n")
        var options = LintOptions()
        options.paths = [draft, "-"]
        options.inputs = [.text("Staged.\n", path: "staged.md")]
        options.readStandardInput = true
        options.standardInput = Array("From a pipe.\n".utf8)
        let collected = collect(options)
        #expect(collected.listed == ["standardInput <stdin>", "inMemory staged.md", "namedFile \(draft)"])
        #expect(collected.problems.isEmpty && collected.notices.isEmpty)
    }

    @Test func standardInputIsShownUnderItsFilename() {
        var options = LintOptions()
        options.readStandardInput = true
        options.standardInput = Array("From a pipe.\n".utf8)
        options.stdinFilename = "drafts/post.md"
        #expect(collect(options).listed == ["standardInput drafts/post.md"])
    }

    /// Path order whatever order they were named in, name by name (`a/c.md` before `a-b.md`, as a walk of the
    /// folder has it, though `-` sorts before `/`), each file once.
    @Test func filesComeInPathOrderEachOnce() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let dashed = try folder.write("a-b.md", "One.\n")
        let nested = try folder.write("a/c.md", "Two.\n")
        var options = LintOptions()
        options.paths = [dashed, folder.path + "/a", nested]
        let collected = collect(options)
        #expect(collected.listed == ["foundFile \(nested)", "namedFile \(dashed)"])
    }

    @Test func aPathThatNamesNothingIsAProblem() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        var options = LintOptions()
        options.paths = [folder.path + "/missing.md"]
        let collected = collect(options)
        #expect(collected.sources.isEmpty)
        #expect(collected.problems == ["\(folder.path)/missing.md: no such file or folder"])
    }

    /// Binary input is not linted: named (standard input, a file on the command line), that fails the run;
    /// found by a walk, it is a notice.
    @Test func binaryInputIsPassedOver() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let binary = try folder.write("walked/image.md", "GIF89a\u{0}\u{0}")
        try folder.write("walked/text.md", "Words.\n")
        var options = LintOptions()
        options.readStandardInput = true
        options.standardInput = [0x47, 0x00, 0x01]
        options.paths = [folder.path + "/walked", binary]
        let collected = collect(options)
        #expect(collected.listed == ["foundFile \(folder.path)/walked/text.md"])
        #expect(collected.problems == ["<stdin>: binary input skipped", "\(binary): binary file skipped"])
        #expect(collected.notices == ["\(binary): binary file skipped"])
    }

    @Test func aLintWalksWhatItsConfigurationIncludes() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("posts/kept.md", "One.\n")
        try folder.write("posts/left.md", "Two.\n")
        var configuration = Configuration()
        configuration.exclude = ["**/left.md"]
        let sources = SourceCollector(configuration: configuration).files(named: [folder.path + "/posts"], problem: { _ in }, notice: { _ in })
        #expect(sources.map(\.input.path) == [folder.path + "/posts/kept.md"])
    }
}
