import Testing
@testable import CandorKit

struct FixerTests {
    /// A fix of `match` (at `range` in post `post`) to `replacement`.
    private static func fix(_ match: String, at range: Range<Int>, to replacement: String, post: Int = 0) -> Fix {
        let place = Location(line: 1, column: 1)
        let finding = Finding(rule: "Test.Rule", level: .warning, message: "m", start: place, end: place,
                              match: match, suggestions: [replacement], postRange: range)
        return Fix(finding, post: post)!
    }

    private static func apply(_ fixes: [Fix], to text: String, path: String) throws -> FixedFile {
        try Fixer().apply(fixes, to: Array(text.utf8), path: path)
    }

    @Test func onlyASingleSuggestionIsAFix() {
        let place = Location(line: 1, column: 1)
        let choice = Finding(rule: "R", level: .warning, message: "m", start: place, end: place, match: "a",
                             suggestions: ["b", "c"], postRange: 0..<1)
        #expect(Fix(choice, post: 0) == nil)
    }

    @Test func aJSONStringTakesAnEscapedReplacementBesideItsEscapes() throws {
        // Post text: `Say "hi" and utilize it.`; "utilize" is bytes 13..<20 of it.
        let fixed = try Self.apply([Self.fix("utilize", at: 13..<20, to: "\"use\"")],
                                   to: #"[{"id": 1, "text": "Say \"hi\" and utilize it."}]"#, path: "q.json")
        #expect(String(decoding: fixed.fixed, as: UTF8.self) == #"[{"id": 1, "text": "Say \"hi\" and \"use\" it."}]"#)
        #expect(fixed.applied == 1 && fixed.skipped.isEmpty)
    }

    @Test func streamedRecordsAreFoundInTheWholeFile() throws {
        let csv = "id,text\n1,\"We utilize,\nit\"\n2,They utilize it.\n"
        let fixedCSV = try Self.apply([Self.fix("utilize", at: 5..<12, to: "use", post: 1)], to: csv, path: "q.csv")
        #expect(String(decoding: fixedCSV.fixed, as: UTF8.self) == "id,text\n1,\"We utilize,\nit\"\n2,They use it.\n")
        let jsonl = "{\"text\": \"One.\"}\r\n\n{\"text\": \"We utilize it.\"}\r\n"
        let fixedJSONL = try Self.apply([Self.fix("utilize", at: 3..<10, to: "use", post: 1)], to: jsonl, path: "q.jsonl")
        #expect(String(decoding: fixedJSONL.fixed, as: UTF8.self) == "{\"text\": \"One.\"}\r\n\n{\"text\": \"We use it.\"}\r\n")
    }

    @Test func whatCannotBeFixedSafelyIsLeftWithAReason() throws {
        let json = #"[{"text": "Caf\u00e9 time, we utilize it."}]"#
        let fixed = try Self.apply([
            Self.fix("Café", at: 0..<5, to: "Coffee"),
            Self.fix("utilize", at: 15..<22, to: "use"),
            Self.fix("utilize it", at: 15..<25, to: "use that"),
            Self.fix("nothing", at: 0..<7, to: "x"),
        ], to: json, path: "q.json")
        #expect(String(decoding: fixed.fixed, as: UTF8.self) == #"[{"text": "Caf\u00e9 time, we use it."}]"#)
        #expect(fixed.skipped.map(\.reason) == [
            "the match is written with escapes or across lines",
            "the text changed since it was linted",
            "it overlaps another fix",
        ])
    }

    @Test func aFileThatWouldReadBackDifferentlyIsLeftAsItIs() throws {
        // A plain YAML scalar drops trailing spaces, so the text would not be what the fix meant.
        let yaml = "- text: We utilize\n  id: 1\n"
        #expect(throws: Fixer.Failure.self) {
            try Self.apply([Self.fix("utilize", at: 3..<10, to: "use  ")], to: yaml, path: "q.yml")
        }
        let fixed = try Self.apply([Self.fix("utilize", at: 3..<10, to: "use")], to: yaml, path: "q.yml")
        #expect(String(decoding: fixed.fixed, as: UTF8.self) == "- text: We use\n  id: 1\n")
    }

    @Test func invalidUTF8IsNotTouched() {
        #expect(throws: Fixer.Failure.self) {
            try Fixer().apply([Self.fix("utilize", at: 3..<10, to: "use")], to: Array("We utilize \u{1}".utf8) + [0xFF], path: "a.md")
        }
    }

    @Test func eachSyntaxIsRecognisedFromWhereTheTextStarts() {
        let yaml = Array("a: \"x\"\nb: 'x'\nc: x\nd: |\n  x\n".utf8)
        #expect(FieldSyntax(fileExtension: "yml", bytes: yaml, textStart: 4) == .yamlDoubleQuoted)
        #expect(FieldSyntax(fileExtension: "yml", bytes: yaml, textStart: 11) == .yamlSingleQuoted)
        #expect(FieldSyntax(fileExtension: "yml", bytes: yaml, textStart: 17) == .yamlPlain)
        #expect(FieldSyntax(fileExtension: "yml", bytes: yaml, textStart: 26) == .yamlBlock)
        let csv = Array("a,\"x\",x\n".utf8)
        #expect(FieldSyntax(fileExtension: "csv", bytes: csv, textStart: 3) == .csvCell(quoted: true, delimiter: 0x2C))
        #expect(FieldSyntax(fileExtension: "tsv", bytes: csv, textStart: 6) == .csvCell(quoted: false, delimiter: 0x09))
        #expect(FieldSyntax(fileExtension: "ndjson", bytes: csv, textStart: 3) == .jsonString)
        #expect(FieldSyntax(fileExtension: "md", bytes: csv, textStart: 3) == .verbatim)
    }

    @Test func eachSyntaxWritesWhatItCanHold() {
        #expect(FieldSyntax.jsonString.encode("a \"b\"\\\n") == #"a \"b\"\\\n"#)
        #expect(FieldSyntax.yamlDoubleQuoted.encode("a \"b\"") == #"a \"b\""#)
        #expect(FieldSyntax.csvCell(quoted: true, delimiter: 0x2C).encode("a \"b\", c") == "a \"\"b\"\", c")
        #expect(FieldSyntax.csvCell(quoted: false, delimiter: 0x2C).encode("a, b") == nil)
        #expect(FieldSyntax.csvCell(quoted: false, delimiter: 0x09).encode("a, b") == "a, b")
        #expect(FieldSyntax.yamlSingleQuoted.encode("it's") == "it''s")
        #expect(FieldSyntax.yamlPlain.encode("a: b") == nil)
        #expect(FieldSyntax.yamlPlain.encode("*star") == nil)
        #expect(FieldSyntax.yamlPlain.encode("working together") == "working together")
        #expect(FieldSyntax.yamlBlock.encode("two\nlines") == nil)
        #expect(FieldSyntax.verbatim.encode("two\nlines") == "two\nlines")
    }
}
