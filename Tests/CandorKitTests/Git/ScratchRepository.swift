import Foundation
@testable import CandorKit

/// A throwaway git repository in a temporary folder, removed when released. Its own git commands run
/// without the user's and the system's git configuration, so a test sees only what it sets up.
final class ScratchRepository {
    /// The top of the work tree, links resolved.
    let path: String

    var repository: GitRepository { GitRepository(directory: path) }

    init() throws {
        let base = URL(fileURLWithPath: NSTemporaryDirectory()).resolvingSymlinksInPath()
        path = base.appendingPathComponent("candor-git-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        try git("init", "-q", "-b", "main")
    }

    deinit {
        try? FileManager.default.removeItem(atPath: path)
    }

    /// Runs git in the work tree (or in `folder` under it) and returns its output; a failure throws.
    @discardableResult
    func git(_ arguments: String..., in folder: String = "") throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git"] + arguments
        process.currentDirectoryURL = URL(fileURLWithPath: folder.isEmpty ? path : path + "/" + folder)
        var environment = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("GIT_") }
        environment["GIT_CONFIG_GLOBAL"] = "/dev/null"
        environment["GIT_CONFIG_NOSYSTEM"] = "1"
        for role in ["AUTHOR", "COMMITTER"] {
            environment["GIT_\(role)_NAME"] = "Test"
            environment["GIT_\(role)_EMAIL"] = "test@example.com"
        }
        process.environment = environment
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let text = String(decoding: data, as: UTF8.self)
        guard process.terminationStatus == 0 else { throw Failure(command: arguments.joined(separator: " "), output: text) }
        return text
    }

    struct Failure: Error, CustomStringConvertible {
        let command: String
        let output: String
        var description: String { "git \(command): \(output)" }
    }

    func write(_ relative: String, _ text: String) throws {
        try write(relative, bytes: Array(text.utf8))
    }

    func write(_ relative: String, bytes: [UInt8]) throws {
        let file = URL(fileURLWithPath: path + "/" + relative)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: file)
    }

    /// Writes the files and stages them.
    func stage(_ files: [String: String]) throws {
        for (relative, text) in files { try write(relative, text) }
        for relative in files.keys { try git("add", "--", relative) }
    }

    func commit(_ message: String = "A commit") throws {
        try git("commit", "-q", "--no-verify", "--allow-empty", "-m", message)
    }
}
