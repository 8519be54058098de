import Foundation
import Testing
@testable import CandorKit

struct SourceRootTests {
    private static func folder() throws -> String {
        let base = URL(fileURLWithPath: NSTemporaryDirectory()).resolvingSymlinksInPath()
        let path = base.appendingPathComponent("candor-root-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path + "/repo/posts/drafts", withIntermediateDirectories: true)
        return path
    }

    @Test func theNearestFolderWithAGitEntryIsTheRoot() throws {
        let base = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: base) }
        // Outside any repository: the folder itself.
        #expect(SourceRoot.find(from: base + "/repo/posts/drafts") == base + "/repo/posts/drafts")
        try FileManager.default.createDirectory(atPath: base + "/repo/.git", withIntermediateDirectories: true)
        #expect(SourceRoot.find(from: base + "/repo/posts/drafts") == base + "/repo")
        #expect(SourceRoot.find(from: base + "/repo") == base + "/repo")
        // A linked worktree's or a submodule's `.git` is a file.
        try "gitdir: ../.git/worktrees/posts\n".write(toFile: base + "/repo/posts/.git", atomically: true, encoding: .utf8)
        #expect(SourceRoot.find(from: base + "/repo/posts/drafts") == base + "/repo/posts")
    }

    @Test func pathsAreMadeRelativeToTheRootWhenInsideIt() throws {
        let base = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: base) }
        #expect(SourceRoot.relative(base + "/repo/posts/a.md", to: base + "/repo") == "posts/a.md")
        #expect(SourceRoot.relative(base + "/repo/posts/../b.md", to: base + "/repo/") == "b.md")
        #expect(SourceRoot.relative(base + "/repository/a.md", to: base + "/repo") == nil)
        // Through a symbolic link to a folder inside the root.
        try FileManager.default.createSymbolicLink(atPath: base + "/link", withDestinationPath: base + "/repo/posts")
        try "x".write(toFile: base + "/repo/posts/c.md", atomically: true, encoding: .utf8)
        #expect(SourceRoot.relative(base + "/link/c.md", to: base + "/repo") == "posts/c.md")
    }
}
