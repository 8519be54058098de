import Testing
@testable import CandorKit

struct AcceptListEditTests {
    private func applied(_ text: String, _ word: String) -> String? {
        var bytes = Array(text.utf8)
        guard let edit = AcceptListEdit(configuration: bytes, word: word) else { return nil }
        bytes.replaceSubrange(edit.range, with: Array(edit.text.utf8))
        return String(decoding: bytes, as: UTF8.self)
    }

    @Test func addsAListWhenThereIsNone() {
        #expect(applied("packs: [Candor]", "synergy") == "packs: [Candor]\naccept: [synergy]\n")
        #expect(applied("", "synergy") == "accept: [synergy]\n")
    }

    @Test func extendsAFlowList() {
        #expect(applied("accept: [Kubernetes]\nlevel: warning\n", "synergy") == "accept: [Kubernetes, synergy]\nlevel: warning\n")
        #expect(applied("accept: []\n", "synergy") == "accept: [synergy]\n")
    }

    @Test func extendsABlockListWithItsIndentAndLineBreaks() {
        let text = "accept:\r\n    - Kubernetes\r\n    # tools\r\n    - gRPC\r\nlevel: warning\r\n"
        #expect(applied(text, "synergy") == "accept:\r\n    - Kubernetes\r\n    # tools\r\n    - gRPC\r\n    - synergy\r\nlevel: warning\r\n")
    }

    @Test func escapesPatternCharactersAndQuotesWhatIsNotPlain() {
        #expect(applied("accept: []\n", "C++") == "accept: [\"C\\\\+\\\\+\"]\n")
    }

    @Test func leavesAListWrittenOverSeveralLinesAlone() {
        #expect(applied("accept: [a,\n  b]\n", "c") == nil)
    }
}
