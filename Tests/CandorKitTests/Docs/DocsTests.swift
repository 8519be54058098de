import Foundation
import Testing
@testable import CandorKit

/// The documentation a user's clone carries: the generated rules reference is current, every link a finding
/// or the docs print leads to a file and heading that exist, and nothing points at a document the clone
/// does not have.
struct DocsTests {
    private static let root = RulesReference.repositoryRoot
    /// Where the project's files are published; a link under it must name a file of this repository.
    static let projectURL = "https://github.com/candor-lint/candor/blob/main/"

    private static func read(_ relative: String) throws -> String {
        try String(contentsOfFile: root + "/" + relative, encoding: .utf8)
    }

    /// The anchors of a Markdown file's headings, as GitHub makes them.
    private static func anchors(_ relative: String) throws -> Set<String> {
        var found: Set<String> = []
        var fenced = false
        for line in try read(relative).split(separator: "\n") {
            if line.hasPrefix("```") { fenced.toggle() }
            guard !fenced, line.hasPrefix("#") else { continue }
            let heading = line.drop { $0 == "#" }.trimmingCharacters(in: .whitespaces)
            found.insert(RulesReference.anchor(heading))
        }
        return found
    }

    /// Whether `target` (a path relative to the repository root, with an optional `#anchor`) exists.
    private static func resolves(_ target: String) throws -> Bool {
        let parts = target.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
        let path = Path.normalized(parts[0]).dropFirst()
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root + "/" + path, isDirectory: &isFolder) else { return false }
        guard parts.count == 2 else { return true }
        guard !isFolder.boolValue else { return false }
        return try anchors(String(path)).contains(parts[1])
    }

    @Test func theRulesReferenceIsCurrent() throws {
        let generated = try RulesReference.markdown()
        let path = Self.root + "/docs/rules.md"
        if ProcessInfo.processInfo.environment["CANDOR_UPDATE_GOLDEN"] == "1" {
            try generated.write(toFile: path, atomically: true, encoding: .utf8)
            return
        }
        let committed = try String(contentsOfFile: path, encoding: .utf8)
        #expect(committed == generated, "docs/rules.md is stale: run CANDOR_UPDATE_GOLDEN=1 swift test --filter DocsTests and review the diff")
    }

    /// A finding's rule link (SARIF's helpUri, `candor explain`) must lead to a file and heading that exist.
    @Test func everyRuleLinkResolves() throws {
        let packs = try FileManager.default.contentsOfDirectory(atPath: Self.root + "/Rules").filter {
            var isFolder: ObjCBool = false
            return FileManager.default.fileExists(atPath: Self.root + "/Rules/" + $0, isDirectory: &isFolder) && isFolder.boolValue
        }
        #expect(packs.contains("Candor"))
        var links = 0
        for pack in packs {
            for rule in try #require(try RuleLoader.loadEmbedded(pack)) {
                if pack == "Candor" { #expect(rule.link != nil, "\(rule.id) has no link") }
                guard let link = rule.link else { continue }
                links += 1
                #expect(link.hasPrefix(Self.projectURL), "\(rule.id): \(link) is not a page of the project")
                #expect(try Self.resolves(String(link.dropFirst(Self.projectURL.count))), "\(rule.id): \(link) leads nowhere")
            }
        }
        #expect(links > 0)
    }

    /// Every relative link (and project link) of the README and docs/ leads to a file, and heading, that exist.
    @Test func everyLinkInTheDocsResolves() throws {
        let documents = ["README.md", "Rules/WRITING.md"] + (try FileManager.default.contentsOfDirectory(atPath: Self.root + "/docs"))
            .filter { $0.hasSuffix(".md") }.map { "docs/" + $0 }
        #expect(documents.contains("docs/rules.md"))
        let link = try NSRegularExpression(pattern: #"\]\(([^)\s]+)\)"#)
        var checked = 0
        for document in documents {
            let text = try Self.read(document)
            let folder = (document as NSString).deletingLastPathComponent
            for match in link.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                let target = String(text[Range(match.range(at: 1), in: text)!])
                let relative: String
                if target.hasPrefix(Self.projectURL) {
                    relative = String(target.dropFirst(Self.projectURL.count))
                } else if target.contains(":") {
                    continue  // Another site: not checked offline.
                } else if target.hasPrefix("#") {
                    relative = document + target
                } else {
                    relative = folder.isEmpty ? target : folder + "/" + target
                }
                checked += 1
                #expect(try Self.resolves(relative), "\(document): the link \(target) leads nowhere")
            }
        }
        #expect(checked > 10)
    }

    /// A user's clone has no design notes: nothing it carries may send a reader to them.
    @Test func nothingPointsAtTheDesignNotes() throws {
        var files = ["README.md", "Makefile", ".pre-commit-hooks.yaml"]
        for folder in ["Sources", "Tests", "Benchmarks", "docs", "Rules", "schemas"] {
            let walker = try #require(FileManager.default.enumerator(atPath: Self.root + "/" + folder))
            for case let path as String in walker where !path.hasPrefix(".") && !path.hasPrefix("work/") { files.append(folder + "/" + path) }
        }
        for file in files {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: Self.root + "/" + file, isDirectory: &isFolder), !isFolder.boolValue,
                  !file.hasSuffix("/DocsTests.swift"), let text = try? Self.read(file) else { continue }
            #expect(!text.contains("DESIGN"), "\(file) points at the design notes, which a clone does not have")
        }
    }

    @Test func thereIsALicence() throws {
        let licence = try Self.read("LICENSE")
        #expect(licence.hasPrefix("MIT License"))
        #expect(try Self.read("README.md").contains("[MIT](LICENSE)"))
    }
}
