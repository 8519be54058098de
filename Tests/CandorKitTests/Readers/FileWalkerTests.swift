#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Testing
@testable import CandorKit

@Suite struct FileWalkerTests {
    private let extensions: Set<String> = ["md", "csv", "txt"]

    /// A folder of drafts with everything a walk must pass over; returns its path.
    private func makeTree() -> String {
        let root = ReaderHarness.temporaryFolder()
        for folder in [".drafts", "posts", "posts/archive", "posts/sub", "posts/a", "posts/a/b", "posts-2", "build"] {
            ReaderHarness.makeFolder("\(root)/\(folder)")
        }
        for file in [
            "a.md", "B.md", "UPPER.MD", "notes.rst", ".hidden.md", ".drafts/x.md", "posts/p1.md", "posts/archive/old.md",
            "posts/sub/deep.csv", "posts/a/b/secret.md", "posts/a/b/fine.md", "posts-2/a.md", "build/out.md",
            "top-only.md", "posts/top-only.md", "x.tmp.md", "keep.tmp.md",
        ] {
            ReaderHarness.write("a post\n", to: "\(root)/\(file)")
        }
        ReaderHarness.write([0x89, 0x50, 0x4E, 0x47, 0x00, 0x01], to: "\(root)/image.png")
        ReaderHarness.write(Array("looks like text".utf8) + [0x00], to: "\(root)/binary.md")
        ReaderHarness.write([0x00], to: "\(root)/posts/blob.md")
        ReaderHarness.write("build/\n*.tmp.md\n!keep.tmp.md\n/top-only.md\nposts/**/secret.md\n", to: "\(root)/.gitignore")
        ReaderHarness.write("sub/\n", to: "\(root)/posts/.gitignore")
        symlink(root, "\(root)/loop")
        symlink("\(root)/a.md", "\(root)/linked.md")
        symlink("\(root)/missing.md", "\(root)/broken.md")
        return root
    }

