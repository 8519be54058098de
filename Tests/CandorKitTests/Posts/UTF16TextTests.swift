import Testing
@testable import CandorKit

/// UTF-16 with a byte order mark, read as the UTF-8 every reader works on.
struct UTF16TextTests {
    private func utf16(_ text: String, bigEndian: Bool) -> [UInt8] {
        (bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]) + text.utf16.flatMap { unit -> [UInt8] in
            let high = UInt8(unit >> 8), low = UInt8(unit & 0xFF)
            return bigEndian ? [high, low] : [low, high]
        }
    }

    @Test func decodesBothByteOrdersToUTF8WithoutTheMark() {
        let text = "Café 東京 👋🏽\r\nline two\n"
        for bigEndian in [false, true] {
            #expect(UTF16Text.utf8(utf16(text, bigEndian: bigEndian)) == Array(text.utf8))
        }
        // An unpaired surrogate and an odd byte at the end are replacement characters.
        #expect(UTF16Text.utf8([0xFF, 0xFE, 0x00, 0xD8, 0x41, 0x00, 0x42]) == [0xEF, 0xBF, 0xBD, 0x41, 0xEF, 0xBF, 0xBD])
    }

    @Test func onlyAUTF16MarkIsUTF16() {
        #expect(UTF16Text.utf8(Array("plain".utf8)) == nil)
        #expect(UTF16Text.utf8([0xEF, 0xBB, 0xBF, 0x41]) == nil)
        #expect(UTF16Text.utf8([0xFF, 0xFE, 0x00, 0x00, 0x41, 0x00, 0x00, 0x00]) == nil)  // UTF-32LE
        #expect(UTF16Text.utf8([0xFF]) == nil)
        // A mark and no NUL byte after it: not UTF-16 holding a single ASCII character, but broken UTF-8.
        #expect(UTF16Text.utf8([0xFE, 0xFF] + Array(" leverage\n".utf8)) == nil)
        #expect(UTF16Text.utf8([0xFF, 0xFE, 0x71, 0x67, 0xAC, 0x4E]) == nil)
        #expect(!BinaryContent.isBinary(utf16("a\nb", bigEndian: false)))
        #expect(!BinaryContent.isBinary(utf16("a\nb", bigEndian: true)))
        #expect(BinaryContent.isBinary([0x41, 0x00, 0x42, 0x00]))
    }

    /// Through the readers: lines and columns (Unicode scalars) are those of the text, whichever byte order.
    @Test func readersSeeTheTextAtItsLinesAndColumns() throws {
        for bigEndian in [false, true] {
            var posts: [Post] = []
            try MarkdownReader().read(Input(path: "d.md", origin: .bytes(utf16("Café 👋 one.\n---\nÀ two.\n", bigEndian: bigEndian))),
                                      options: ReadOptions()) { posts.append($0) }
            #expect(posts.map(\.string) == ["Café 👋 one.", "À two."])
            let one = try #require(posts.first)
            let offset = try #require(one.string.utf8.firstRange(of: "one".utf8)).lowerBound
            let byte = one.string.utf8.distance(from: one.string.utf8.startIndex, to: offset)
            #expect(one.file.location(of: one.offsets.fileOffset(byte)) == SourceLocation(line: 1, column: 8))

            var queue: [Post] = []
            try JSONLReader().read(Input(path: "q.jsonl", origin: .bytes(utf16("{\"text\": \"a\"}\r\n{\"text\": \"é b\"}\n", bigEndian: bigEndian))),
                                   options: ReadOptions()) { queue.append($0) }
            #expect(queue.map(\.string) == ["a", "é b"])
            #expect(queue.map(\.file.firstLine) == [1, 2])
        }
    }
}
