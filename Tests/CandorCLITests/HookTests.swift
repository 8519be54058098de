import Foundation
import Testing

/// The pre-commit hook end to end (README, "Using it"): throwaway repositories, real `git commit`s through the
/// installed hook, the built `candor` binary. Git runs without the user's and the system's configuration, with
/// a HOME of the sandbox's own, and with no `candor` on the PATH: the hook must find its binary itself.
@Suite struct HookTests {
    static let broadcast =
        "We are pleased to announce our industry-leading platform. Learn more: https://example.com/launch #innovation #growth #ai #cloud\n"
    static let conversation = "Shipped the export fix today. @maria, does it work for you now?\n"

    // MARK: What the hook judges

    @Test func aBroadcastPostStopsTheCommitWithItsFindingsAndTheWayAround() throws {
        let sandbox = try Sandbox.installed()
        try sandbox.stage(["posts/launch.md": Self.broadcast])
        let commit = try sandbox.commit()
        #expect(commit.status != 0)
        #expect(commit.errors.hasPrefix("posts/launch.md\n"))
        #expect(commit.errors.contains("warning     'industry-leading' is press-release voice."))
        #expect(commit.errors.contains("Candor.CorporateVoice"))
        #expect(commit.errors.hasSuffix("findings at or above 'warning'. Fix them and stage the fix, or commit anyway with 'git commit --no-verify'.\n"))
        #expect(try sandbox.commitCount() == 0)

        #expect(try sandbox.git("commit", "-q", "--no-verify", "-m", "Anyway").status == 0)
        #expect(try sandbox.commitCount() == 1)
    }

    @Test func aConversationalPostIsCommittedQuietly() throws {
        let sandbox = try Sandbox.installed()
        try sandbox.stage(["posts/reply.md": Self.conversation])
        let commit = try sandbox.commit()
        #expect(commit.status == 0, "\(commit.errors)")
        #expect(commit.errors.isEmpty)
        #expect(try sandbox.commitCount() == 1)
    }

    @Test func aCleanStagedVersionPassesWhateverTheWorkingCopySays() throws {
        let sandbox = try Sandbox.installed()
        try sandbox.stage(["posts/reply.md": Self.conversation])
        try sandbox.write("posts/reply.md", Self.broadcast)
        let commit = try sandbox.commit()
        #expect(commit.status == 0, "\(commit.errors)")
        #expect(try sandbox.commitCount() == 1)
    }

    @Test func aBroadcastStagedVersionStopsTheCommitWhateverTheWorkingCopySays() throws {
        let sandbox = try Sandbox.installed()
        try sandbox.stage(["posts/launch.md": Self.broadcast])
        try sandbox.write("posts/launch.md", Self.conversation)
        let commit = try sandbox.commit()
        #expect(commit.status != 0)
        #expect(commit.errors.contains("Candor.CorporateVoice"))
        #expect(try sandbox.commitCount() == 0)
    }

    @Test func commitAllIsJudgedByWhatItStages() throws {
        let sandbox = try Sandbox.installed()
        try sandbox.stage(["posts/reply.md": Self.conversation])
        #expect(try sandbox.commit().status == 0)
        try sandbox.write("posts/reply.md", Self.broadcast)
        let commit = try sandbox.git("commit", "-q", "-a", "-m", "Everything")
        #expect(commit.status != 0)
        #expect(commit.errors.contains("posts/reply.md"))
        #expect(try sandbox.commitCount() == 1)
    }

    @Test func pathsAreTakenAsGitWritesThem() throws {
        let sandbox = try Sandbox.installed()
        try sandbox.stage(["posts/Zoë's launch day.md": Self.broadcast])
        let commit = try sandbox.commit()
        #expect(commit.status != 0)
        #expect(commit.errors.contains("posts/Zoë's launch day.md\n"))
    }

