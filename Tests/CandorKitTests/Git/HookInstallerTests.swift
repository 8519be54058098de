import Foundation
import Testing
@testable import CandorKit

@Suite struct HookInstallerTests {
    private static let foreignHook = "#!/bin/sh\necho 'someone else'\n"

    private func text(_ path: String) throws -> String {
        String(decoding: try FileIO.readAll(path), as: UTF8.self)
    }

    /// Runs `script` with `sh`: its status, and its standard output and error together.
    /// Runs the hook with a PATH that has no candor on it (unless `path` names one), so the hook falls back
    /// to the binary it names.
    private func runShell(_ script: String, path: String? = nil) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = [script]
        var environment = ProcessInfo.processInfo.environment
        environment["PATH"] = path ?? (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
            .filter { !FileManager.default.fileExists(atPath: $0 + "/candor") }.joined(separator: ":")
        process.environment = environment
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    @Test func installsAnExecutableHookThatRunsTheBinaryItNames() throws {
        let scratch = try ScratchRepository()
        // A stand-in for candor, at a path the shell must not split or unquote.
        let binary = scratch.path + "/bin dir/it's \"candor\""
        try scratch.write("bin dir/it's \"candor\"", "#!/bin/sh\necho \"ran: $*\"\n")
        chmod(binary, 0o755)
        let installer = try HookInstaller(repository: scratch.repository)
        #expect(Path.normalized(installer.hookPath) == scratch.path + "/.git/hooks/pre-commit")
        #expect(try installer.install(binary: binary) == .installed)

        var status = stat()
        #expect(stat(installer.hookPath, &status) == 0 && status.st_mode & 0o111 == 0o111)
        #expect(HookInstaller.isCandors(try text(installer.hookPath)))
        let run = try runShell(installer.hookPath)
        #expect(run.status == 0)
        #expect(run.output == "ran: hook run\n")
    }

    /// A candor on the PATH runs the hook rather than the binary that installed it.
    @Test func theHookRunsTheCandorOnThePathFirst() throws {
        let scratch = try ScratchRepository()
        try scratch.write("bin/candor", "#!/bin/sh\necho \"on the path: $*\"\n")
        chmod(scratch.path + "/bin/candor", 0o755)
        try scratch.write("pinned/candor", "#!/bin/sh\necho \"pinned: $*\"\n")
        chmod(scratch.path + "/pinned/candor", 0o755)
        let installer = try HookInstaller(repository: scratch.repository)
        _ = try installer.install(binary: scratch.path + "/pinned/candor")
        #expect(try runShell(installer.hookPath, path: scratch.path + "/bin:/usr/bin:/bin").output == "on the path: hook run\n")
        #expect(try runShell(installer.hookPath).output == "pinned: hook run\n")
    }

    @Test func theHookSaysWhenItsBinaryHasGone() throws {
        let scratch = try ScratchRepository()
        let installer = try HookInstaller(repository: scratch.repository)
        _ = try installer.install(binary: scratch.path + "/moved/candor")
        let run = try runShell(installer.hookPath)
        #expect(run.status == 1)
        #expect(run.output.contains("finds no candor on the PATH, and \(scratch.path)/moved/candor, which installed it, has gone"))
        #expect(run.output.contains("candor hook install"))
        #expect(run.output.contains("git commit --no-verify"))
    }

    @Test func installingAgainUpdatesTheBinary() throws {
        let scratch = try ScratchRepository()
        let installer = try HookInstaller(repository: scratch.repository)
        #expect(try installer.install(binary: "/old/candor") == .installed)
        #expect(try installer.install(binary: "/new/candor") == .updated)
        #expect(try text(installer.hookPath) == HookInstaller.script(binary: "/new/candor"))
    }

    @Test func anotherHookIsLeftAloneUnlessForcedThenKeptAndPutBack() throws {
        let scratch = try ScratchRepository()
        let installer = try HookInstaller(repository: scratch.repository)
        try scratch.write(".git/hooks/pre-commit", Self.foreignHook)

        #expect(throws: HookError.foreignHook(path: installer.hookPath, backup: installer.backupPath)) {
            try installer.install(binary: "/bin/candor")
        }
        #expect(throws: HookError.foreignHook(path: installer.hookPath, backup: nil)) { try installer.uninstall() }
        #expect(try text(installer.hookPath) == Self.foreignHook)

        #expect(try installer.install(binary: "/bin/candor", force: true) == .replaced)
        #expect(try text(installer.backupPath) == Self.foreignHook)
        #expect(HookInstaller.isCandors(try text(installer.hookPath)))

        #expect(try installer.uninstall() == .restored)
        #expect(try text(installer.hookPath) == Self.foreignHook)
        #expect(!FileIO.exists(installer.backupPath))
    }

    @Test func forceNeverOverwritesAnEarlierBackup() throws {
        let scratch = try ScratchRepository()
        let installer = try HookInstaller(repository: scratch.repository)
        try scratch.write(".git/hooks/pre-commit", Self.foreignHook)
        try scratch.write(".git/hooks/pre-commit.before-candor", "#!/bin/sh\necho earlier\n")
        #expect(throws: HookError.backupTaken(path: installer.hookPath, backup: installer.backupPath)) {
            try installer.install(binary: "/bin/candor", force: true)
        }
        #expect(try text(installer.hookPath) == Self.foreignHook)
        #expect(try text(installer.backupPath) == "#!/bin/sh\necho earlier\n")
    }

    @Test func uninstallRemovesCandorsHookAndNothingElse() throws {
        let scratch = try ScratchRepository()
        let installer = try HookInstaller(repository: scratch.repository)
        #expect(try installer.uninstall() == .absent)
        _ = try installer.install(binary: "/bin/candor")
        #expect(try installer.uninstall() == .removed)
        #expect(!FileIO.exists(installer.hookPath))
        #expect(FileIO.exists(scratch.path + "/.git/hooks"))
    }

    @Test func writesIntoTheCoreHooksPathFolderMakingItIfNeeded() throws {
        let scratch = try ScratchRepository()
        try scratch.git("config", "core.hooksPath", "tools/hooks")
        let installer = try HookInstaller(repository: scratch.repository)
        #expect(try installer.install(binary: "/bin/candor") == .installed)
        #expect(Path.normalized(installer.hookPath) == scratch.path + "/tools/hooks/pre-commit")
        #expect(FileIO.exists(scratch.path + "/tools/hooks/pre-commit"))
        #expect(!FileIO.exists(scratch.path + "/.git/hooks/pre-commit"))
    }

    @Test func theRunningExecutableIsAnAbsolutePath() throws {
        let executable = try #require(HookInstaller.runningExecutable())
        #expect(executable.hasPrefix("/"))
        #expect(FileManager.default.isExecutableFile(atPath: executable))
    }
}
