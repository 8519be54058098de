#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes and removes the pre-commit hook candor owns, in the hooks folder Git uses
/// (`git rev-parse --git-path hooks`, so `core.hooksPath`, linked worktrees and submodules are honoured).
/// The hook runs the binary it was installed from, so it works whatever the hook's PATH, and a marker line
/// tells candor's hook from anyone else's, which candor replaces only when forced and then keeps.
public struct HookInstaller: Sendable {
    /// The hook file.
    public let hookPath: String
    /// Where `install(force: true)` keeps the hook it replaces, and `uninstall()` restores it from.
    public var backupPath: String { hookPath + ".before-candor" }

    /// What starts the line that marks a hook as candor's, in every version.
    private static let tag = "# candor-hook:"
    private static let marker = tag + " written by 'candor hook install'; 'candor hook uninstall' removes it."

    public enum Installation: Equatable, Sendable {
        /// There was no pre-commit hook.
        case installed
        /// candor's hook was there; it now runs the given binary.
        case updated
        /// Another hook was there; it is kept at `backupPath`.
        case replaced
    }

    public enum Removal: Equatable, Sendable {
        case removed
        /// The hook `install(force: true)` had replaced is back.
        case restored
        /// There was no pre-commit hook.
        case absent
    }

    public init(repository: GitRepository) throws(GitError) {
        hookPath = Path.join(try repository.gitPath("hooks"), "pre-commit")
    }

    /// Writes the hook that runs `binary hook run`. A hook candor did not write is replaced only when
    /// `force` is set, and then kept at `backupPath`.
    public func install(binary: String, force: Bool = false) throws(HookError) -> Installation {
        var installation = Installation.installed
        if let existing = existingHook() {
            if Self.isCandors(existing) {
                installation = .updated
            } else if !force {
                throw .foreignHook(path: hookPath, backup: FileIO.exists(backupPath, followingLinks: false) ? nil : backupPath)
            } else if FileIO.exists(backupPath, followingLinks: false) {
                throw .backupTaken(path: hookPath, backup: backupPath)
            } else {
                try move(hookPath, to: backupPath)
                installation = .replaced
            }
        }
        do {
            // Candor's own hook, updated, keeps its mode (made runnable), owner and group.
            try FileIO.writeAtomically(Array(Self.script(binary: binary).utf8), to: hookPath, mode: 0o755, createFolders: true,
                                       keeping: true)
        } catch {
            if installation == .replaced { try? move(backupPath, to: hookPath) }
            throw .file(path: hookPath, reason: "cannot write: \(error.reason)")
        }
        return installation
    }

    /// Removes candor's hook, and puts back the one it replaced, if any. Another hook is left alone.
    public func uninstall() throws(HookError) -> Removal {
        guard let existing = existingHook() else { return .absent }
        guard Self.isCandors(existing) else { throw .foreignHook(path: hookPath, backup: nil) }
        guard unlink(hookPath) == 0 else { throw .file(path: hookPath, reason: "cannot remove: \(FileIO.errnoText())") }
        guard FileIO.exists(backupPath, followingLinks: false) else { return .removed }
        try move(backupPath, to: hookPath)
        return .restored
    }

    /// The hook: runs `candor hook run` with the `candor` on the PATH, so an upgrade is picked up, else with
    /// `binary` (the one that installed it, for a PATH without candor: a GUI git client's); when neither is
    /// there, says so and stops the commit.
    public static func script(binary: String) -> String {
        // In single quotes, the shell takes every character as written but `'`, which is written `'\''`.
        let quoted = "'" + binary.split(separator: "'", omittingEmptySubsequences: false).joined(separator: #"'\''"#) + "'"
        return """
            #!/bin/sh
            \(marker)
            # It lints the staged posts; 'git commit --no-verify' commits without it.
            # The candor on the PATH runs it; without one, the candor that installed the hook.
            installed=\(quoted)
            candor=$(command -v candor 2>/dev/null) || candor=
            if [ -z "$candor" ] || [ ! -x "$candor" ]; then candor=$installed; fi
            if [ ! -x "$candor" ]; then
                echo "candor: this pre-commit hook finds no candor on the PATH, and $installed, which installed it, has gone." >&2
                echo "Put candor on the PATH, install the hook again from the candor you use now ('candor hook install'), remove it ('candor hook uninstall'), or commit with 'git commit --no-verify'." >&2
                exit 1
            fi
            exec "$candor" hook run "$@"

            """
    }

    /// Whether a hook's text is one candor wrote.
    public static func isCandors(_ hook: String) -> Bool {
        hook.split(separator: "\n").contains { $0.hasPrefix(tag) }
    }

    /// The absolute path of the running executable, links resolved (Linux: `/proc/self/exe`).
    public static func runningExecutable() -> String? {
        #if canImport(Darwin)
        var size = UInt32(PATH_MAX)
        var buffer = [CChar](repeating: 0, count: Int(size))
        guard _NSGetExecutablePath(&buffer, &size) == 0, let resolved = realpath(buffer, nil) else { return nil }
        #else
        guard let resolved = realpath("/proc/self/exe", nil) else { return nil }
        #endif
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// The text of the hook there is, if any (a link to nowhere reads as empty: not candor's).
    private func existingHook() -> String? {
        guard FileIO.exists(hookPath, followingLinks: false) else { return nil }
        return String(decoding: (try? FileIO.readAll(hookPath)) ?? [], as: UTF8.self)
    }

    private func move(_ path: String, to destination: String) throws(HookError) {
        guard rename(path, destination) == 0 else {
            throw .file(path: path, reason: "cannot move to \(destination): \(FileIO.errnoText())")
        }
    }
}