    @Test func onlyTheFilesTheConfigurationIncludesAreLinted() throws {
        let sandbox = try Sandbox.installed()
        try sandbox.stage([
            ".candor.yml": "include: [\"posts/**\"]\nexclude: [\"posts/archive/**\"]\n",
            "README.md": Self.broadcast,
            "notes/launch.md": Self.broadcast,
            "posts/archive/launch.md": Self.broadcast,
            "posts/reply.md": Self.conversation,
        ])
        #expect(try sandbox.commit().status == 0)
        try sandbox.stage(["posts/launch.md": Self.broadcast])
        #expect(try sandbox.commit().status != 0)
    }

    @Test func filesThatHoldNoPostsNeverStopACommit() throws {
        let sandbox = try Sandbox.installed()
        try sandbox.stage(["posts/old.md": Self.conversation])
        #expect(try sandbox.commit().status == 0)
        try sandbox.stage([
            "package.json": "{\"name\": \"site\", \"version\": \"1.0.0\"}\n",
            "config/settings.yml": "theme: dark\n",
            ".github/workflows/ci.yml": "on: push\n",
            "src/main.swift": "print(\"We are pleased to announce\")\n",
        ])
        try sandbox.write("posts/logo.md", bytes: [0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 13])
        #expect(try sandbox.git("add", "posts/logo.md").status == 0)
        #expect(try sandbox.git("rm", "-q", "posts/old.md").status == 0)
        let commit = try sandbox.commit()
        #expect(commit.status == 0, "\(commit.errors)")
        #expect(commit.errors == "candor: posts/logo.md: binary file skipped\n")
    }

    @Test func theConfigurationAsStagedDecidesNotTheWorkingCopy() throws {
        let sandbox = try Sandbox.installed()
        // Staged: only errors stop a commit, and a broadcast post is warnings; the working copy says otherwise.
        try sandbox.stage([".candor.yml": "fail-on: error\n", "posts/launch.md": Self.broadcast])
        try sandbox.write(".candor.yml", "fail-on: warning\n")
        #expect(try sandbox.commit().status == 0)

        // And the other way round.
        try sandbox.stage([".candor.yml": "fail-on: warning\n", "posts/again.md": Self.broadcast])
        try sandbox.write(".candor.yml", "fail-on: error\n")
        let commit = try sandbox.commit()
        #expect(commit.status != 0)
        #expect(commit.errors.contains("posts/again.md"))
        #expect(!commit.errors.contains("posts/launch.md"))
    }

    @Test func aBrokenStagedConfigurationStopsTheCommitNamingIt() throws {
        let sandbox = try Sandbox.installed()
        try sandbox.stage([".candor.yml": "fail-on: sometimes\n", "posts/reply.md": Self.conversation])
        let commit = try sandbox.commit()
        #expect(commit.status != 0)
        #expect(commit.errors.contains("candor: .candor.yml (staged):1:"))
        #expect(commit.errors.contains("'sometimes' is not suggestion, warning or error"))
        #expect(commit.errors.contains("could not lint the staged posts"))
    }

    @Test func aHousePackTheStagedConfigurationNamesIsFoundInTheWorkTree() throws {
        let sandbox = try Sandbox.installed()
        try sandbox.stage([
            ".candor.yml": "packs: [./rules/House]\n",
            "rules/House/Synergy.yml": "extends: existence\nmessage: \"'%s' says nothing.\"\nlevel: warning\ntokens: [synergy]\n",
            "posts/reply.md": Self.conversation,
        ])
        #expect(try sandbox.commit().status == 0)
        try sandbox.stage(["posts/plan.md": "@maria, what synergy do you see here?\n"])
        let commit = try sandbox.commit()
        #expect(commit.status != 0)
        #expect(commit.errors.contains("'synergy' says nothing.  House.Synergy"))
    }

