import Testing

@testable import CandorKit

/// `JSONObjectWriter` writes a post's object straight into bytes; it must lay it out exactly as the `JSON`
/// tree does, separators included, whichever kind of member comes first.
struct JSONObjectWriterTests {
    @Test func writesWhatTheJSONTreeWrites() {
        var object = JSONObjectWriter()
        object.string("path", "a \"b\".md")
        object.int("line", 3)
        object.number(JSONObjectWriter.encodedKey("ratio"), 0.5)
        object.object("metrics") { metrics in
            metrics.number(JSONObjectWriter.encodedKey("words"), 12)
            metrics.int("n", -4)
            metrics.number(JSONObjectWriter.encodedKey("score"), 0.25)
        }
        object.object("empty") { _ in }
        object.array("findings", ["x", "y"]) { rule, finding in finding.string("rule", rule) }
        object.string(named: "ké\"y", "v")
        object.value("tags", .array([.string("t")]))
        let tree = JSON.object([
            ("path", .string("a \"b\".md")), ("line", .int(3)), ("ratio", .number(0.5)),
            ("metrics", .object([("words", .number(12)), ("n", .int(-4)), ("score", .number(0.25))])), ("empty", .object([])),
            ("findings", .array([.object([("rule", .string("x"))]), .object([("rule", .string("y"))])])),
            ("ké\"y", .string("v")), ("tags", .array([.string("t")])),
        ])
        #expect(object.text() == tree.text)
    }

    @Test func aFirstMemberWrittenFromAnEncodedKeyHasNoSeparator() {
        var object = JSONObjectWriter()
        object.number(JSONObjectWriter.encodedKey("words"), 7)
        object.number(JSONObjectWriter.encodedKey("links"), 1)
        #expect(object.text() == #"{"words": 7, "links": 1}"#)
    }
}
