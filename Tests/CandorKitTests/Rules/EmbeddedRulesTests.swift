import Foundation
import Testing
@testable import CandorKit

/// `Rules/` is the source of truth; the binary carries a generated copy (`make embed`). The two must agree,
/// and the default pack's examples must hold.
struct EmbeddedRulesTests {
    private static let rulesFolder = repositoryRoot + "/Rules"

    private static func diskPacks() throws -> [String: [(file: String, yaml: String)]] {
        let files = FileManager.default
        var packs: [String: [(file: String, yaml: String)]] = [:]
        for pack in try files.contentsOfDirectory(atPath: rulesFolder).sorted() {
            var isFolder: ObjCBool = false
            guard files.fileExists(atPath: rulesFolder + "/" + pack, isDirectory: &isFolder), isFolder.boolValue else { continue }
            let names = try files.contentsOfDirectory(atPath: rulesFolder + "/" + pack)
                .filter { ($0.hasSuffix(".yml") || $0.hasSuffix(".yaml")) && $0 != ScoreModel.fileName }.sorted()
            packs[pack] = try names.map { name in
                (name, try String(contentsOfFile: rulesFolder + "/" + pack + "/" + name, encoding: .utf8))
            }
        }
        return packs
    }

    @Test func embeddedCopyEqualsRulesOnDisk() throws {
        let disk = try Self.diskPacks()
        let stale = "the built-in rules differ from Rules/: run `make embed`"
        #expect(EmbeddedRules.packs.keys.sorted() == disk.keys.sorted(), "\(stale) (packs)")
        for (pack, files) in disk {
            let embedded = EmbeddedRules.packs[pack] ?? []
            #expect(embedded.map(\.file) == files.map(\.file), "\(stale) (files of \(pack))")
            for (file, yaml) in files {
                // The same tree, lines and columns included: what the binary reads is what Rules/ says.
                let copy = embedded.first { $0.file == file }.flatMap { EmbeddedPacks.document(embeddedForm: $0.form) }
                #expect(copy == (try YAMLMapping.document(yaml: yaml, path: file)), "Rules/\(pack)/\(file): \(stale)")
            }
        }
    }

    @Test func embeddedModelEqualsTheModelOnDisk() throws {
        let disk = try ScoreModel.load(path: Self.rulesFolder + "/Candor/" + ScoreModel.fileName)
        let embedded = try #require(EmbeddedPacks.model(of: "Candor"), "the built-in model does not load: run `make embed`")
        #expect(embedded.features == disk.features && embedded.coefficients == disk.coefficients
            && embedded.intercept == disk.intercept && embedded.broadcastBelow == disk.broadcastBelow
            && embedded.authenticFrom == disk.authenticFrom, "the built-in model differs from Rules/: run `make embed`")
        // The model knows every post rule of the pack, so a rule the pack gains is calibrated before it ships.
        let rules = try #require(try RuleLoader.loadEmbedded("Candor")).filter { !$0.isFeedRule }.map(\.id)
        #expect(Set(rules) == embedded.ruleIDs)
        #expect(Set(VoiceFeature.allCases.map { ScoreModel.Feature.voice($0) }).isSubset(of: Set(embedded.features)))
    }

    @Test func embeddedFormHoldsTheComposedDocument() throws {
        let yaml = "extends: existence\nmessage: \"'%s'\"\ntokens:\n  - synergy\n  - leverage\n"
        let form = try EmbeddedPacks.embeddedForm(of: yaml, path: "Pack/Rule.yml")
        let document = try #require(EmbeddedPacks.document(embeddedForm: form))
        #expect(document == (try YAMLMapping.document(yaml: yaml, path: "Pack/Rule.yml")))
        #expect(document.pairs?.last?.value.list?.last?.line == 5)
        // Not base64, or base64 of something that is not a whole tree.
        #expect(EmbeddedPacks.document(embeddedForm: "not base64!") == nil)
        #expect(EmbeddedPacks.document(embeddedForm: String(form.dropLast(8))) == nil)
        #expect(throws: LoadError.self) { try EmbeddedPacks.embeddedForm(of: "extends: [", path: "Pack/Broken.yml") }
    }

    @Test func rulesOnDiskLoad() throws {
        for pack in try Self.diskPacks().keys.sorted() {
            let rules = try RuleLoader.loadPack(at: Self.rulesFolder + "/" + pack)
            #expect(!rules.isEmpty)
        }
    }

    @Test func everyEmbeddedExamplePasses() throws {
        for pack in RuleLoader.embeddedPackNames {
            let rules = try #require(try RuleLoader.loadEmbedded(pack))
            let failures = ExampleRunner.failures(of: rules)
            #expect(failures.isEmpty, "\(failures.map(\.description).joined(separator: "\n"))")
        }
    }

    @Test func defaultPackRulesHaveTwoFlagAndTwoPassExamples() throws {
        let rules = try #require(try RuleLoader.loadEmbedded("Candor"))
        #expect(!rules.isEmpty)
        for rule in rules {
            let flags = rule.examples.filter { $0.expectation == .flag }.count
            let passes = rule.examples.filter { $0.expectation == .pass }.count
            #expect(flags >= 2, "\(rule.id) has \(flags) flag examples")
            #expect(passes >= 2, "\(rule.id) has \(passes) pass examples")
        }
    }
}
