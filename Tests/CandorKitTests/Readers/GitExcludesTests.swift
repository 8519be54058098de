import Testing
@testable import CandorKit

/// The ignore files Git reads besides `.gitignore`: `core.excludesFile` (from the user's and the
/// repository's config, with Git's default) and `.git/info/exclude`.
@Suite struct GitExcludesTests {
    /// A home folder and a repository (`repo/.git/info`) under a fresh temporary folder.
    private func makeHome() -> String {
        let root = ReaderHarness.temporaryFolder()
        for folder in ["home", "home/.config", "home/.config/git", "repo", "repo/.git", "repo/.git/info"] {
            ReaderHarness.makeFolder("\(root)/\(folder)")
        }
        return root
    }

    private func environment(_ root: String, xdg: String? = nil) -> Environment {
        Environment(["HOME": "\(root)/home"].merging(xdg.map { ["XDG_CONFIG_HOME": $0] } ?? [:]) { $1 })
    }

    @Test func readsTheLastExcludesFileOfTheCoreSection() {
        #expect(GitExcludes.excludesFileValue("[core]\n\texcludesfile = ~/.gitignore_global\n") == "~/.gitignore_global")
        // Section and key names in any case; a key on the header's line; the last value wins.
        #expect(GitExcludes.excludesFileValue("[Core] excludesFile = /a\n[user]\n\tname = x\n[CORE]\nEXCLUDESFILE=/b\n") == "/b")
        // Quotes, escapes and comments.
        #expect(GitExcludes.excludesFileValue("[core]\n excludesFile = \"/my ignores/#1\" ; a comment\n") == "/my ignores/#1")
        #expect(GitExcludes.excludesFileValue("[core]\n excludesFile = /plain # note\n") == "/plain")
        // Other sections, subsections and keys are not it.
        #expect(GitExcludes.excludesFileValue("[user]\n excludesFile = /no\n[core \"x\"]\n excludesFile = /no\n") == nil)
        #expect(GitExcludes.excludesFileValue("[core]\n attributesFile = /no\n# excludesFile = /no\n") == nil)
    }

    @Test func defaultsToTheConfigFoldersGitIgnore() {
        let root = makeHome()
        defer { ReaderHarness.remove(root) }
        let repository = "\(root)/repo"
        #expect(GitExcludes.files(repository: repository, environment: environment(root)).isEmpty)
        ReaderHarness.write("*.tmp\n", to: "\(root)/home/.config/git/ignore")
        ReaderHarness.write("drafts/\n", to: "\(repository)/.git/info/exclude")
        #expect(GitExcludes.files(repository: repository, environment: environment(root))
            == ["\(root)/home/.config/git/ignore", "\(repository)/.git/info/exclude"])
        // `$XDG_CONFIG_HOME` moves the default.
        ReaderHarness.makeFolder("\(root)/xdg")
        ReaderHarness.makeFolder("\(root)/xdg/git")
        ReaderHarness.write("*.bak\n", to: "\(root)/xdg/git/ignore")
        #expect(GitExcludes.files(repository: repository, environment: environment(root, xdg: "\(root)/xdg"))
            == ["\(root)/xdg/git/ignore", "\(repository)/.git/info/exclude"])
    }

    @Test func theRepositoryConfigOverridesTheUsersAndTildeIsHome() {
        let root = makeHome()
        defer { ReaderHarness.remove(root) }
        let repository = "\(root)/repo"
        ReaderHarness.write("*.tmp\n", to: "\(root)/home/.config/git/ignore")
        ReaderHarness.write("*.a\n", to: "\(root)/home/global-a")
        ReaderHarness.write("*.b\n", to: "\(root)/home/global-b")
        ReaderHarness.write("[core]\n\texcludesFile = ~/global-a\n", to: "\(root)/home/.config/git/config")
        #expect(GitExcludes.files(repository: repository, environment: environment(root)) == ["\(root)/home/global-a"])
        // `~/.gitconfig` is read after the config folder's file, and wins.
        ReaderHarness.write("[core]\n\texcludesFile = \(root)/home/global-b\n", to: "\(root)/home/.gitconfig")
        #expect(GitExcludes.files(repository: repository, environment: environment(root)) == ["\(root)/home/global-b"])
        // The repository's own config wins over both; a relative path is from the working tree.
        ReaderHarness.write("*.c\n", to: "\(repository)/ignores")
        ReaderHarness.write("[core]\n\trepositoryformatversion = 0\n\texcludesfile = ignores\n", to: "\(repository)/.git/config")
        #expect(GitExcludes.files(repository: repository, environment: environment(root)) == ["\(repository)/ignores"])
    }

    @Test func aGitFileLeadsToTheCommonFolderOfAWorktree() {
        let root = makeHome()
        defer { ReaderHarness.remove(root) }
        ReaderHarness.write("drafts/\n", to: "\(root)/repo/.git/info/exclude")
        ReaderHarness.makeFolder("\(root)/repo/.git/worktrees")
        ReaderHarness.makeFolder("\(root)/repo/.git/worktrees/wt")
        ReaderHarness.write("../..\n", to: "\(root)/repo/.git/worktrees/wt/commondir")
        ReaderHarness.makeFolder("\(root)/wt")
        ReaderHarness.write("gitdir: \(root)/repo/.git/worktrees/wt\n", to: "\(root)/wt/.git")
        let files = GitExcludes.files(repository: "\(root)/wt", environment: environment(root))
        #expect(files == ["\(root)/repo/.git/info/exclude"])
    }
}
