import Foundation
import Testing

/// The house rules of docs/ARCHITECTURE.md that the compiler does not hold the code to: CandorKit depends on
/// Yams, so nothing but this test keeps its other folders from importing it; and nothing keeps an import from
/// sliding below a declaration, or a catch-all folder from growing back.
struct LayoutTests {
    /// Every Swift file under `Sources/`, by path relative to the repository.
    private static let sources: [String] = {
        let root = repositoryRoot + "/Sources"
        let walker = FileManager.default.enumerator(atPath: root)
        var paths: [String] = []
        while let path = walker?.nextObject() as? String {
            if path.hasSuffix(".swift") { paths.append("Sources/" + path) }
        }
        return paths.sorted()
    }()

    private static func lines(of path: String) throws -> [Substring] {
        try String(contentsOfFile: repositoryRoot + "/" + path, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
    }

    @Test func theSourcesAreFound() {
        #expect(Self.sources.contains("Sources/CandorKit/YAML/YAMLDocument.swift"))
        #expect(Self.sources.count > 200)
    }

    @Test func onlyTheYAMLFolderImportsYams() throws {
        var importers: [String] = []
        for path in Self.sources where try Self.lines(of: path).contains(where: { $0 == "import Yams" }) {
            importers.append(path)
        }
        #expect(!importers.isEmpty)
        #expect(importers.filter { !$0.hasPrefix("Sources/CandorKit/YAML/") } == [])
    }

    @Test func onlyTheRegexModuleImportsPCRE2() throws {
        var importers: [String] = []
        for path in Self.sources where try Self.lines(of: path).contains(where: { $0 == "import CPCRE2" }) {
            importers.append(path)
        }
        #expect(!importers.isEmpty)
        #expect(importers.filter { !$0.hasPrefix("Sources/CandorRegex/") && !$0.hasPrefix("Sources/Fuzz") } == [])
    }

    /// Imports (and the `#if canImport` around a platform's C library) come before the first declaration or
    /// comment of the file, never after it.
    @Test func importsGoAtTheTopOfEveryFile() throws {
        var late: [String] = []
        for path in Self.sources {
            var seenBody = false
            for line in try Self.lines(of: path) {
                let text = line.trimmingCharacters(in: .whitespaces)
                if text.hasPrefix("import ") || text.hasPrefix("@testable import ") {
                    if seenBody { late.append(path); break }
                } else if !text.isEmpty && !["#if canImport", "#elseif canImport", "#else", "#endif"].contains(where: text.hasPrefix) {
                    seenBody = true
                }
            }
        }
        #expect(late == [])
    }

    /// One unit per file, named after it: a file declares at most one type of its own at the top level (a
    /// `private` helper beside it aside), and a file that declares one is named after it (`Pattern.swift`);
    /// extensions go in `Type+Topic.swift`.
    @Test func eachFileHoldsOneTypeNamedAfterIt() throws {
        let declaration = /^(?:(?:public|package|internal|final|indirect|@\w+) )*(?:struct|enum|class|protocol|actor) (\w+)/
        var wrong: [String] = []
        // A `main.swift` is a target's top-level code, named for that, not for a type.
        for path in Self.sources where !path.hasSuffix("/main.swift") {
            let types = try Self.lines(of: path).compactMap { line in try declaration.prefixMatch(in: line).map { String($0.1) } }
            let name = String(path.split(separator: "/").last!.dropLast(".swift".count))
            if types.count > 1 || (types.count == 1 && types[0] != name) { wrong.append("\(path): \(types)") }
        }
        #expect(wrong == [])
    }

    @Test func thereIsNoSupportFolder() {
        #expect(!Self.sources.contains { $0.contains("/Support/") })
    }
}
