import Testing

@testable import CandorKit

@Suite("BinaryContent")
struct BinaryContentTests {
    @Test("a NUL in the first 8 KB is binary, one after it is not, and text never is")
    func firstEightKilobytes() {
        var bytes = [UInt8](repeating: UInt8(ascii: "a"), count: 10_000)
        #expect(!BinaryContent.isBinary(bytes))
        bytes[8191] = 0
        #expect(BinaryContent.isBinary(bytes))
        bytes[8191] = UInt8(ascii: "a")
        bytes[8192] = 0
        #expect(!BinaryContent.isBinary(bytes))
        #expect(!BinaryContent.isBinary([UInt8]()))
    }
}
