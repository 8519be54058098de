import Testing
@testable import CandorKit

/// Setups are cached by their list of configuration files: a tree with one configuration builds one linter.
struct SetupCacheTests {
    private func file(_ path: String) -> Source { Source(input: .file(path), kind: .foundFile) }

    @Test func foldersThatShareAConfigurationShareALinter() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write(".candor.yml", "level: warning\n")
        try folder.write("c/.candor.yml", "level: error\n")
        var cache = SetupCache(loader: ConfigLoader(userFile: nil), platform: nil)
        let a = try cache.setup(for: file(folder.path + "/a/x.md")) { _ in }
        let b = try cache.setup(for: file(folder.path + "/b/y.md")) { _ in }
        let c = try cache.setup(for: file(folder.path + "/c/z.md")) { _ in }
        let again = try cache.setup(for: file(folder.path + "/c/w.md")) { _ in }
        #expect(a.linter === b.linter)
        #expect(a.configuration.level == .warning)
        #expect(c.linter !== a.linter && c.configuration.level == .error)
        #expect(again.linter === c.linter)
    }

    /// Two lists of configuration files that share a file share its warnings: said once a run.
    @Test func aWarningIsSaidOnceARun() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write(".vale.ini", "[formats]\nmdx = md\n")
        try folder.write("c/.candor.yml", "level: error\n")
        var cache = SetupCache(loader: ConfigLoader(userFile: nil), platform: nil)
        var warnings: [String] = []
        let root = try cache.setup(for: file(folder.path + "/x.md")) { warnings.append($0) }
        let c = try cache.setup(for: file(folder.path + "/c/z.md")) { warnings.append($0) }
        #expect(root.linter !== c.linter)
        #expect(warnings.count == 1 && warnings[0].contains("[formats]"), "\(warnings)")
    }

    @Test func theCommandLinesPlatformIsEveryLinters() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write(".candor.yml", "platform: bluesky\n")
        var cache = SetupCache(loader: ConfigLoader(userFile: nil), platform: .mastodon)
        #expect(try cache.setup(for: file(folder.path + "/x.md")) { _ in }.linter.platform == .mastodon)
        var configured = SetupCache(loader: ConfigLoader(userFile: nil), platform: nil)
        #expect(try configured.setup(for: file(folder.path + "/x.md")) { _ in }.linter.platform == .bluesky)
    }

    @Test func aConfigurationThatCannotBeLoadedIsAnErrorNamingTheFile() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write(".candor.yml", "level: loud\n")
        var cache = SetupCache(loader: ConfigLoader(userFile: nil), platform: nil)
        let error = #expect(throws: LoadError.self) { try cache.setup(for: file(folder.path + "/x.md")) { _ in } }
        #expect(error?.description.contains(".candor.yml:1") == true, "\(String(describing: error))")
    }

    /// A suppression may name a rule the linter runs, its pack, or one the configuration switches off.
    @Test func aSetupKnowsTheRulesItsConfigurationNames() throws {
        var configuration = Configuration()
        configuration.rules = ["House.Old": nil, "Retired": nil]
        let setup = Setup(configuration: configuration, linter: try Linter(rules: [makeRule("extends: existence\nmessage: m\ntokens: [x]\n", name: "Jargon", pack: "House")]))
        #expect(setup.knows("House.Jargon") && setup.knows("House"))
        #expect(setup.knows("House.Old") && setup.knows("Retired.Anything"))
        #expect(!setup.knows("House.Nope") && !setup.knows("RetiredX"))
    }
}
