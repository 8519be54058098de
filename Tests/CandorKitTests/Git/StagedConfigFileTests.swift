import Testing
@testable import CandorKit

@Suite struct StagedConfigFileTests {
    private func anchored(_ yaml: String) -> String {
        StagedConfigFile.anchoringPacks(yaml, to: "/repo")
    }

    @Test func makesRelativePackFoldersAbsoluteInAFlowList() {
        #expect(anchored("packs: [Candor, ./rules/House, 'rules/It''s', \"/abs/Pack\"]\nlevel: warning\n")
            == "packs: [Candor, \"/repo/./rules/House\", \"/repo/rules/It's\", \"/abs/Pack\"]\nlevel: warning\n")
    }

    @Test func makesRelativePackFoldersAbsoluteInABlockListKeepingEveryLine() {
        let yaml = "# House rules\npacks:\n  - Candor\n  - \"rules/Ho\\\"use\"   # ours\n  - rules/Ünï\nfail-on: nope\n"
        let result = anchored(yaml)
        #expect(result == "# House rules\npacks:\n  - Candor\n  - \"/repo/rules/Ho\\\"use\"   # ours\n  - \"/repo/rules/Ünï\"\nfail-on: nope\n")
        #expect(result.split(separator: "\n", omittingEmptySubsequences: false).count
            == yaml.split(separator: "\n", omittingEmptySubsequences: false).count)
    }

    @Test func aSinglePackNameIsAnchoredToo() {
        #expect(anchored("packs: rules/House\n") == "packs: \"/repo/rules/House\"\n")
    }

    @Test func leavesEverythingElseAlone() {
        for yaml in ["level: warning\n", "packs: [Candor]\n", "packs: [unclosed\n", "", "- a list\n", "include: [./rules/x]\n"] {
            #expect(anchored(yaml) == yaml)
        }
    }

    @Test func theCopyIsLoadedAsStagedAndRemovedWhenReleased() throws {
        var file: StagedConfigFile? = try StagedConfigFile(contents: Array("packs: [Candor, ./rules/House]\n".utf8), workTree: "/repo")
        let path = try #require(file?.path)
        #expect(path.hasSuffix("/.candor.yml"))
        #expect(try FileIO.readAll(path) == Array("packs: [Candor, \"/repo/./rules/House\"]\n".utf8))
        file = nil
        #expect(!FileIO.exists(path))
        #expect(!FileIO.exists(Path.parent(path)!))
    }
}
