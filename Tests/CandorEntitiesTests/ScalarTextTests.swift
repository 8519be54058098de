import Testing

@testable import CandorEntities

@Suite("ScalarText")
struct ScalarTextTests {
    @Test("an ASCII text and a text in other scripts map scalars to the same kind of byte offsets")
    func byteOffsets() {
        let ascii = ScalarText("say hi")
        #expect(ascii.count == 6)
        #expect(ascii[4] == "h")
        #expect(ascii[6] == nil)
        #expect(ascii.string(4..<6) == "hi")
        #expect(ascii.entity(ScannedEntity(kind: .mention, scalarRange: 4..<6, value: "hi")).range == 4..<6)

        let accented = ScalarText("sé hi👋")
        #expect(accented.count == 6)
        #expect(accented[4] == "i")
        #expect(accented.string(3..<6) == "hi👋")
        #expect(accented.entity(ScannedEntity(kind: .mention, scalarRange: 3..<6, value: "hi")).range == 4..<10)
    }
}