    @Test func walksAFolderPassingOverWhatIsNotToBeLinted() throws {
        let root = makeTree()
        defer { ReaderHarness.remove(root) }
        var notices: [String] = []
        let files = try FileWalker(extensions: extensions).files(under: root) { notices.append($0) }
        #expect(files == [
            "B.md", "UPPER.MD", "a.md", "keep.tmp.md", "linked.md", "posts-2/a.md", "posts/a/b/fine.md",
            "posts/archive/old.md", "posts/p1.md", "posts/top-only.md",
        ].map { "\(root)/\($0)" })
        #expect(notices == ["\(root)/binary.md: binary file skipped", "\(root)/posts/blob.md: binary file skipped"])
    }

    @Test func keepsOnlyIncludedFilesThatAreNotExcluded() throws {
        let root = makeTree()
        defer { ReaderHarness.remove(root) }
        let walker = FileWalker(include: ["posts/**/*.md", "*.md"], exclude: ["posts/archive/**", "B.md"], extensions: extensions)
        let files = try walker.files(under: root, globsRelativeTo: root) { _ in }
        #expect(files == [
            "a.md", "keep.tmp.md", "linked.md", "posts/a/b/fine.md", "posts/p1.md", "posts/top-only.md",
        ].map { "\(root)/\($0)" })
        // Relative to another folder, the same globs match nothing.
        #expect(try walker.files(under: root, globsRelativeTo: "/elsewhere") { _ in }.isEmpty)
    }

    @Test func honoursIgnoreFilesAboveTheWalkUpToTheRepositoryRoot() throws {
        let outer = ReaderHarness.temporaryFolder()
        defer { ReaderHarness.remove(outer) }
        for folder in ["repo", "repo/.git", "repo/posts", "repo/posts/drafts"] {
            ReaderHarness.makeFolder("\(outer)/\(folder)")
        }
        // Outside the repository: Git never reads it.
        ReaderHarness.write("*.md\n", to: "\(outer)/.gitignore")
        ReaderHarness.write("drafts/\n/posts/private.md\n", to: "\(outer)/repo/.gitignore")
        for file in ["posts/ok.md", "posts/private.md", "posts/drafts/x.md"] {
            ReaderHarness.write("a post\n", to: "\(outer)/repo/\(file)")
        }
        let files = try FileWalker(extensions: extensions).files(under: "\(outer)/repo/posts/") { _ in }
        #expect(files == ["\(outer)/repo/posts/ok.md"])
    }

    @Test func honoursInfoExcludeAndTheUsersExcludesFileBelowAnyGitignore() throws {
        let outer = ReaderHarness.temporaryFolder()
        defer { ReaderHarness.remove(outer) }
        for folder in ["home", "home/.config", "home/.config/git", "repo", "repo/.git", "repo/.git/info", "repo/posts",
                       "repo/posts/drafts"] {
            ReaderHarness.makeFolder("\(outer)/\(folder)")
        }
        ReaderHarness.write("*.tmp.md\n", to: "\(outer)/home/.config/git/ignore")
        ReaderHarness.write("drafts/\n/posts/private.md\n!keep.tmp.md\n", to: "\(outer)/repo/.git/info/exclude")
        // A `.gitignore` outranks both: it takes back what the user's file ignores.
        ReaderHarness.write("!also.tmp.md\n", to: "\(outer)/repo/posts/.gitignore")
        for file in ["posts/ok.md", "posts/private.md", "posts/drafts/x.md", "posts/x.tmp.md", "posts/keep.tmp.md",
                     "posts/also.tmp.md"] {
            ReaderHarness.write("a post\n", to: "\(outer)/repo/\(file)")
        }
        let home = "\(outer)/home"
        let walker = FileWalker(extensions: extensions, environment: Environment(["HOME": home]))
        let expected = ["also.tmp.md", "keep.tmp.md", "ok.md"].map { "\(outer)/repo/posts/\($0)" }
        // From the repository's root and from a folder inside it.
        #expect(try walker.files(under: "\(outer)/repo") { _ in } == expected)
        #expect(try walker.files(under: "\(outer)/repo/posts") { _ in } == expected)
        // Without the user's file, only `.git/info/exclude` counts.
        let homeless = FileWalker(extensions: extensions, environment: Environment([:]))
        #expect(try homeless.files(under: "\(outer)/repo/posts") { _ in }
            == ["also.tmp.md", "keep.tmp.md", "ok.md", "x.tmp.md"].map { "\(outer)/repo/posts/\($0)" })
    }

    @Test func readsNoExcludeFilesOutsideARepository() throws {
        let outer = ReaderHarness.temporaryFolder()
        defer { ReaderHarness.remove(outer) }
        for folder in ["home", "home/.config", "home/.config/git", "posts"] {
            ReaderHarness.makeFolder("\(outer)/\(folder)")
        }
        ReaderHarness.write("*.md\n", to: "\(outer)/home/.config/git/ignore")
        ReaderHarness.write("a post\n", to: "\(outer)/posts/ok.md")
        let home = "\(outer)/home"
        let walker = FileWalker(extensions: extensions, environment: Environment(["HOME": home]))
        #expect(try walker.files(under: "\(outer)/posts") { _ in } == ["\(outer)/posts/ok.md"])
    }

    @Test func returnsAFileAsItIsUnlessBinary() throws {
        let root = makeTree()
        defer { ReaderHarness.remove(root) }
        var notices: [String] = []
        let walker = FileWalker(include: ["nothing"], extensions: extensions)
        #expect(try walker.files(under: "\(root)/notes.rst") { notices.append($0) } == ["\(root)/notes.rst"])
        #expect(try walker.files(under: "\(root)/binary.md") { notices.append($0) }.isEmpty)
        #expect(notices == ["\(root)/binary.md: binary file skipped"])
    }

    @Test func reportsAPathThatDoesNotExist() {
        #expect(throws: InputError(path: "/nonexistent/posts", message: "cannot read: No such file or directory")) {
            try FileWalker(extensions: extensions).files(under: "/nonexistent/posts") { _ in }
        }
    }
}
