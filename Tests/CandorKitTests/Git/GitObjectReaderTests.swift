import CandorBytes
import Testing

@testable import CandorKit

@Suite struct GitObjectReaderTests {
    @Test func readsTheStagedContentNotTheWorkingCopy() throws {
        let scratch = try ScratchRepository()
        try scratch.stage(["posts/a.md": "As staged\n"])
        try scratch.write("posts/a.md", "As edited since\n")
        let reader = try GitObjectReader(repository: scratch.repository)
        #expect(try reader.read(":posts/a.md") == Array("As staged\n".utf8))
        let id = try scratch.git("rev-parse", ":posts/a.md").trimmingSpaces()
        #expect(try reader.read(String(id)) == Array("As staged\n".utf8))
    }

    @Test func answersNilForWhatIsNotThereAndGoesOn() throws {
        let scratch = try ScratchRepository()
        try scratch.stage(["a.md": "A"])
        let reader = try GitObjectReader(repository: scratch.repository)
        #expect(try reader.read(":no such file.md") == nil)
        #expect(try reader.read("0123456789012345678901234567890123456789") == nil)
        #expect(try reader.read(":a.md") == Array("A".utf8))
    }

    @Test func keepsEveryByteOfEmptyBinaryAndLargeBlobs() throws {
        let scratch = try ScratchRepository()
        let binary: [UInt8] = [0, 10, 255, 13, 10, 0, 10]
        let large = (0..<(3 << 20)).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        try scratch.write("empty.md", "")
        try scratch.write("binary.md", bytes: binary)
        try scratch.write("large.csv", bytes: large)
        try scratch.git("add", ".")
        let reader = try GitObjectReader(repository: scratch.repository)
        for _ in 0..<2 {
            #expect(try reader.read(":empty.md") == [])
            #expect(try reader.read(":binary.md") == binary)
            #expect(try reader.read(":large.csv") == large)
        }
    }

    @Test func readsHundredsOfBlobsThroughOneProcess() throws {
        let scratch = try ScratchRepository()
        for number in 0..<300 { try scratch.write("posts/\(number).md", "Post \(number)\n") }
        try scratch.git("add", ".")
        let reader = try GitObjectReader(repository: scratch.repository)
        for number in 0..<300 {
            #expect(try reader.read(":posts/\(number).md") == Array("Post \(number)\n".utf8))
        }
        reader.close()
    }
}
