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
                .filter { $0.hasSuffix(".yml") || $0.hasSuffix(".yaml") }.sorted()
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
                // A multi-line literal drops the newline before its closing delimiter and writes line breaks as \n.
                var expected = yaml.replacingOccurrences(of: "\r\n", with: "\n")
                if expected.hasSuffix("\n") { expected.removeLast() }
                let copy = embedded.first { $0.file == file }?.yaml
                #expect(copy == expected, "Rules/\(pack)/\(file): \(stale)")
            }
        }
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