    @Test func theStagedConfigurationIsLoadedFromTheIndexWithoutATemporaryFile() throws {
        let sandbox = try Sandbox.installed()
        let temporary = sandbox.root + "/tmp"
        try FileManager.default.createDirectory(atPath: temporary, withIntermediateDirectories: true)
        // Anything made in the folder and removed again would still change its modification time.
        let past = Date(timeIntervalSince1970: 1_000_000_000)
        try FileManager.default.setAttributes([.modificationDate: past], ofItemAtPath: temporary)
        try sandbox.stage([".candor.yml": "packs: [./rules/House]\nfail-on: warning\n",
                           "rules/House/Synergy.yml": "extends: existence\nmessage: \"'%s' says nothing.\"\nlevel: warning\ntokens: [synergy]\n",
                           "posts/plan.md": "@maria, what synergy do you see here?\n"])
        let commit = try sandbox.git("commit", "-q", "-m", "Posts", environment: ["TMPDIR": temporary])
        #expect(commit.status != 0)
        #expect(commit.errors.contains("'synergy' says nothing.  House.Synergy"), "\(commit.errors)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: temporary).isEmpty)
        let modified = try FileManager.default.attributesOfItem(atPath: temporary)[.modificationDate] as? Date
        #expect(modified == past)
    }

    @Test func hundredsOfStagedFilesAreReadThroughOneGitProcess() throws {
        let sandbox = try Sandbox.installed()
        for number in 0..<300 { try sandbox.write("posts/reply-\(number).md", Self.conversation) }
        try sandbox.write("posts/launch.md", Self.broadcast)
        #expect(try sandbox.git("add", "posts").status == 0)
        let trace = sandbox.root + "/git-trace.log"
        let commit = try sandbox.git("commit", "-q", "-m", "Many", environment: ["GIT_TRACE": trace])
        #expect(commit.status != 0)
        #expect(commit.errors.contains("posts/launch.md"))
        #expect(!commit.errors.contains("reply-"))
        let commands = try String(contentsOfFile: trace, encoding: .utf8).split(separator: "\n")
        #expect(commands.filter { $0.contains("built-in: git cat-file") }.count == 1)
    }

    // MARK: Installing

    @Test func anotherHookIsLeftAloneWithoutForce() throws {
        let sandbox = try Sandbox()
        let foreign = "#!/bin/sh\necho 'their checks'\n"
        try sandbox.write(".git/hooks/pre-commit", foreign)
        let install = try sandbox.candor("hook", "install")
        #expect(install.status == 2)
        #expect(install.errors.contains("is a pre-commit hook candor did not write; left alone"))
        #expect(install.errors.contains("'candor hook install --force'"))
        #expect(try sandbox.read(".git/hooks/pre-commit") == foreign)
        #expect(try sandbox.candor("hook", "uninstall").status == 2)
        #expect(try sandbox.read(".git/hooks/pre-commit") == foreign)

        let forced = try sandbox.candor("hook", "install", "--force")
        #expect(forced.status == 0)
        #expect(forced.output.contains("kept as .git/hooks/pre-commit.before-candor"))
        #expect(try sandbox.read(".git/hooks/pre-commit.before-candor") == foreign)
        try sandbox.stage(["posts/launch.md": Self.broadcast])
        #expect(try sandbox.commit().status != 0)

        #expect(try sandbox.candor("hook", "uninstall").status == 0)
        #expect(try sandbox.read(".git/hooks/pre-commit") == foreign)
        #expect(try sandbox.commit().status == 0)
    }

    @Test func installingTwiceUpdatesAndUninstallingTwiceIsHarmless() throws {
        let sandbox = try Sandbox.installed()
        let again = try sandbox.candor("hook", "install")
        #expect(again.status == 0)
        #expect(again.output.hasPrefix("Updated .git/hooks/pre-commit"))
        #expect(try sandbox.candor("hook", "uninstall").output == "Removed .git/hooks/pre-commit.\n")
        let nothing = try sandbox.candor("hook", "uninstall")
        #expect(nothing.status == 0)
        #expect(nothing.output.contains("nothing to remove"))
        try sandbox.stage(["posts/launch.md": Self.broadcast])
        #expect(try sandbox.commit().status == 0)
    }

