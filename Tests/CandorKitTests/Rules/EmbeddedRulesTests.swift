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
                // The same tree, lines, columns and bytes included: what the binary reads is what Rules/ says,
                // through the generated Swift and the compiler.
                let copy = embedded.first { $0.file == file }.flatMap { EmbeddedYAML.document($0.steps) }
                let composed = try YAMLMapping.document(yaml: yaml, path: file)
                #expect(copy.map(exactForm) == exactForm(composed), "Rules/\(pack)/\(file): \(stale)")
            }
        }
        let model = try String(contentsOfFile: Self.rulesFolder + "/Candor/" + ScoreModel.fileName, encoding: .utf8)
        let copy = EmbeddedRules.models["Candor"].flatMap(EmbeddedYAML.document)
        #expect(copy.map(exactForm) == exactForm(try YAMLMapping.document(yaml: model, path: ScoreModel.fileName)),
                "Rules/Candor/\(ScoreModel.fileName): \(stale)")
    }

    /// The generated file is what `make embed` would write now, to the byte.
    @Test func generatedSourceIsCurrent() throws {
        let committed = try String(contentsOfFile: repositoryRoot + "/Sources/CandorKit/Rules/EmbeddedRules.swift", encoding: .utf8)
        #expect(try EmbeddedRulesSource.swift(rulesFolder: Self.rulesFolder) == committed,
                "Sources/CandorKit/Rules/EmbeddedRules.swift is stale: run `make embed`")
    }

    @Test func generatedSourceNamesEachFileAndTellsAFileThatDoesNotCompose() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("Pack/Rule.yml", "extends: existence\ntokens:\n  - synergy\n")
        try folder.write("Pack/notes.txt", "not a rule")
        try folder.write("Pack/candor-score.yml", "model: logistic\n")
        try folder.write("for/.yml", "a: b\n")
        try folder.write("stray.yml", "a: b\n")
        let source = try EmbeddedRulesSource.swift(rulesFolder: folder.path)
        #expect(source.contains("        \"Pack\": [\n            (\"Rule.yml\", packRule),\n        ],\n"))
        #expect(source.contains("        \"Pack\": packCandorScore,\n"))
        #expect(source.contains("    // Rules/Pack/Rule.yml\n    private static let packRule: [EmbeddedYAML.Step] = [\n"))
        // A name that would be a keyword or another name of the file gets a suffix.
        #expect(source.contains("(\".yml\", forFile)"))
        #expect(!source.contains("notes") && !source.contains("stray"))

        try folder.write("Pack/Broken.yml", "extends: [\n")
        #expect { try EmbeddedRulesSource.swift(rulesFolder: folder.path) } throws: { error in
            (error as? LoadError)?.path == "Pack/Broken.yml" && (error as? LoadError)?.line == 2
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
