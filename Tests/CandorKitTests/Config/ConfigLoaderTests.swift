import Testing
@testable import CandorKit

/// `.candor.yml` found upward from each linted file: nearest wins, `rules` and `score` merge, `accept`
/// accumulates, and each value remembers its file.
struct ConfigLoaderTests {
    /// A root config, a nearer one in `sub/`, and a folder `sub/deeper/` with none.
    private func twoLevels(_ folder: TemporaryFolder) throws -> (root: String, near: String, deeper: String) {
        let root = try folder.write(".candor.yml", """
            packs: [Candor]
            level: warning
            platform: mastodon
            accept: [Kubernetes]
            rules:
              Candor.Jargon: error
              Candor.LinkOnly: suggestion
            score:
              broadcast-below: 30
            """)
        let near = try folder.write("sub/.candor.yml", """
            level: error
            accept: [Swift]
            rules:
              Candor.NoMention: off
              Candor.LinkOnly: warning
            score:
              authentic-from: 80
            """)
        return (root, near, try folder.folder("sub/deeper"))
    }

    private func ours(_ files: [String], in folder: TemporaryFolder) -> [String] {
        files.filter { $0.hasPrefix(folder.path + "/") }
    }

    @Test func discoveryWalksUpwardFarthestFirst() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let (root, near, deeper) = try twoLevels(folder)
        let loader = ConfigLoader(userFile: nil)
        #expect(ours(loader.files(for: deeper), in: folder) == [root, near])
        #expect(ours(loader.files(for: folder.path), in: folder) == [root])
    }

    @Test func nearestWinsAndSectionsMerge() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let (root, near, deeper) = try twoLevels(folder)
        let loader = ConfigLoader(userFile: nil)
        let configuration = try loader.load(ours(loader.files(for: deeper), in: folder))
        #expect(configuration.level == .error)
        #expect(configuration.platform == .mastodon)
        #expect(configuration.packs == ["Candor"])
        #expect(configuration.rules == ["Candor.Jargon": .error, "Candor.NoMention": nil, "Candor.LinkOnly": .warning])
        #expect(configuration.accept == ["Kubernetes", "Swift"])
        #expect(configuration.scoring.broadcastBelow == 30)
        #expect(configuration.scoring.authenticFrom == 80)
        #expect(configuration.files == [root, near])
        #expect(configuration.origins["level"] == near)
        #expect(configuration.origins["platform"] == root)
        #expect(configuration.origins["rules.Candor.Jargon"] == root)
        #expect(configuration.origins["rules.Candor.LinkOnly"] == near)
        #expect(configuration.origins["score.broadcast-below"] == root)
        #expect(configuration.origins["score.authentic-from"] == near)
        #expect(configuration.origins["fail-on"] == nil)
        #expect(configuration.failOn == .error)
    }

    @Test func userFileIsFarthest() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let user = try folder.write("home/config.yml", "level: suggestion\nfail-on: warning\n")
        let project = try folder.write("project/.candor.yml", "level: error\n")
        let loader = ConfigLoader(userFile: user)
        let files = loader.files(for: folder.path + "/project")
        #expect(files.first == user)
        #expect(files.last == project)
        let configuration = try loader.load(files)
        #expect(configuration.level == .error)
        #expect(configuration.failOn == .warning)
        #expect(configuration.origins["fail-on"] == user)
    }

    @Test func explicitFileReplacesTheSearchAndNoConfigSkipsIt() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let (_, _, deeper) = try twoLevels(folder)
        let explicit = try folder.write("elsewhere.yml", "level: suggestion\n")
        #expect(ConfigLoader(explicitFile: explicit, userFile: nil).files(for: deeper) == [explicit])
        #expect(ConfigLoader(explicitFile: explicit, disabled: true, userFile: nil).files(for: deeper).isEmpty)
        #expect(try ConfigLoader(userFile: nil).load([]) == Configuration())
    }

    @Test func packFoldersResolveAgainstTheirConfigFile() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let file = try folder.write("team/.candor.yml", "packs: [Candor, ./rules/House, /abs/Pack]\n")
        let configuration = try ConfigLoader(userFile: nil).load([file])
        #expect(configuration.packs.count == 3)
        #expect(configuration.packs.first == "Candor")
        #expect(configuration.packs.dropFirst().map(Path.normalized) == [folder.path + "/team/rules/House", "/abs/Pack"])
        #expect(configuration.origins["packs"] == file)
    }

    /// `platform` in any case and `twitter` for `x`, as in metadata and `--platform`; `lang` as a code.
    @Test func platformAndLanguageNamesAreRead() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let file = try folder.write(".candor.yml", "platform: Twitter\nlang: es-MX\n")
        let configuration = try ConfigLoader(userFile: nil).load([file])
        #expect(configuration.platform == .x)
        #expect(configuration.language == "es")
        #expect(configuration.origins["lang"] == file)
        #expect(try RuleSet.linter(for: configuration).language == "es")
    }

    @Test func unknownKeyNamesFileLineAndKey() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let file = try folder.write(".candor.yml", "level: warning\nplatfrom: x\n")
        let error = #expect(throws: LoadError.self) { try ConfigLoader(userFile: nil).load([file]) }
        #expect(error?.path == file)
        #expect(error?.line == 2)
        #expect(error?.key == "platfrom")
        #expect(error?.description.hasPrefix("\(file):2:1: 'platfrom': unknown key") == true)
    }

    @Test func badValuesNameTheirKey() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        for (yaml, key) in [
            ("level: loud\n", "level"), ("fail-on: never\n", "fail-on"), ("platform: myspace\n", "platform"),
            ("rules:\n  Candor.Jargon: maybe\n", "Candor.Jargon"), ("account:\n  handles: [a]\n", "handles"),
            ("score:\n  broadcast-below: 80\n  authentic-from: 70\n", "score"), ("score:\n  weights:\n    warning: 3\n", "weights"),
            ("score:\n  model: missing.yml\n", "model"),
        ] {
            let file = try folder.write(".candor.yml", yaml)
            let error = #expect(throws: LoadError.self) { try ConfigLoader(userFile: nil).load([file]) }
            #expect(error?.key == key, "\(yaml)")
        }
    }

    @Test func blankFileChangesNothing() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let file = try folder.write(".candor.yml", "\n  \n")
        #expect(try ConfigLoader(userFile: nil).load([file]) == Configuration())
    }

    /// BUG (ConfigLoader.swift `load(_:)`: a file of only comments reaches `YAMLMapping.load`, which fails
    /// with "the file is empty"): a blank file is accepted, a commented-out one is exit 2.
    @Test func commentedOutFileChangesNothing() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let file = try folder.write(".candor.yml", "\n# nothing yet\n")
        #expect(try ConfigLoader(userFile: nil).load([file]).level == .suggestion)
    }

    // MARK: root: true

    @Test func rootTrueStopsTheSearchButKeepsTheUserFile() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let (_, near, deeper) = try twoLevels(folder)
        try folder.write("sub/.candor.yml", "root: true\nlevel: error\n")
        let user = try folder.write("user/config.yml", "level: warning\n")
        // Not filtered to the temporary folder: nothing above `sub/` counts, wherever the folder lives.
        #expect(ConfigLoader(userFile: user).files(for: deeper) == [user, near])
        let configuration = try ConfigLoader(userFile: user).load([user, near])
        #expect(configuration.level == .error)
    }

    @Test func rootOnTheFartherFileEndsTheSearchThere() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let (root, near, deeper) = try twoLevels(folder)
        try folder.write(".candor.yml", "root: yes\nlevel: warning\n")
        #expect(ConfigLoader(userFile: nil).files(for: deeper) == [root, near])
    }

    @Test func rootFalseOrAbsentSearchesOn() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let (root, near, deeper) = try twoLevels(folder)
        try folder.write("sub/.candor.yml", "root: false\nlevel: error\n")
        #expect(ours(ConfigLoader(userFile: nil).files(for: deeper), in: folder) == [root, near])
        #expect(!ConfigLoader.declaresRoot(near))
        #expect(!ConfigLoader.declaresRoot(root))
    }

    @Test func rootThatIsNotABooleanIsAnErrorNamingTheKey() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let file = try folder.write(".candor.yml", "level: warning\nroot: maybe\n")
        // The search does not stop on it; loading names file, line and key.
        #expect(!ConfigLoader.declaresRoot(file))
        let error = #expect(throws: LoadError.self) { try ConfigLoader(userFile: nil).load([file]) }
        #expect(error?.path == file)
        #expect(error?.line == 2)
        #expect(error?.key == "root")
    }

    // MARK: A configuration's bytes, read already

    @Test func bytesGiveTheConfigurationTheFileGives() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let (root, near, _) = try twoLevels(folder)
        _ = try folder.folder("rules/House")
        let file = try folder.write("sub/other/.candor.yml", """
            packs: [Candor, ../../rules/House]
            lang: de
            fail-on: warning
            accept: [Kubernetes]
            include: ["posts/**"]
            rules:
              Candor.Jargon: off
            """)
        let loader = ConfigLoader(userFile: nil)
        for path in [root, near, file] {
            let bytes = try FileIO.readAll(path)
            #expect(try loader.load(bytes: bytes, path: path) == loader.load([path]), "\(path)")
        }
        #expect(try loader.load(bytes: FileIO.readAll(file), path: file).packs == ["Candor", folder.path + "/sub/other/../../rules/House"])
        #expect(try loader.load(bytes: [], path: file) == Configuration())
    }

    @Test func suppliedBytesReplaceTheSearchAndFindTheirPacksInTheirFolder() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let (_, _, deeper) = try twoLevels(folder)
        let supplied = ConfigLoader.Supplied(bytes: Array("packs: [Candor, ./rules/House]\nlevel: error\n".utf8),
                                             path: ".candor.yml (staged)", folder: "/repo")
        let loader = ConfigLoader(userFile: nil, supplied: supplied)
        #expect(loader.files(for: deeper) == [".candor.yml (staged)"])
        let configuration = try loader.load(loader.files(for: deeper))
        #expect(configuration.packs == ["Candor", "/repo/./rules/House"])
        #expect(configuration.level == .error)
        #expect(configuration.origins["level"] == ".candor.yml (staged)")
        #expect(configuration.files == [".candor.yml (staged)"])
        #expect(ConfigLoader(disabled: true, userFile: nil, supplied: supplied).files(for: deeper).isEmpty)
    }

    @Test func errorsInSuppliedBytesNameTheGivenPath() throws {
        let loader = ConfigLoader(userFile: nil)
        let error = #expect(throws: LoadError.self) {
            try loader.load(bytes: Array("level: warning\nfail-on: sometimes\n".utf8), path: ".candor.yml (staged)", folder: "/repo")
        }
        #expect(error?.path == ".candor.yml (staged)")
        #expect(error?.line == 2)
        #expect(error?.key == "fail-on")
    }
}
