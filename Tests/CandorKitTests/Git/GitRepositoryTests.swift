import Foundation
import Testing
@testable import CandorKit

@Suite struct GitRepositoryTests {
    @Test func findsTheTopOfTheWorkTreeFromASubfolder() throws {
        let scratch = try ScratchRepository()
        try scratch.write("posts/drafts/a.md", "Hello")
        #expect(try GitRepository(directory: scratch.path + "/posts/drafts").topLevel() == scratch.path)
    }

    @Test func hooksLiveInTheGitFolderUnlessCoreHooksPathMovesThem() throws {
        let scratch = try ScratchRepository()
        #expect(Path.normalized(try scratch.repository.gitPath("hooks")) == scratch.path + "/.git/hooks")
        try scratch.git("config", "core.hooksPath", ".githooks")
        try scratch.write("posts/a.md", "Hello")
        // A relative core.hooksPath counts from the top, wherever git is asked from.
        let fromSubfolder = GitRepository(directory: scratch.path + "/posts")
        #expect(Path.normalized(try fromSubfolder.gitPath("hooks")) == scratch.path + "/.githooks")
    }

    @Test func linkedWorktreesShareTheMainRepositorysHooks() throws {
        let scratch = try ScratchRepository()
        try scratch.commit()
        try scratch.git("worktree", "add", "-q", "linked")
        let linked = GitRepository(directory: scratch.path + "/linked")
        #expect(Path.normalized(try linked.gitPath("hooks")) == scratch.path + "/.git/hooks")
        #expect(try linked.topLevel() == scratch.path + "/linked")
    }

    @Test func aFailingCommandThrowsWithGitsMessage() throws {
        let scratch = try ScratchRepository()
        let error = #expect(throws: GitError.self) { try scratch.repository.run(["rev-parse", "--verify", "no-such-branch"]) }
        #expect(error?.command == "git rev-parse --verify no-such-branch")
        #expect(error?.message.contains("fatal") == true)
    }

    @Test func outsideARepositoryGitSaysSo() throws {
        let scratch = try ScratchRepository()
        try FileManager.default.removeItem(atPath: scratch.path + "/.git")
        let error = #expect(throws: GitError.self) { try scratch.repository.topLevel() }
        #expect(error?.message.contains("not a git repository") == true)
    }
}
