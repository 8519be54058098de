import Testing
import Yams
@testable import CandorKit

@Suite struct YAMLScalarLocatorTests {
    private func scalar(_ yaml: String, key: String = "text") throws -> Node.Scalar {
        try #require(try Yams.compose(yaml: yaml)?[key]?.scalar)
    }

    @Test func mapsCRLFLineBreaks() throws {
        let yaml = "text: |\r\n  one\r\n  two\r\n"
        let file = SourceFile(path: "q.yml", text: yaml)
        let text = YAMLScalarLocator(file).text(of: try scalar(yaml))
        #expect(text.string == "one\ntwo\n")
        #expect(file.location(of: text.offsets.fileOffset(4)) == CandorKit.SourceLocation(line: 3, column: 3))
        #expect(text.offsets.fileOffset(text.bytes.count) == yaml.utf8.count)
    }

    @Test func mapsTheRestOfAValueItCannotFollowToWhereItStopped() throws {
        let file = SourceFile(path: "q.yml", text: "text: hello world\n")
        let written = try scalar("text: hello world\n")
        let changed = Node.Scalar("hello there", .implicit, .plain, written.mark)
        let text = YAMLScalarLocator(file).text(of: changed)
        #expect(text.string == "hello there")
        #expect((0...5).map { text.offsets.fileOffset($0) } == [6, 7, 8, 9, 10, 11])
        #expect((6...11).map { text.offsets.fileOffset($0) } == Array(repeating: 12, count: 6))
    }
}
