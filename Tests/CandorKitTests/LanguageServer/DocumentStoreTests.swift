import Testing
@testable import CandorKit

struct DocumentStoreTests {
    @Test func incrementalChangesApplyInOrderInUTF16() {
        var store = DocumentStore()
        store.open(TextDocument(uri: "u", path: "/p.md", version: 1, text: "😀 We leverage synergy.\n"))
        // "leverage" starts at UTF-16 unit 6 (the emoji is two units), byte 8.
        store.change("u", range: (Position(line: 0, character: 6), Position(line: 0, character: 14)), text: "use",
                     version: 2, encoding: .utf16)
        // The second change sees the text the first left: "synergy" now starts at unit 10.
        store.change("u", range: (Position(line: 0, character: 10), Position(line: 0, character: 17)), text: "teamwork",
                     version: 3, encoding: .utf16)
        #expect(store["u"]?.text == "😀 We use teamwork.\n")
        #expect(store["u"]?.version == 3)
    }

    @Test func aChangeWithoutRangeReplacesTheWholeText() {
        var store = DocumentStore()
        store.open(TextDocument(uri: "u", path: "/p.md", version: 1, text: "old"))
        store.change("u", range: nil, text: "new\ntext", version: 5, encoding: .utf8)
        #expect(store["u"]?.text == "new\ntext")
        #expect(store["u"]?.lineCount == 2)
    }

    @Test func utf8RangesCountBytes() {
        var store = DocumentStore()
        store.open(TextDocument(uri: "u", path: "/p.md", version: 1, text: "é x"))
        store.change("u", range: (Position(line: 0, character: 3), Position(line: 0, character: 4)), text: "y",
                     version: 2, encoding: .utf8)
        #expect(store["u"]?.text == "é y")
    }

    @Test func closedAndUnknownDocumentsTakeNoChange() {
        var store = DocumentStore()
        store.open(TextDocument(uri: "u", path: "/p.md", version: 1, text: "a"))
        store.close("u")
        #expect(store["u"] == nil)
        let changed = store.change("u", range: nil, text: "b", version: 2, encoding: .utf16)
        #expect(!changed)
        #expect(store.uris.isEmpty)
    }
}