    /// Candor's hook, updated, keeps its mode, owner and group, as `--fix` keeps a draft's, and stays
    /// runnable. The owner can be given away only by root, so it is checked only then.
    @Test func anUpdatedHookKeepsItsModeOwnerAndGroup() throws {
        let sandbox = try Sandbox.installed()
        let hook = sandbox.repository + "/.git/hooks/pre-commit"
        let root = getuid() == 0
        if root { try #require(chown(hook, 12345, 12346) == 0) }
        try #require(chmod(hook, 0o700) == 0)
        let again = try sandbox.candor("hook", "install")
        #expect(again.output.hasPrefix("Updated .git/hooks/pre-commit"), "\(again.output)")
        var attributes = try FileManager.default.attributesOfItem(atPath: hook)
        #expect((attributes[.posixPermissions] as? Int) == 0o700)
        if root {
            #expect((attributes[.ownerAccountID] as? Int) == 12345)
            #expect((attributes[.groupOwnerAccountID] as? Int) == 12346)
        }
        // A hook that lost its execute bits gets them back: git runs only an executable hook.
        try #require(chmod(hook, 0o640) == 0)
        #expect(try sandbox.candor("hook", "install").status == 0)
        attributes = try FileManager.default.attributesOfItem(atPath: hook)
        #expect((attributes[.posixPermissions] as? Int) == 0o750)
    }

    @Test func theHookGoesWhereCoreHooksPathSays() throws {
        let sandbox = try Sandbox()
        #expect(try sandbox.git("config", "core.hooksPath", ".githooks").status == 0)
        try sandbox.write("posts/draft.md", Self.conversation)
        // Asked from a subfolder: the relative core.hooksPath still counts from the top.
        #expect(try sandbox.candor("hook", "install", in: "posts").status == 0)
        #expect(FileManager.default.isExecutableFile(atPath: sandbox.repository + "/.githooks/pre-commit"))
        #expect(!FileManager.default.fileExists(atPath: sandbox.repository + "/.git/hooks/pre-commit"))
        try sandbox.stage(["posts/launch.md": Self.broadcast])
        #expect(try sandbox.commit().status != 0)
    }

    @Test func aLinkedWorktreeUsesTheSharedHook() throws {
        let sandbox = try Sandbox()
        #expect(try sandbox.git("commit", "-q", "--allow-empty", "-m", "Start").status == 0)
        #expect(try sandbox.git("worktree", "add", "-q", "../linked").status == 0)
        let linked = "../linked"
        #expect(try sandbox.candor("hook", "install", in: linked).status == 0)
        #expect(FileManager.default.isExecutableFile(atPath: sandbox.repository + "/.git/hooks/pre-commit"))
        try sandbox.write("../linked/posts/launch.md", Self.broadcast)
        #expect(try sandbox.git("add", "posts", in: linked).status == 0)
        let commit = try sandbox.git("commit", "-q", "-m", "Launch", in: linked)
        #expect(commit.status != 0)
        #expect(commit.errors.contains("posts/launch.md"))
    }

    @Test func aSubmoduleGetsItsOwnHook() throws {
        let sandbox = try Sandbox()
        let library = try Sandbox()
        #expect(try library.git("commit", "-q", "--allow-empty", "-m", "Start").status == 0)
        #expect(try sandbox.git("-c", "protocol.file.allow=always", "submodule", "add", "-q", library.repository, "content").status == 0)
        #expect(try sandbox.candor("hook", "install", in: "content").status == 0)
        #expect(FileManager.default.isExecutableFile(atPath: sandbox.repository + "/.git/modules/content/hooks/pre-commit"))
        try sandbox.write("content/posts/launch.md", Self.broadcast)
        #expect(try sandbox.git("add", "posts", in: "content").status == 0)
        let commit = try sandbox.git("commit", "-q", "-m", "Launch", in: "content")
        #expect(commit.status != 0)
        #expect(commit.errors.contains("posts/launch.md"))
    }

    @Test func theHookRunsTheBinaryItWasInstalledFromAndSaysWhenItHasGone() throws {
        let sandbox = try Sandbox()
        let copy = sandbox.root + "/tools/candor"
        try FileManager.default.createDirectory(atPath: sandbox.root + "/tools", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: CLITests.binary, toPath: copy)
        let path = try #require(sandbox.environment["PATH"])
        #expect(!path.split(separator: ":").contains { FileManager.default.fileExists(atPath: $0 + "/candor") })

        #expect(try sandbox.run(copy, ["hook", "install"], in: sandbox.repository).status == 0)
        try sandbox.stage(["posts/launch.md": Self.broadcast])
        #expect(try sandbox.commit().errors.contains("Candor.CorporateVoice"))

        try FileManager.default.removeItem(atPath: copy)
        let commit = try sandbox.commit()
        #expect(commit.status != 0)
        #expect(commit.errors.contains("candor: this pre-commit hook finds no candor on the PATH, and \(copy), which installed it, has gone."))
        #expect(try sandbox.commitCount() == 0)
    }

    /// The candor on the PATH runs the hook, so upgrading candor upgrades the hook; the binary that installed
    /// it is only the fallback, and its going is no matter while the PATH has one.
    @Test func theHookPrefersTheCandorOnThePath() throws {
        let sandbox = try Sandbox()
        let copy = sandbox.root + "/tools/candor"
        try FileManager.default.createDirectory(atPath: sandbox.root + "/tools", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: CLITests.binary, toPath: copy)
        #expect(try sandbox.run(copy, ["hook", "install"], in: sandbox.repository).status == 0)
        try FileManager.default.removeItem(atPath: copy)
        // A stand-in candor on the PATH that says it ran and lets the commit through.
        let bin = sandbox.root + "/bin"
        try FileManager.default.createDirectory(atPath: bin, withIntermediateDirectories: true)
        let marker = sandbox.root + "/ran"
        FileManager.default.createFile(atPath: bin + "/candor", contents: Data("#!/bin/sh\necho \"$@\" > '\(marker)'\n".utf8),
                                       attributes: [.posixPermissions: 0o755])
        try sandbox.stage(["posts/launch.md": Self.broadcast])
        let path = bin + ":" + sandbox.environment["PATH", default: ""]
        let commit = try sandbox.git("commit", "-q", "-m", "Posts", environment: ["PATH": path])
        #expect(commit.status == 0, "\(commit.errors)")
        #expect(try String(contentsOfFile: marker, encoding: .utf8) == "hook run\n")
    }

    /// `candor hook run` outside a repository says so in one line, not with git's usage.
    @Test func hookRunOutsideARepositoryIsOneLine() throws {
        let sandbox = try Sandbox()
        let outside = sandbox.root + "/home"
        let run = try sandbox.run(CLITests.binary, ["hook", "run"], in: outside, environment: ["GIT_CEILING_DIRECTORIES": sandbox.root])
        #expect(run.status == 2)
        #expect(run.errors == "candor: not in a git work tree: 'candor hook run' lints what is staged in one (the pre-commit hook runs it)\n")
    }

    /// Without `include`, the hook lints what a folder walk would: every staged file candor reads, queues as
    /// well as drafts, and passes over a `.json` or `.yml` that is not a list of posts, as the README says.
    @Test func withoutIncludeEveryStagedQueueIsLintedAsAWalkWould() throws {
        let sandbox = try Sandbox.installed()
        try sandbox.stage([
            "package.json": #"{"name": "site", "version": "1.0.0"}"#,
            ".github/workflows/ci.yml": "on: push\n",
            "posts/reply.md": Self.conversation,
        ])
        #expect(try sandbox.commit().status == 0)
        try sandbox.stage(["queue/march.csv": "text\n\"\(Self.broadcast.dropLast())\"\n"])
        let commit = try sandbox.commit()
        #expect(commit.status != 0)
        #expect(commit.output.contains("queue/march.csv") || commit.errors.contains("queue/march.csv"), "\(commit.output)\(commit.errors)")
    }

    // MARK: The pre-commit framework

    /// `pre-commit try-repo` with this repository's `.pre-commit-hooks.yaml`, committed to a hook repository of
    /// its own (try-repo takes what is committed), and the built `candor` on the PATH as `language: system` wants.
    @Test func thePreCommitFrameworkRunsTheCandorHook() throws {
        let preCommit = try Self.preCommitFramework()
        let hooks = try Sandbox()
        try FileManager.default.copyItem(atPath: CLITests.repositoryRoot + "/.pre-commit-hooks.yaml",
                                         toPath: hooks.repository + "/.pre-commit-hooks.yaml")
        #expect(try hooks.git("add", ".").status == 0)
        #expect(try hooks.git("commit", "-q", "-m", "Hooks").status == 0)

        let sandbox = try Sandbox()
        let binaries = URL(fileURLWithPath: CLITests.binary).deletingLastPathComponent().path
        let environment = ["PATH": binaries + ":" + sandbox.environment["PATH", default: ""],
                           "PRE_COMMIT_HOME": sandbox.root + "/pre-commit-cache"]
        func tryRepo() throws -> Outcome {
            try sandbox.run(preCommit, ["try-repo", hooks.repository, "candor"], in: sandbox.repository, environment: environment)
        }

        try sandbox.stage(["posts/reply.md": Self.conversation, "package.json": "{\"name\": \"site\"}\n"])
        let clean = try tryRepo()
        #expect(clean.status == 0, "\(clean.output)\(clean.errors)")
        #expect(clean.output.contains("candor") && clean.output.contains("Passed"))

        try sandbox.stage(["posts/launch.md": Self.broadcast])
        let refused = try tryRepo()
        #expect(refused.status == 1)
        #expect(refused.output.contains("Failed"))
        #expect(refused.output.contains("posts/launch.md"))
        #expect(refused.output.contains("Candor.CorporateVoice"))
        #expect(!refused.output.contains("posts/reply.md"))
    }

    /// The framework from PyPI, in the Makefile's venv; `make venv` makes it when it is missing.
    static func preCommitFramework() throws -> String {
        let preCommit = CLITests.repositoryRoot + "/.venv/bin/pre-commit"
        if !FileManager.default.isExecutableFile(atPath: preCommit) {
            let make = try Sandbox.run("/usr/bin/env", ["make", "venv"], in: CLITests.repositoryRoot,
                                       environment: ProcessInfo.processInfo.environment)
            try #require(make.status == 0, "'make venv' failed, so the pre-commit framework is missing: \(make.output)\(make.errors)")
        }
        try #require(FileManager.default.isExecutableFile(atPath: preCommit), "'make venv' did not install \(preCommit)")
        return preCommit
    }
}

extension HookTests {
    /// What a command did.
    struct Outcome {
        let status: Int32
        let output: String
        let errors: String
    }

