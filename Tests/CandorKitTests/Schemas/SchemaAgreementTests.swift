import Foundation
import Testing
@testable import CandorKit

/// The JSON Schemas of `schemas/` name exactly the keys the loaders take, so an editor completes every key
/// candor reads and flags every key it would refuse. (`make test` also validates Rules/, the fixture
/// configurations and `candor init`'s files against them with the jsonschema package.)
struct SchemaAgreementTests {
    static let folder: String = {
        var url = URL(fileURLWithPath: #filePath)  // Tests/CandorKitTests/Schemas/SchemaAgreementTests.swift
        for _ in 0..<4 { url.deleteLastPathComponent() }
        return url.path + "/schemas"
    }()

    private static func schema(_ name: String) throws -> [String: Any] {
        let data = try Data(contentsOf: URL(fileURLWithPath: folder + "/" + name))
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    @Test func theRuleSchemaTakesEachCheckTypesKeys() throws {
        let schema = try Self.schema("candor-rule.schema.json")
        let extends = try #require((schema["properties"] as? [String: Any])?["extends"] as? [String: Any])
        let types = Dictionary(uniqueKeysWithValues: RuleLoader.checkTypes.map { ($0.name, $0.keys) })
        #expect(Set(try #require(extends["enum"] as? [String])) == Set(types.keys))
        let branches = try #require(schema["allOf"] as? [[String: Any]])
        var kinds: Set<String> = []
        for branch in branches {
            let condition = try #require((branch["if"] as? [String: Any])?["properties"] as? [String: [String: String]])
            let kind = try #require(condition["extends"]?["const"])
            kinds.insert(kind)
            let then = try #require(branch["then"] as? [String: Any])
            #expect(then["additionalProperties"] as? Bool == false)
            let keys = Set(try #require(then["properties"] as? [String: Any]).keys)
            let expected = RuleLoader.commonKeys.union(RuleLoader.inertValeKeys).union(try #require(types[kind]))
            #expect(keys == expected, "\(kind): only in the schema \(keys.subtracting(expected)), only in the loader \(expected.subtracting(keys))")
        }
        #expect(kinds == Set(types.keys))
    }

    @Test func theConfigurationSchemaTakesTheLoadersKeys() throws {
        let schema = try Self.schema("candor-config.schema.json")
        #expect(schema["additionalProperties"] as? Bool == false)
        let properties = try #require(schema["properties"] as? [String: Any])
        // The loader names the keys it takes when it refuses one.
        func taken(_ yaml: String) throws -> Set<String> {
            let file = NSTemporaryDirectory() + "candor-schema-\(UUID().uuidString).yml"
            try yaml.write(toFile: file, atomically: true, encoding: .utf8)
            defer { try? FileManager.default.removeItem(atPath: file) }
            let error = try #require(#expect(throws: LoadError.self) { try ConfigLoader(userFile: nil).load([file]) })
            let list = try #require(error.message.split(separator: "(it takes ").last?.dropLast())
            return Set(list.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) })
        }
        #expect(Set(properties.keys) == (try taken("unknown-key: 1\n")))
        for section in ["score", "account"] {
            let inner = try #require(properties[section] as? [String: Any])
            #expect(inner["additionalProperties"] as? Bool == false)
            let keys = Set(try #require(inner["properties"] as? [String: Any]).keys)
            #expect(keys == (try taken("\(section):\n  unknown-key: 1\n")), "\(section)")
        }
    }

    /// The JSON output's schema requires every metric the reporter writes, and only those.
    @Test func theOutputSchemaNamesEveryMetric() throws {
        let schema = try Self.schema("candor-output.schema.json")
        let post = try #require((schema["definitions"] as? [String: Any])?["post"] as? [String: Any])
        let metrics = try #require((post["properties"] as? [String: Any])?["metrics"] as? [String: Any])
        #expect(Set(try #require(metrics["required"] as? [String])) == Set(Metrics.names))
    }

    /// `candor init` names the schemas by their published address, which is each schema's `$id`.
    @Test func initNamesEachSchemaByItsId() throws {
        #expect(try Self.schema("candor-config.schema.json")["$id"] as? String == Starter.configurationSchema)
        #expect(try Self.schema("candor-rule.schema.json")["$id"] as? String == Starter.ruleSchema)
        #expect(Starter.configuration(pack: nil).hasPrefix("# yaml-language-server: $schema=\(Starter.configurationSchema)\n"))
        for rule in Starter.pack("House") {
            #expect(rule.yaml.hasPrefix("# yaml-language-server: $schema=\(Starter.ruleSchema)\n"), "\(rule.file)")
            // The modeline is a comment: the rule still loads.
            _ = try makeRule(rule.yaml, name: rule.file)
        }
    }
}
