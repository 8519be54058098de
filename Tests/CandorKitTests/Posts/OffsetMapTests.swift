import Testing
@testable import CandorKit

/// Post offsets back to file offsets: contiguous slices and escaped strings.
struct OffsetMapTests {
    @Test func contiguousSliceShiftsEveryOffset() {
        let map = OffsetMap(contiguousFrom: 10)
        #expect(map.fileOffset(0) == 10)
        #expect(map.fileOffset(5) == 15)
    }

    @Test func emptyMapIsIdentity() {
        #expect(OffsetMap().fileOffset(7) == 7)
    }

    /// The JSON string `"a\"bc"` as it stands in a file (quote at 0): the post text `a"bc` has its quote
    /// pointing at the escape's backslash, and the rest shifted past it.
    @Test func escapedStringMapsEachSegment() {
        var map = OffsetMap()
        map.append(postOffset: 0, fileOffset: 1)  // a
        map.append(postOffset: 1, fileOffset: 2)  // " from \"
        map.append(postOffset: 2, fileOffset: 4)  // bc
        #expect(map.fileOffset(0) == 1)
        #expect(map.fileOffset(1) == 2)
        #expect(map.fileOffset(2) == 4)
        #expect(map.fileOffset(3) == 5)
        #expect(map.fileOffset(4) == 6)  // the end of the text: the closing quote
    }

    @Test func appendingAtTheSameOffsetReplaces() {
        var map = OffsetMap()
        map.append(postOffset: 0, fileOffset: 3)
        map.append(postOffset: 0, fileOffset: 8)
        #expect(map.fileOffset(2) == 10)
        #expect(map == OffsetMap(contiguousFrom: 8))
    }

    @Test func postLocationGoesThroughTheMapAndTheFile() {
        // The file holds `{"text": "😀 \"hi\""}`; the post text is `😀 "hi"`.
        let fileText = #"{"text": "😀 \"hi\""}"#
        let file = SourceFile(path: "q.json", text: fileText)
        let text = Array(#"😀 "hi""#.utf8)
        var map = OffsetMap()
        map.append(postOffset: 0, fileOffset: 10)  // 😀 and the space
        map.append(postOffset: 5, fileOffset: 15)  // " from \"
        map.append(postOffset: 6, fileOffset: 17)  // hi
        map.append(postOffset: 8, fileOffset: 19)  // " from \"
        let post = Post(file: file, index: 0, text: text, offsets: map)
        // Columns: { " t e x t " : space " (10) 😀 (11) space (12) \ (13) " (14) h (15) i (16)
        #expect(post.location == Location(line: 1, column: 11))
        #expect(post.location(of: 6) == Location(line: 1, column: 15))
        #expect(post.location(of: 5) == Location(line: 1, column: 13))
        #expect(post.text(6..<8) == "hi")
    }
}
