import Testing
@testable import CandorKit

/// Regression: `SourceFile.location(of:)` counted a column from the start of its line, so many findings on
/// one long line took time quadratic in its length (40,000 findings on a 360 KB line: 11 s in a release
/// build; a 50 MB line of them, days). Columns far along a line now count from a checkpoint every 4 KB; this
/// holds them to the plain count, across checkpoints, on lines that start between them, inside characters.
@Suite(.hangLimit)
struct LongLineColumnTests {
    /// The location by definition: the line's number, and the scalars from its start to `offset`.
    private func expected(_ bytes: [UInt8], _ offset: Int) -> Location {
        let before = bytes[..<offset]
        let lineStart = before.lastIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? 0
        var column = 1 + bytes[lineStart..<offset].count { $0 & 0xC0 != 0x80 }
        if offset < bytes.count, bytes[offset] & 0xC0 == 0x80 { column -= 1 }
        return Location(line: 1 + before.count { $0 == UInt8(ascii: "\n") }, column: column)
    }

    @Test func columnsOnLongLinesCountEveryScalar() {
        // Characters of one to four bytes, so checkpoints fall inside characters too; short lines between.
        let long = String(repeating: "aé東😀 ", count: 1500)
        let text = "short\n" + long + "\n\n" + "x" + long + "\n" + String(long.prefix(3000))
        let file = SourceFile(path: "f", text: text)
        let bytes = file.bytes
        let offsets = stride(from: 0, through: bytes.count, by: 4096).flatMap { max(0, $0 - 9)...min(bytes.count, $0 + 9) }
            + stride(from: 0, through: bytes.count, by: 101) + [bytes.count]
        for offset in offsets {
            #expect(file.location(of: offset) == expected(bytes, offset), "offset \(offset)")
        }
    }
}
