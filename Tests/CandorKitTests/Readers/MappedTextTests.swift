import Testing

@testable import CandorKit

@Suite("MappedText")
struct MappedTextTests {
    /// What appending the run and closing the map give, which `init(verbatim:at:)` makes at once.
    private func appended(_ run: ArraySlice<UInt8>, at fileOffset: Int) -> MappedText {
        var text = MappedText()
        text.append(verbatim: run, at: fileOffset)
        text.end(at: fileOffset + run.count)
        return text
    }

    @Test("one verbatim run is the same text and map as one appended", arguments: [0..<0, 3..<3, 0..<5, 2..<9])
    func verbatimRun(range: Range<Int>) {
        let file = Array("say \"hi\" to ü".utf8)
        let text = MappedText(verbatim: file[range], at: range.lowerBound)
        let expected = appended(file[range], at: range.lowerBound)
        #expect(text.bytes == expected.bytes)
        #expect(text.offsets == expected.offsets)
        for offset in 0...range.count { #expect(text.offsets.fileOffset(offset) == range.lowerBound + offset) }
    }
}
