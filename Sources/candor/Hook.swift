import ArgumentParser
import CandorKit
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `candor hook install|uninstall`: the git pre-commit hook that lints the staged posts (README, "Using it").
struct Hook: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hook", abstract: "Install or remove the git pre-commit hook that lints the staged posts.",
        subcommands: [Install.self, Uninstall.self, Run.self])
}

extension Hook {
    struct Install: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "install", abstract: "Write a pre-commit hook that lints the staged posts with candor.",
            discussion: """
                The hook goes where git looks for hooks (core.hooksPath, linked worktrees and submodules included) \
                and runs the candor on the hook's PATH, so an upgrade is picked up; where the PATH has none (some \
                GUI git clients), it runs the binary it was installed from.
                """)

        @Flag(help: "Replace a pre-commit hook candor did not write (it is kept as pre-commit.before-candor).")
        var force = false

        func run() throws {
            guard let binary = HookInstaller.runningExecutable() else {
                Output.error("candor: cannot tell where this candor binary is, so no hook can run it")
                throw ExitCode(2)
            }
            let installer = try HookInstaller(repository: GitRepository())
            let done: String
            switch try installer.install(binary: binary, force: force) {
            case .installed: done = "Installed \(installer.hookPath)"
            case .updated: done = "Updated \(installer.hookPath)"
            case .replaced: done = "Installed \(installer.hookPath) (the hook it replaces is kept as \(installer.backupPath))"
            }
            var output = Output()
            output.write("\(done): it lints the staged posts with the candor on the PATH, else \(binary).\n")
        }
    }

    struct Uninstall: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "uninstall", abstract: "Remove candor's pre-commit hook, putting back any hook 'install --force' replaced.")

        func run() throws {
            let installer = try HookInstaller(repository: GitRepository())
            var output = Output()
            switch try installer.uninstall() {
            case .removed: output.write("Removed \(installer.hookPath).\n")
            case .restored: output.write("Removed candor's hook and put back the one it had replaced at \(installer.hookPath).\n")
            case .absent: output.write("No pre-commit hook at \(installer.hookPath); nothing to remove.\n")
            }
        }
    }

    /// What the hook script runs; people run `git commit`.
    struct Run: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "run", abstract: "Lint the staged posts, as the pre-commit hook does.", shouldDisplay: false)

        @Argument(help: "Lint the staged version of these files only (the pre-commit framework names them).")
        var paths: [String] = []

        @Option(help: "Lowest level that stops the commit (default: the config's fail-on if it sets one, else warning).")
        var failOn: Level?

        @Option(help: "Colour: auto (on a terminal), always, never.")
        var color: ColorChoice = .auto

        func run() throws {
            // A write to a git that has died then fails as an error, rather than ending the hook unexplained.
            signal(SIGPIPE, SIG_IGN)
            var options = LintOptions()
            let status: Int32
            let repository = GitRepository()
            // Asked first: outside a work tree, `git diff` would answer with its whole usage. One line either way.
            let top: String
            do { top = try repository.topLevel() } catch {
                Output.error(error.message.contains("not a git repository")
                    ? "candor: not in a git work tree: 'candor hook run' lints what is staged in one (the pre-commit hook runs it)"
                    : "candor: \(error.command): \(error.message.split(separator: "\n").first ?? "")")
                throw ExitCode(2)
            }
            do {
                let files = try paths.isEmpty ? repository.stagedFiles() : repository.indexedFiles(paths)
                guard !files.isEmpty else { return }
                // Git runs hooks from the top of the work tree; paths and the config search start there.
                guard chdir(top) == 0 else { throw InputError(path: top, message: "cannot enter: \(FileIO.errnoText())") }
                let staged = try StagedPosts(files, repository: GitRepository(directory: top)) { Output.error("candor: \($0)") }
                guard !staged.inputs.isEmpty else { return }
                options = staged.lintOptions(failOn: failOn)
                options.snippets = .postsWithFindings
                // The report is shown only when it stops the commit: a hook that passes stays quiet.
                var report = ""
                var reporter = FindingsOnly(TextReporter(color: color.enabled))
                status = LintRunner(options: options).run(reporter: &reporter, output: &report) { Output.error($0) }
                if status != 0 {
                    var output = Output()
                    output.write(report)
                }
            } catch {
                Output.error("candor: \(error)")
                status = 2
            }
            guard status != 0 else { return }
            let reason = status == 1
                ? "the staged posts have findings at or above '\((options.failOn ?? .warning).rawValue)'. Fix them and stage the fix"
                : "candor could not lint the staged posts. Fix what is said above"
            Output.error("candor: commit stopped: \(reason), or commit anyway with 'git commit --no-verify'.")
            throw ExitCode(status)
        }
    }
}

/// Reports only the posts with findings: the hook names what stops a commit, not every post that passed.
private struct FindingsOnly<Base: Reporter>: Reporter {
    private var base: Base

    init(_ base: Base) {
        self.base = base
    }

    mutating func report(_ result: PostResult, to output: inout some TextOutputStream) {
        if !result.findings.isEmpty { base.report(result, to: &output) }
    }

    mutating func finish(_ summary: RunSummary, to output: inout some TextOutputStream) {
        base.finish(summary, to: &output)
    }

    mutating func start(failOn: Level) {
        base.start(failOn: failOn)
    }
}
