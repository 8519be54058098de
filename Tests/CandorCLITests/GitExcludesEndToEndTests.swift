import Foundation
import Testing

/// The built binary, walking a real Git repository, passes over what `.git/info/exclude` and the user's
/// `core.excludesFile` ignore, and stops looking for `.candor.yml` at one saying `root: true`.
struct GitExcludesEndToEndTests {
    private static let post = "We leverage synergies to deliver world-class solutions.\n"

    /// Runs git in `folder` with HOME there, no system config, and no `XDG_CONFIG_HOME`, as candor runs in
    /// `CLITests.candor`; returns its output.
    @discardableResult
    private static func git(_ arguments: [String], in folder: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git"] + arguments
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        var environment = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("GIT_") }
        environment["HOME"] = folder
        environment.removeValue(forKey: "XDG_CONFIG_HOME")
        environment["GIT_CONFIG_NOSYSTEM"] = "1"
        process.environment = environment
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "git \(arguments)")
        return String(decoding: data, as: UTF8.self)
    }

    /// The paths of the posts a JSON run reports.
    private static func paths(_ run: CLITests.Run) throws -> [String] {
        let root = try #require(
            try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any], "\(run.stdout)\n\(run.stderr)")
        let posts = try #require(root["posts"] as? [[String: Any]])
        return posts.compactMap { $0["path"] as? String }
    }

    @Test func aWalkPassesOverWhatInfoExcludeAndTheUsersIgnoreFileIgnore() throws {
        let folder = try CLITests.Folder()
        defer { folder.remove() }
        let repository = folder.path + "/repo"
        try FileManager.default.createDirectory(atPath: repository, withIntermediateDirectories: true)
        try Self.git(["init", "-q"], in: repository)
        for file in ["posts/ok.md", "drafts/secret.md", "posts/scratch.tmp.md"] {
            try folder.write("repo/" + file, Self.post)
        }
        // A run's HOME is the folder it runs in (`CLITests.candor`), here the repository: its
        // `~/.config/git/ignore` is Git's default excludes file (and hidden from the walk).
        try folder.write("repo/.git/info/exclude", "# local only\ndrafts/\n")
        try folder.write("repo/.config/git/ignore", "*.tmp.md\n")
        let run = try CLITests.candor(["lint", "--no-config", "--format", "json", "."], in: repository)
        #expect(try Self.paths(run) == ["posts/ok.md"], "\(run.stderr)")
        // Git, asked in the same repository with the same HOME, ignores the same files.
        let untracked = try Self.git(["ls-files", "--others", "--exclude-standard"], in: repository)
        #expect(untracked.split(separator: "\n").filter { $0.hasSuffix(".md") } == ["posts/ok.md"])
        let named = try CLITests.candor(["lint", "--no-config", "--format", "json", "drafts/secret.md"], in: repository)
        #expect(try Self.paths(named) == ["drafts/secret.md"], "a file named on the command line is linted")
    }

    @Test func rootTrueKeepsAParentFoldersConfigurationOut() throws {
        let folder = try CLITests.Folder()
        defer { folder.remove() }
        try folder.write(".candor.yml", "platform: mastodon\n")
        try folder.write("project/.candor.yml", "root: true\nlevel: warning\n")
        try folder.write("project/post.md", Self.post)
        let project = folder.path + "/project"
        let run = try CLITests.candor(["config"], in: project)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains(project + "/.candor.yml"), "\(run.stdout)")
        #expect(!run.stdout.contains(folder.path + "/.candor.yml"), "\(run.stdout)")
        #expect(!run.stdout.contains("mastodon"), "\(run.stdout)")
        // Without it, the parent's platform applies.
        try folder.write("project/.candor.yml", "level: warning\n")
        let again = try CLITests.candor(["config"], in: project)
        #expect(again.stdout.contains("mastodon"), "\(again.stdout)")
    }
}
