import Testing
@testable import CandorKit

struct FixerTests {
    /// A fix of `match` (at `range` in post `post`) to `replacement`.
    private static func fix(_ match: String, at range: Range<Int>, to replacement: String, post: Int = 0) -> Fix {
        let place = Location(line: 1, column: 1)
        let finding = Finding(rule: "Test.Rule", level: .warning, message: "m", start: place, end: place,
                              match: match, suggestions: [replacement], postRange: range, fixable: true)
        return Fix(finding, post: post)!
    }

    private static func apply(_ fixes: [Fix], to text: String, path: String) throws -> FixedFile {
        try Fixer().apply(fixes, to: Array(text.utf8), path: path)
    }

    @Test func onlyASingleSuggestionIsAFix() {
        let place = Location(line: 1, column: 1)
        let choice = Finding(rule: "R", level: .warning, message: "m", start: place, end: place, match: "a",
                             suggestions: ["b", "c"], postRange: 0..<1, fixable: true)
        #expect(Fix(choice, post: 0) == nil)
    }

    /// A single suggestion its rule does not mark safe (`fix`) is the writer's to take, not `--fix`'s.
    @Test func onlyASwapTheRuleMarksSafeIsAFix() {
        let place = Location(line: 1, column: 1)
        let suggestion = Finding(rule: "R", level: .warning, message: "m", start: place, end: place, match: "a",
                                 suggestions: ["b"], postRange: 0..<1)
        #expect(Fix(suggestion, post: 0) == nil)
        let safe = Finding(rule: "R", level: .warning, message: "m", start: place, end: place, match: "a",
                           suggestions: ["b"], postRange: 0..<1, fixable: true)
        #expect(Fix(safe, post: 0)?.replacement == "b")
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
        // A lone carriage return ends a line for the readers, so it does for finding a record's first line.
        let oldMac = "{\"text\": \"One.\"}\r{\"text\": \"We utilize it.\"}\r"
        let fixedOldMac = try Self.apply([Self.fix("utilize", at: 3..<10, to: "use", post: 1)], to: oldMac, path: "q.jsonl")
        #expect(String(decoding: fixedOldMac.fixed, as: UTF8.self) == "{\"text\": \"One.\"}\r{\"text\": \"We use it.\"}\r")
    }

    @Test func whatCannotBeFixedSafelyIsLeftWithAReason() throws {
        let json = #"[{"text": "Caf\u00e9 time, we utilize it."}]"#
        let fixed = try Self.apply([
            Self.fix("Café", at: 0..<5, to: "Coffee"),
            Self.fix("utilize", at: 15..<22, to: "use"),
            Self.fix("utilize it", at: 15..<25, to: "use that"),
        ], to: json, path: "q.json")
        #expect(String(decoding: fixed.fixed, as: UTF8.self) == #"[{"text": "Caf\u00e9 time, we use it."}]"#)
        #expect(fixed.skipped.map(\.reason) == [
            "the match is written with escapes or across lines",
            "it overlaps another fix",
        ])
    }

    @Test func aFileThatIsNotTheLintedTextIsLeftWholeAndSaidOnce() throws {
        let text = "We utilize it, and utilize that."
        let fixes = [Self.fix("utilize", at: 3..<10, to: "use"), Self.fix("nothing", at: 19..<26, to: "x"),
                     Self.fix("nothing", at: 0..<7, to: "x")]
        do throws(Fixer.Failure) {
            _ = try Fixer().apply(fixes, to: Array(text.utf8), path: "a.md")
            Issue.record("a fix whose match is gone must fail the file")
        } catch {
            #expect(error.textChanged)
            #expect(error.description == "a.md: not fixed: the text changed since it was linted (2 findings' matches are no longer there); run again")
        }
    }

    @Test func aReplacementThatAlreadyStandsWhereItsMatchIsIsNotMadeAgain() throws {
        // "COVID" in "COVID-19", either "dog" of "dog dog", "Acme" in "Acme Inc.": each fix would write its
        // replacement inside itself again.
        let text = "COVID-19 and dog dog at Acme Inc. dog"
        let fixed = try Self.apply([
            Self.fix("COVID", at: 0..<5, to: "COVID-19"),
            Self.fix("dog", at: 13..<16, to: "dog dog"),
            Self.fix("dog", at: 17..<20, to: "dog dog"),
            Self.fix("Acme", at: 24..<28, to: "Acme Inc."),
            Self.fix("dog", at: 34..<37, to: "dog dog"),
        ], to: text, path: "a.md")
        #expect(String(decoding: fixed.fixed, as: UTF8.self) == "COVID-19 and dog dog at Acme Inc. dog dog")
        #expect(fixed.applied == 1 && fixed.skipped.isEmpty)
        #expect(fixed.replacements.map(\.range) == [34..<41])
    }

    @Test func aMatchInsideAnEarlierReplacementIsNotMadeAndNamesThatFix() throws {
        let text = "A cat food, and a cat."
        let earlier = Self.fix("cat", at: 2..<5, to: "cat food")
        let inside = Self.fix("food", at: 6..<10, to: "meal")
        let later = Self.fix("cat", at: 18..<21, to: "cat food")
        let fixed = try Fixer().apply([inside, later], to: Array(text.utf8), path: "a.md",
                                      earlier: [FixedFile.Replacement(fix: earlier, range: 2..<10)])
        #expect(String(decoding: fixed.fixed, as: UTF8.self) == "A cat food, and a cat food.")
        #expect(fixed.rematched == [earlier])
        // The earlier replacement stays where it was; the new one follows.
        #expect(fixed.replacements.map(\.range) == [2..<10, 18..<26])
    }

    @Test func replacementsMoveWithTheEditsBeforeThem() {
        let first = Self.fix("a", at: 0..<1, to: "b")
        let replacements = Fixer.replacements([FixedFile.Replacement(fix: first, range: 10..<14)],
                                              edits: [(0..<2, Array("long".utf8)), (12..<16, Array("x".utf8))],
                                              fixes: [first, first])
        // Moved 2 bytes right by the first edit, and cut where the second edit takes its end.
        #expect(replacements.map(\.range) == [0..<4, 12..<14, 14..<15])
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
