import Testing
@testable import CandorKit

struct TextDocumentTests {
    /// "👋" is four UTF-8 bytes, two UTF-16 units, one scalar; "é" two bytes, one unit.
    let document = TextDocument(uri: "file:///d.md", path: "/d.md", version: 1, text: "👋 é synergy\r\nline two\rthree\n")

    @Test func positionsCountInTheNegotiatedEncoding() {
        let offset = Array(document.bytes).firstIndex(of: UInt8(ascii: "s"))!
        #expect(offset == 8)
        #expect(document.position(of: offset, encoding: .utf16) == Position(line: 0, character: 5))
        #expect(document.position(of: offset, encoding: .utf8) == Position(line: 0, character: 8))
        #expect(document.position(of: offset, encoding: .utf32) == Position(line: 0, character: 4))
        for encoding in PositionEncoding.allCases {
            #expect(document.offset(of: document.position(of: offset, encoding: encoding), encoding: encoding) == offset)
        }
    }

    @Test func linesEndAtLineFeedsCarriageReturnsAndBoth() {
        #expect(document.lineCount == 4)
        #expect(document.position(of: document.lineStart(1), encoding: .utf16) == Position(line: 1, character: 0))
        #expect(document.offset(of: Position(line: 2, character: 0), encoding: .utf16) == document.lineStart(2))
        #expect(String(decoding: document.bytes[document.lineStart(2)..<document.contentEnd(ofLine: 2)], as: UTF8.self) == "three")
        #expect(document.lineBreak == "\r\n")
    }

    @Test func aCharacterPastTheLineOrInsideAPairStopsAtABoundary() {
        // Past the end of line 0: its end, before the CRLF.
        #expect(document.offset(of: Position(line: 0, character: 99), encoding: .utf16) == document.contentEnd(ofLine: 0))
        // Between the two UTF-16 units of the emoji: the emoji's start.
        #expect(document.offset(of: Position(line: 0, character: 1), encoding: .utf16) == 0)
        // A line past the end: the end of the document.
        #expect(document.offset(of: Position(line: 40, character: 0), encoding: .utf16) == document.bytes.count)
    }

    @Test func candorLocationsCountScalarsFromOne() {
        #expect(document.offset(of: SourceLocation(line: 1, column: 5)) == 8)
        #expect(document.offset(of: SourceLocation(line: 2, column: 1)) == document.lineStart(1))
        #expect(document.offset(of: SourceLocation(line: 1, column: 99)) == document.contentEnd(ofLine: 0))
    }

    @Test func replacingARangeKeepsLinesInStep() {
        var edited = document
        let start = edited.offset(of: Position(line: 0, character: 5), encoding: .utf16)
        let end = edited.offset(of: Position(line: 0, character: 12), encoding: .utf16)
        edited.replace(start..<end, with: "teamwork\nand", version: 2)
        #expect(edited.text == "👋 é teamwork\nand\r\nline two\rthree\n")
        #expect(edited.version == 2)
        #expect(edited.lineCount == 5)
        #expect(edited.offset(of: Position(line: 1, character: 3), encoding: .utf16) == edited.contentEnd(ofLine: 1))
    }
}
