import Testing
@testable import CandorKit

@Suite struct LineReaderTests {
    /// Each line with its number.
    private func lines(_ input: Input) throws -> [(bytes: [UInt8], number: Int)] {
        let reader = try LineReader(input)
        var lines: [([UInt8], Int)] = []
        while let line = try reader.next() { lines.append((Array(line), reader.lineNumber)) }
        return lines
    }

    @Test func splitsBytesInMemoryKeepingLineFeeds() throws {
        let lines = try lines(.text("a\nb\r\n\nlast", path: "x"))
        #expect(lines.map { String(decoding: $0.bytes, as: UTF8.self) } == ["a\n", "b\r\n", "\n", "last"])
        #expect(lines.map(\.number) == [1, 2, 3, 4])
        #expect(try self.lines(.text("", path: "x")).isEmpty)
    }

    @Test func readsAFileChunkByChunk() throws {
        let folder = ReaderHarness.temporaryFolder()
        defer { ReaderHarness.remove(folder) }
        // Lines much shorter than a 64 KB chunk, about as long as one, and longer than two, each in three lengths;
        // the file does not end in a line feed.
        let text = (0..<15).map { index in
            [UInt8](repeating: UInt8(ascii: "a") + UInt8(index % 26), count: [1, 70, 65_535, 65_536, 140_000][index % 5] + index % 3)
        }.joined(separator: [0x0A])
        ReaderHarness.write(Array(text), to: folder + "/lines.txt")
        let lines = try lines(.file(folder + "/lines.txt"))
        #expect(Array(lines.map(\.bytes).joined()) == Array(text))
        #expect(lines.map(\.number) == Array(1...15))
        #expect(lines.dropLast().allSatisfy { $0.bytes.last == 0x0A && $0.bytes.dropLast().allSatisfy { $0 != 0x0A } })
    }

    @Test func reportsAFileThatCannotBeOpened() {
        #expect(throws: InputError(path: "/nonexistent/x.csv", message: "cannot read: No such file or directory")) {
            try LineReader(.file("/nonexistent/x.csv"))
        }
    }

    /// A carriage return alone ends a line as a line feed does, and a CRLF is one break, also when a chunk
    /// ends between its two bytes.
    @Test func aLoneCarriageReturnEndsALine() throws {
        let lines = try lines(.text("a\rb\r\nc\r\rd\r", path: "x"))
        #expect(lines.map { String(decoding: $0.bytes, as: UTF8.self) } == ["a\r", "b\r\n", "c\r", "\r", "d\r"])
        #expect(lines.map(\.number) == [1, 2, 3, 4, 5])

        let folder = ReaderHarness.temporaryFolder()
        defer { ReaderHarness.remove(folder) }
        let first = [UInt8](repeating: UInt8(ascii: "a"), count: 65_535)
        for rest: [UInt8] in [[0x0A, 0x62], [0x62, 0x0D], []] {
            ReaderHarness.write(first + [0x0D] + rest, to: folder + "/lines.txt")
            let read = try self.lines(.file(folder + "/lines.txt"))
            #expect(Array(read.map(\.bytes).joined()) == first + [0x0D] + rest)
            let expected = rest.first == 0x0A ? [first + [0x0D, 0x0A], [0x62]] : rest.isEmpty ? [first + [0x0D]] : [first + [0x0D], rest]
            #expect(read.map(\.bytes) == expected)
        }
    }
}
