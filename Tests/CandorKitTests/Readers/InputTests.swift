import Testing
@testable import CandorKit

struct InputTests {
    @Test(arguments: [
        ("queue.CSV", "csv", "csv"), ("posts/thread.md", "md", "md"), ("a.b/NOTES", "", "md"),
        (".candor", "", "md"), ("<stdin>", "", "md"), ("draft.", "", "md"),
    ])
    func aNameWithNoExtensionIsReadAsADraft(path: String, own: String, reader: String) {
        let input = Input(path: path, origin: .bytes([]))
        #expect(input.fileExtension == own)
        #expect(input.readerExtension == reader)
    }
}
