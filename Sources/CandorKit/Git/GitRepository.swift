import CandorBytes
import Foundation

/// A Git work tree that candor asks questions of by running `git`, which knows every layout (linked
/// worktrees, submodules, `core.hooksPath`, the temporary index of `git commit -a`) better than candor could.
/// Commands inherit the environment, so inside a hook they see the index the commit is being made from.
public struct GitRepository: Sendable {
    /// The folder git runs in.
    public let directory: String

    public init(directory: String = ".") {
        self.directory = directory
    }

    /// Runs `git` with `arguments` and returns its standard output; a failure throws with git's message.
    public func run(_ arguments: [String]) throws(GitError) -> [UInt8] {
        let process = try makeProcess(arguments)
        let output = Pipe(), errors = Pipe()
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = output
        process.standardError = errors
        try start(process, arguments)
        // Git's messages are a few lines, far less than a pipe holds, so reading them second never stalls git.
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let message = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationReason == .exit, process.terminationStatus == 0 else {
            let said = String(decoding: message, as: UTF8.self).trimmingSpaces()
            throw GitError(command: Self.display(arguments),
                           message: said.isEmpty ? "failed with status \(process.terminationStatus)" : String(said))
        }
        return [UInt8](data)
    }

    /// The top folder of the work tree (`git rev-parse --show-toplevel`).
    public func topLevel() throws(GitError) -> String {
        try line(["rev-parse", "--show-toplevel"])
    }

    /// Where the repository keeps `name` (`git rev-parse --git-path`): for `hooks`, the folder `core.hooksPath`
    /// names, else the hooks folder of the repository's common directory, which linked worktrees share and
    /// which a submodule has inside its superproject's `.git/modules`.
    public func gitPath(_ name: String) throws(GitError) -> String {
        let path = try line(["rev-parse", "--git-path", name])
        return path.hasPrefix("/") || directory == "." ? path : Path.join(directory, path)
    }

    /// The first line of the output.
    func line(_ arguments: [String]) throws(GitError) -> String {
        let output = try run(arguments)
        return String(decoding: output.prefix { $0 != UInt8(ascii: "\n") }, as: UTF8.self)
    }

    /// A `git` process for `arguments`, ready to be given its streams and started.
    func makeProcess(_ arguments: [String]) throws(GitError) -> Process {
        guard let git = Self.executable else {
            throw GitError(command: Self.display(arguments), message: "git is not on the PATH")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: git)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        return process
    }

    func start(_ process: Process, _ arguments: [String]) throws(GitError) {
        do {
            try process.run()
        } catch {
            throw GitError(command: Self.display(arguments), message: "cannot run git: \(error.localizedDescription)")
        }
    }

    static func display(_ arguments: [String]) -> String {
        (["git"] + arguments).joined(separator: " ")
    }

    /// The first `git` on the PATH.
    private static let executable: String? = {
        let folders = (Environment.process.value("PATH") ?? "/usr/bin:/bin").split(separator: ":")
        return folders.map { Path.join(String($0), "git") }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }()
}