    /// A temporary folder holding a git repository (`repository`) and a HOME, removed when released.
    final class Sandbox {
        let root: String
        let repository: String
        /// What git and candor run with: none of the user's or the system's git configuration, no `GIT_*`
        /// variables from outside, and no `candor` on the PATH.
        let environment: [String: String]

        init() throws {
            let base = URL(fileURLWithPath: NSTemporaryDirectory()).resolvingSymlinksInPath()
            root = base.appendingPathComponent("candor-hook-\(UUID().uuidString)").path
            repository = root + "/repository"
            try FileManager.default.createDirectory(atPath: repository, withIntermediateDirectories: true)
            try FileManager.default.createDirectory(atPath: root + "/home", withIntermediateDirectories: true)
            var environment = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("GIT_") }
            environment["HOME"] = root + "/home"
            environment.removeValue(forKey: "XDG_CONFIG_HOME")
            environment["GIT_CONFIG_GLOBAL"] = "/dev/null"
            environment["GIT_CONFIG_NOSYSTEM"] = "1"
            for role in ["AUTHOR", "COMMITTER"] {
                environment["GIT_\(role)_NAME"] = "Test"
                environment["GIT_\(role)_EMAIL"] = "test@example.com"
            }
            environment["PATH"] = (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
                .filter { !FileManager.default.fileExists(atPath: $0 + "/candor") }.joined(separator: ":")
            self.environment = environment
            let initialize = try git("init", "-q", "-b", "main")
            guard initialize.status == 0 else { throw SetupError(message: initialize.errors) }
        }

