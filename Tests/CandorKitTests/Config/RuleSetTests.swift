import Testing
@testable import CandorKit

/// The rules a configuration turns on: packs loaded, levels changed, rules switched off, names checked.
struct RuleSetTests {
    @Test func levelsAndOffApplyPerRuleThenPerPack() throws {
        var configuration = Configuration()
        configuration.rules = ["Candor.Jargon": .error, "Candor.NoMention": nil]
        let rules = try RuleSet.rules(for: configuration)
        #expect(rules.first { $0.id == "Candor.Jargon" }?.level == .error)
        #expect(!rules.contains { $0.id == "Candor.NoMention" })
        #expect(!rules.isEmpty)

        configuration.rules = ["Candor": nil, "Candor.Jargon": .warning]
        #expect(try RuleSet.rules(for: configuration).map(\.id) == ["Candor.Jargon"])
    }

    @Test func unknownRuleNameNamesItsConfigFile() throws {
        var configuration = Configuration()
        configuration.rules = ["Candor.Nope": .error]
        configuration.origins["rules.Candor.Nope"] = "/p/.candor.yml"
        let error = #expect(throws: LoadError.self) { try RuleSet.rules(for: configuration) }
        #expect(error?.path == "/p/.candor.yml")
        #expect(error?.key == "rules.Candor.Nope")
    }

    @Test func missingPackIsAnError() throws {
        var configuration = Configuration()
        configuration.packs = ["/nonexistent/House"]
        let error = #expect(throws: LoadError.self) { try RuleSet.rules(for: configuration) }
        #expect(error?.key == "packs")
    }

    @Test func folderPacksLoadAfterBuiltIns() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("House/Ours.yml", "extends: existence\nmessage: m\ntokens: [ours]\n")
        var configuration = Configuration()
        configuration.packs = ["Candor", folder.path + "/House"]
        let ids = try RuleSet.rules(for: configuration).map(\.id)
        #expect(ids.last == "House.Ours")
        #expect(ids.first?.hasPrefix("Candor.") == true)
    }
}
