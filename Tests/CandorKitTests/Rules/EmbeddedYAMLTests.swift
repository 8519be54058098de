import Foundation
import Testing
@testable import CandorKit

/// `value` written out with every text as its UTF-8 bytes and every position: `==` on `YAMLValue` compares
/// text by canonical equivalence, and a built-in copy must be the rule file byte for byte.
func exactForm(_ value: YAMLValue) -> String {
    let at = "@\(value.position.line):\(value.position.column)"
    switch value {
    case .text(let text, _): return "text\(at)\(Array(text.utf8))"
    case .alias: return "alias\(at)"
    case .list(let items, _): return "list\(at)[" + items.map(exactForm).joined(separator: ",") + "]"
    case .mapping(let pairs, _):
        return "mapping\(at)[" + pairs.map { exactForm($0.key) + ":" + exactForm($0.value) }.joined(separator: ",") + "]"
    }
}

@Suite("EmbeddedYAML")
struct EmbeddedYAMLTests {
    private static func composed(_ yaml: String) throws -> YAMLValue {
        try YAMLMapping.document(yaml: yaml, path: "Pack/Rule.yml")
    }

    /// Every YAML file of every pack in Rules/, score models included.
    private static func rulesOnDisk() throws -> [(path: String, yaml: String)] {
        let folder = repositoryRoot + "/Rules"
        let files = FileManager.default
        var found: [(String, String)] = []
        for pack in try files.contentsOfDirectory(atPath: folder).sorted() {
            guard let names = try? files.contentsOfDirectory(atPath: folder + "/" + pack) else { continue }
            for name in names.sorted() where name.hasSuffix(".yml") || name.hasSuffix(".yaml") {
                let path = folder + "/" + pack + "/" + name
                found.append((path, try String(contentsOfFile: path, encoding: .utf8)))
            }
        }
        return found
    }

    @Test func stepsOfEveryBuiltInFileGiveItBack() throws {
        let files = try Self.rulesOnDisk()
        #expect(files.count > 10)
        for (path, yaml) in files {
            let document = try YAMLMapping.document(yaml: yaml, path: path)
            let back = try #require(EmbeddedYAML.document(EmbeddedYAML.steps(of: document)), "\(path)")
            #expect(exactForm(back) == exactForm(document), "\(path)")
        }
    }

