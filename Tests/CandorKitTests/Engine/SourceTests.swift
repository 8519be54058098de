import Testing
@testable import CandorKit

/// A source knows whether it is standard input: that, and not its name, decides its configuration's folder.
struct SourceTests {
    @Test func standardInputIsReadWithTheCurrentFoldersConfigurationWhateverItsName() {
        let named = Source.standardInput(Array("Hello\n".utf8), name: "drafts/post.md")
        #expect(named.kind == .standardInput)
        #expect(named.input.path == "drafts/post.md")
        #expect(named.folder == ".")
        #expect(named.isNamed)
        let unnamed = Source.standardInput([], name: nil)
        #expect(unnamed.input.path == "<stdin>")
        #expect(unnamed.folder == ".")
    }

    @Test func aFileIsReadWithItsOwnFoldersConfiguration() {
        #expect(Source(input: .file("drafts/post.md"), kind: .namedFile).folder == "drafts")
        #expect(Source(input: .file("post.md"), kind: .foundFile).folder == ".")
        // A file that carries standard input's display name is still a file.
        #expect(Source(input: .text("x", path: "drafts/<stdin>"), kind: .inMemory).folder == "drafts")
    }

    @Test func onlyStandardInputAndNamedFilesAreNamed() {
        #expect(Source(input: .file("a.md"), kind: .namedFile).isNamed)
        #expect(!Source(input: .file("a.md"), kind: .foundFile).isNamed)
        #expect(!Source(input: .text("x", path: "a.md"), kind: .inMemory).isNamed)
    }
}
