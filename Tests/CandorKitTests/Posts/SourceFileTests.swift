import Testing
@testable import CandorKit

/// Byte offsets to the lines and columns people see: columns count Unicode scalars, as Vale does.
struct SourceFileTests {
    private func location(_ text: String, _ offset: Int, firstLine: Int = 1) -> Location {
        SourceFile(path: "f", text: text, firstLine: firstLine).location(of: offset)
    }

    @Test func linesAndColumnsCountFromOne() {
        #expect(location("ab\ncd", 0) == Location(line: 1, column: 1))
        #expect(location("ab\ncd", 2) == Location(line: 1, column: 3))  // the newline itself
        #expect(location("ab\ncd", 3) == Location(line: 2, column: 1))
        #expect(location("ab\ncd", 4) == Location(line: 2, column: 2))
        #expect(location("ab\ncd", 5) == Location(line: 2, column: 3))  // end of file
        #expect(location("a\r\nb", 3) == Location(line: 2, column: 1))
        #expect(location("\n\n", 2) == Location(line: 3, column: 1))
    }

    /// Columns are counted eight bytes at a time: every offset of a line mixing one- to four-byte scalars
    /// gives the column a scalar-by-scalar count gives.
    @Test func columnsAlongALineOfMixedScalarsMatchACountByScalar() {
        let line = String(repeating: "ab東😀é\u{301}c", count: 7)
        let bytes = Array(line.utf8)
        let file = SourceFile(path: "f", text: "first\n" + line)
        var column = 1
        for offset in 0...bytes.count {
            #expect(file.location(of: 6 + offset) == Location(line: 2, column: column), "offset \(offset)")
            if offset < bytes.count, offset + 1 >= bytes.count || bytes[offset + 1] & 0xC0 != 0x80 { column += 1 }
        }
    }

    /// Line starts and checkpoints are found eight bytes at a time: over a text longer than two checkpoints,
    /// with line breaks at every position of a word, each offset gets the line and column a byte-by-byte
    /// count gives.
    @Test func linesFoundAWordAtATimeMatchACountByByte() {
        var text = ""
        for length in 0..<700 { text += String(repeating: length % 3 == 0 ? "é" : "a", count: length % 23) + (length % 5 == 0 ? "😀" : "") + "\n" }
        let bytes = Array(text.utf8)
        #expect(bytes.count > 2 * 4096)
        let file = SourceFile(path: "f", text: text)
        var line = 1, column = 1
        for offset in 0...bytes.count {
            #expect(file.location(of: offset) == Location(line: line, column: column), "offset \(offset)")
            guard offset < bytes.count else { break }
            if bytes[offset] == 0x0A {
                line += 1
                column = 1
            } else if offset + 1 >= bytes.count || bytes[offset + 1] & 0xC0 != 0x80 {
                column += 1
            }
        }
    }

    @Test func columnsCountScalarsAcrossEmojiCJKAndCombiningMarks() {
        // 😀 is one scalar of four bytes.
        #expect(location("😀x", 4) == Location(line: 1, column: 2))
        // 👍🏽 is two scalars (thumb and skin tone), eight bytes.
        #expect(location("👍🏽x", 8) == Location(line: 1, column: 3))
        // 東京: two scalars of three bytes.
        #expect(location("東京x", 6) == Location(line: 1, column: 3))
        // e + U+0301 (two bytes): two scalars, although one character on screen.
        #expect(location("e\u{301}x", 3) == Location(line: 1, column: 3))
        // On a later line, only that line's scalars count.
        #expect(location("😀\n東x", 8) == Location(line: 2, column: 2))
    }

    @Test func offsetInsideACharacterIsThatCharacter() {
        #expect(location("a😀x", 3) == Location(line: 1, column: 2))
        #expect(location("a😀x", 4) == Location(line: 1, column: 2))
        #expect(location("a😀x", 5) == Location(line: 1, column: 3))
    }

    @Test func offsetsPastTheEndClamp() {
        #expect(location("ab", 100) == Location(line: 1, column: 3))
        #expect(location("ab", -4) == Location(line: 1, column: 1))
    }

    @Test func windowsCountLinesFromFirstLine() {
        let window = SourceFile(path: "queue.csv", text: "a,b\n😀 c", firstLine: 41)
        #expect(window.firstLine == 41)
        #expect(window.location(of: 0) == Location(line: 41, column: 1))
        #expect(window.location(of: 9) == Location(line: 42, column: 3))
    }

    @Test func invalidUTF8IsRepairedAndFlagged() {
        let file = SourceFile(path: "bad.txt", bytes: [0x61, 0xFF, 0x62, 0x0A, 0x63])
        #expect(file.repairedUTF8)
        #expect(file.bytes == [0x61, 0xEF, 0xBF, 0xBD, 0x62, 0x0A, 0x63])
        // The replacement character is one column: "b" is column 3, "c" on line 2.
        #expect(file.location(of: 4) == Location(line: 1, column: 3))
        #expect(file.location(of: 6) == Location(line: 2, column: 1))

        let truncated = SourceFile(path: "cut.txt", bytes: [0x61, 0xE6, 0x9D])  // first two bytes of 東
        #expect(truncated.repairedUTF8)
        #expect(String(validating: truncated.bytes, as: UTF8.self) != nil)

        let valid = SourceFile(path: "ok.txt", text: "é 😀")
        #expect(!valid.repairedUTF8)
        #expect(valid.bytes == Array("é 😀".utf8))
    }

    @Test func textOfARange() {
        let file = SourceFile(path: "f", text: "héllo wörld")
        #expect(file.text(0..<6) == "héllo")
        #expect(file.text(7..<100) == "wörld")
    }

    @Test func locationsOrderByLineThenColumn() {
        #expect(Location(line: 1, column: 9) < Location(line: 2, column: 1))
        #expect(Location(line: 2, column: 1) < Location(line: 2, column: 2))
        #expect(Location(line: 3, column: 4).description == "3:4")
    }

    /// A carriage return alone (old Mac files) ends a line; a CRLF is one break, not two.
    @Test func aLoneCarriageReturnEndsALine() {
        #expect(location("ab\rcd", 3) == Location(line: 2, column: 1))
        #expect(location("ab\rcd", 5) == Location(line: 2, column: 3))
        #expect(location("a\r\r\nb\rc", 4) == Location(line: 3, column: 1))
        #expect(location("a\r\r\nb\rc", 6) == Location(line: 4, column: 1))
        #expect(location("x\r", 2) == Location(line: 2, column: 1))
        // Past the eight-byte fast path: a break in the middle of a long run of text.
        let long = String(repeating: "abcdefgh", count: 5) + "\r" + String(repeating: "é", count: 20)
        #expect(location(long, 41 + 10) == Location(line: 2, column: 6))
    }

    /// A UTF-8 byte order mark is not a character on the first line; later lines never had it.
    @Test func aByteOrderMarkShiftsNoColumn() {
        let text = "\u{FEFF}Hi there\nnext"
        #expect(location(text, 3) == Location(line: 1, column: 1))
        #expect(location(text, 6) == Location(line: 1, column: 4))
        #expect(location(text, 12) == Location(line: 2, column: 1))
        // A window further into a file (a CSV record) starting with those bytes is not the file's start.
        let window = SourceFile(path: "q.csv", bytes: Array("\u{FEFF}ab".utf8), firstLine: 4)
        #expect(window.location(of: 4) == Location(line: 4, column: 3))
    }
}