    @Test func stepsAreTheDocumentInOrderWithLinesBelowThePrevious() throws {
        let document = try Self.composed("# a comment\nextends: existence\ntokens:\n  - synergy\n\n  - [a, b]\nscope: {}\n")
        #expect(EmbeddedYAML.steps(of: document) == [
            .mapping(2, 1),
            .text(0, 1, "extends"), .text(0, 10, "existence"),
            .text(1, 1, "tokens"),
            .list(1, 3),
            .text(0, 5, "synergy"),
            .list(2, 5), .text(0, 6, "a"), .text(0, 9, "b"), .end,
            .end,
            .text(1, 1, "scope"), .mapping(0, 8), .end,
            .end,
        ])
        let alias = YAMLValue.list([.alias(at: .init(line: 3, column: 2)), .text("", at: .init(line: 0, column: 0))],
                                   at: .init(line: 1, column: 1))
        #expect(EmbeddedYAML.steps(of: alias) == [.list(1, 1), .alias(2, 2), .text(-3, 0, ""), .end])
        #expect(EmbeddedYAML.document(EmbeddedYAML.steps(of: alias)) == alias)
    }

    @Test func stepsThatAreNotOneDocumentGiveNil() {
        let broken: [[EmbeddedYAML.Step]] = [
            [],
            [.end],
            [.list(1, 1)],
            [.list(1, 1), .end, .end],
            [.mapping(1, 1), .text(0, 1, "key"), .end],
            [.text(1, 1, "one"), .text(1, 1, "two")],
            [.list(1, 1), .end, .text(1, 1, "after")],
        ]
        for steps in broken { #expect(EmbeddedYAML.document(steps) == nil, "\(steps)") }
        #expect(EmbeddedYAML.document([.mapping(1, 1), .text(0, 1, "key"), .list(0, 6), .end, .end])
            == .mapping([.init(key: .text("key", at: .init(line: 1, column: 1)), value: .list([], at: .init(line: 1, column: 6)))],
                        at: .init(line: 1, column: 1)))
    }

    @Test func swiftLinesAreIndentedByDepth() throws {
        let lines = EmbeddedYAML.swiftLines(of: try Self.composed("tokens:\n  - 'a \\b'\n"), indent: "  ")
        #expect(lines == [
            ".mapping(1, 1),",
            "  .text(0, 1, \"tokens\"),",
            "  .list(1, 3),",
            "    .text(0, 5, #\"a \\b\"#),",
            "  .end,",
            ".end,",
        ])
    }

    /// What the issue asks of the embedded pack: a one-word change in a rule file reviews as a one-line change
    /// with the word in it, and a line added to a list adds its own line and moves no other.
    @Test func aOneWordEditIsAOneLineChange() throws {
        let yaml = try String(contentsOfFile: repositoryRoot + "/Rules/Candor/Jargon.yml", encoding: .utf8)
        let edited = yaml.replacingOccurrences(of: "\n  leverage: use\n", with: "\n  leverage: employ\n")
        try #require(edited != yaml)
        let before = EmbeddedYAML.swiftLines(of: try Self.composed(yaml))
        let after = EmbeddedYAML.swiftLines(of: try Self.composed(edited))
        #expect(before.count == after.count)
        let changed = zip(before, after).filter { $0 != $1 }
        #expect(changed.count == 1)
        #expect(changed.first?.1.contains("\"employ\"") == true)

        let added = yaml.replacingOccurrences(of: "\n  - leverage\n", with: "\n  - leverage\n  - synergy\n")
        try #require(added != yaml)
        let longer = EmbeddedYAML.swiftLines(of: try Self.composed(added))
        let extra = try #require(longer.indices.first { $0 >= before.count || longer[$0] != before[$0] })
        #expect(longer[extra].contains("\"synergy\""))
        #expect(Array(longer[..<extra] + longer[(extra + 1)...]) == before)
    }

    @Test func literalsReadAsTheRuleFileDoes() {
        #expect(EmbeddedYAML.swiftLiteral("") == "\"\"")
        #expect(EmbeddedYAML.swiftLiteral("We ⟦leverage⟧ it 👉") == "\"We ⟦leverage⟧ it 👉\"")
        #expect(EmbeddedYAML.swiftLiteral("'%s' hides who did it") == "\"'%s' hides who did it\"")
        #expect(EmbeddedYAML.swiftLiteral(#"\b(?:am|is)\s+"#) == ##"#"\b(?:am|is)\s+"#"##)
        #expect(EmbeddedYAML.swiftLiteral(#"say "hi""#) == ##"#"say "hi""#"##)
        #expect(EmbeddedYAML.swiftLiteral(##"a "# b"##) == ###"##"a "# b"##"###)
        #expect(EmbeddedYAML.swiftLiteral("one\ntwo") == #""one\ntwo""#)
        #expect(EmbeddedYAML.swiftLiteral("a\\b\nc") == ##"#"a\b\#nc"#"##)
        #expect(EmbeddedYAML.swiftLiteral("zero\u{200B}width") == #""zero\u{200B}width""#)
        // A combining mark is kept after what it combines with, escaped where nothing printed comes before it.
        #expect(EmbeddedYAML.swiftLiteral("\u{301}e\u{301}") == "\"\\u{301}e\u{301}\"")
        #expect(EmbeddedYAML.swiftLiteral("\n\u{301}") == #""\n\u{301}""#)
    }

    /// The literals through the Swift compiler itself: every text comes back byte for byte.
    @Test(.timeLimit(.minutes(5))) func literalsCompileToTheirText() throws {
        let texts = [
            "", "plain words", "We ⟦leverage⟧ it 👉🏽", "é and e\u{301}", "\u{301}starts with a mark",
            #"\b(?:am|is)\s+(?!\w*eed)"#, #"say "hi""#, "\"", "\"\"", "\"\"\"", "\"#", "\"##\\#", "end\"", "\\",
            "\\(not interpolated)", "\\#(nor this)", "#\"raw\"#", "line\nbreak\ttab\rreturn\r\n",
            "\u{0}\u{7}\u{7F}\u{85}\u{A0}\u{2028}\u{2029}\u{FEFF}\u{E000}\u{10FFFF}\u{200B}",
            "\u{1F468}\u{200D}\u{1F469}", "\n\u{301}", "tab\t\u{301}", "\\\u{301}n", "\"#\u{301}", "\\#\u{301}(x)",
        ]
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let program = "let texts: [String] = [\n" + texts.map { "    " + EmbeddedYAML.swiftLiteral($0) + ",\n" }.joined()
            + "]\nfor text in texts { print(Array(text.utf8)) }\n"
        let source = try folder.write("main.swift", program)
        let compiler = Process()
        compiler.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        compiler.arguments = ["swiftc", "-Onone", "-o", folder.path + "/texts", source]
        try compiler.run()
        compiler.waitUntilExit()
        try #require(compiler.terminationStatus == 0, "swiftc failed on:\n\(program)")
        let run = Process()
        run.executableURL = URL(fileURLWithPath: folder.path + "/texts")
        let output = Pipe()
        run.standardOutput = output
        try run.run()
        let printed = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        run.waitUntilExit()
        #expect(printed == texts.map { "\(Array($0.utf8))\n" }.joined())
    }
}
