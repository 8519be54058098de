import CandorBytes
import Testing

@testable import CandorKit

/// `GitRepository.stagedFiles()` and `indexedFiles(_:)`.
@Suite struct StagedFilesTests {
    private func objectID(_ scratch: ScratchRepository, _ path: String) throws -> String {
        String(try scratch.git("rev-parse", ":" + path).trimmingSpaces())
    }

    @Test func listsAddedAndModifiedFilesWithTheirStagedBlobs() throws {
        let scratch = try ScratchRepository()
        try scratch.stage(["posts/kept.md": "Kept", "posts/changed.md": "Before", "posts/gone.md": "Gone"])
        try scratch.commit()
        try scratch.stage(["posts/changed.md": "After", "posts/new post's ünïcode.md": "New"])
        try scratch.git("rm", "-q", "posts/gone.md")
        try scratch.write("posts/untracked.md", "Not staged")
        try scratch.write("posts/kept.md", "Edited, not staged")

        let files = try scratch.repository.stagedFiles()
        #expect(files.map(\.path) == ["posts/changed.md", "posts/new post's ünïcode.md"])
        #expect(try files.map(\.object) == [objectID(scratch, "posts/changed.md"), objectID(scratch, "posts/new post's ünïcode.md")])
    }

    @Test func aRenamedFileCountsAsAddedUnderItsNewName() throws {
        let scratch = try ScratchRepository()
        try scratch.stage(["drafts/a.md": "A post long enough for git to see the rename, line one.\nLine two.\n"])
        try scratch.commit()
        try scratch.git("mv", "drafts", "posts")
        #expect(try scratch.repository.stagedFiles().map(\.path) == ["posts/a.md"])
    }

    @Test func leavesOutSymbolicLinks() throws {
        let scratch = try ScratchRepository()
        try scratch.stage(["posts/real.md": "Real"])
        try scratch.git("update-index", "--add", "--cacheinfo", "120000,\(objectID(scratch, "posts/real.md")),posts/link.md")
        #expect(try scratch.repository.stagedFiles().map(\.path) == ["posts/real.md"])
    }

    @Test func theFirstCommitListsEverythingStaged() throws {
        let scratch = try ScratchRepository()
        try scratch.stage(["b.md": "B", "a.md": "A"])
        #expect(try scratch.repository.stagedFiles().map(\.path) == ["a.md", "b.md"])
    }

    @Test func nothingStagedIsNothing() throws {
        let scratch = try ScratchRepository()
        try scratch.stage(["a.md": "A"])
        try scratch.commit()
        #expect(try scratch.repository.stagedFiles().isEmpty)
    }

    @Test func indexedFilesNamesPathsFromTheTopAndTakesThemLiterally() throws {
        let scratch = try ScratchRepository()
        try scratch.stage(["posts/a.md": "A", "posts/b.md": "B", "posts/*.md": "Star", "notes/c.md": "C"])
        try scratch.commit()
        try scratch.write("posts/a.md", "Edited, not staged")
        let fromPosts = GitRepository(directory: scratch.path + "/posts")
        #expect(try fromPosts.indexedFiles(["a.md", "*.md", "untracked.md"]).map(\.path) == ["posts/*.md", "posts/a.md"])
        #expect(try fromPosts.indexedFiles(["a.md"]).map(\.object) == [objectID(scratch, "posts/a.md")])
        #expect(try scratch.repository.indexedFiles(["posts"]).count == 3)
        #expect(try scratch.repository.indexedFiles([]).isEmpty)
    }
}