        /// A sandbox with candor's hook installed.
        static func installed() throws -> Sandbox {
            let sandbox = try Sandbox()
            let install = try sandbox.candor("hook", "install")
            guard install.status == 0 else { throw SetupError(message: install.errors) }
            return sandbox
        }

        deinit {
            try? FileManager.default.removeItem(atPath: root)
        }

        struct SetupError: Error {
            let message: String
        }

        func git(_ arguments: String..., in folder: String = "", environment extra: [String: String] = [:]) throws -> Outcome {
            try run("/usr/bin/env", ["git"] + arguments, in: place(folder), environment: extra)
        }

        func candor(_ arguments: String..., in folder: String = "") throws -> Outcome {
            try run(CLITests.binary, arguments, in: place(folder))
        }

        /// `git commit`, through the hook.
        func commit(_ message: String = "Posts") throws -> Outcome {
            try git("commit", "-q", "-m", message)
        }

        func commitCount() throws -> Int {
            let count = try git("rev-list", "--count", "--all")
            return Int(count.output.trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0
        }

        func write(_ relative: String, _ text: String) throws {
            try write(relative, bytes: Array(text.utf8))
        }

        func write(_ relative: String, bytes: [UInt8]) throws {
            let file = URL(fileURLWithPath: place(relative))
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(bytes).write(to: file)
        }

        func read(_ relative: String) throws -> String {
            try String(contentsOfFile: place(relative), encoding: .utf8)
        }

        /// Writes the files and stages them.
        func stage(_ files: [String: String]) throws {
            for (relative, text) in files { try write(relative, text) }
            let add = try run("/usr/bin/env", ["git", "add", "--"] + files.keys.sorted(), in: repository)
            guard add.status == 0 else { throw SetupError(message: add.errors) }
        }

        /// Runs `executable` with the sandbox's environment, and `extra` over it.
        func run(_ executable: String, _ arguments: [String], in folder: String, environment extra: [String: String] = [:]) throws -> Outcome {
            try Self.run(executable, arguments, in: folder, environment: environment.merging(extra) { $1 })
        }

        static func run(_ executable: String, _ arguments: [String], in folder: String, environment: [String: String]) throws -> Outcome {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: executable)
            process.arguments = arguments
            process.currentDirectoryURL = URL(fileURLWithPath: folder)
            process.environment = environment
            let output = Pipe(), errors = Pipe()
            process.standardInput = FileHandle.nullDevice
            process.standardOutput = output
            process.standardError = errors
            try process.run()
            // Both pipes are read to their end before waiting, so a full pipe never blocks the child.
            final class Box: @unchecked Sendable { var data = Data() }
            let errorData = Box()
            let group = DispatchGroup()
            DispatchQueue.global().async(group: group) { errorData.data = errors.fileHandleForReading.readDataToEndOfFile() }
            let outputData = output.fileHandleForReading.readDataToEndOfFile()
            group.wait()
            process.waitUntilExit()
            return Outcome(status: process.terminationStatus, output: String(decoding: outputData, as: UTF8.self),
                           errors: String(decoding: errorData.data, as: UTF8.self))
        }

        /// A path relative to the repository, absolute as it is.
        private func place(_ relative: String) -> String {
            relative.hasPrefix("/") ? relative : relative.isEmpty ? repository : repository + "/" + relative
        }
    }
}
