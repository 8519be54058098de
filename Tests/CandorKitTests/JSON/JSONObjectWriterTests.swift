import Testing

@testable import CandorKit

/// `JSONObjectWriter` writes a post's object straight into bytes; it must lay it out exactly as the `JSON`
/// tree does, separators included, whichever kind of member comes first.
struct JSONObjectWriterTests {
    private typealias Key = JSONObjectWriter.Key

    @Test func writesWhatTheJSONTreeWrites() {
        var object = JSONObjectWriter()
        object.string(Key("path"), "a \"b\".md")
        object.int(Key("line"), 3)
        object.number(Key("ratio"), 0.5)
        object.object(Key("metrics")) { metrics in
            metrics.number(Key("words"), 12)
            metrics.int(Key("n"), -4)
            metrics.number(Key("score"), 0.25)
        }
        object.object(Key("empty")) { _ in }
        object.array(Key("findings"), ["x", "y"]) { rule, finding in finding.string(Key("rule"), rule) }
        object.string(named: "ké\"y", "v")
        object.value(Key("tags"), .array([.string("t")]))
        object.string(Key("quoted \"key\""), "")
        let tree = JSON.object([
            ("path", .string("a \"b\".md")), ("line", .int(3)), ("ratio", .number(0.5)),
            ("metrics", .object([("words", .number(12)), ("n", .int(-4)), ("score", .number(0.25))])), ("empty", .object([])),
            ("findings", .array([.object([("rule", .string("x"))]), .object([("rule", .string("y"))])])),
            ("ké\"y", .string("v")), ("tags", .array([.string("t")])), ("quoted \"key\"", .string("")),
        ])
        #expect(object.text() == tree.text)
    }

    @Test func theFirstMemberHasNoSeparatorWhateverItsKind() {
        var numbers = JSONObjectWriter()
        numbers.number(Key("words"), 7)
        numbers.number(Key("links"), 1)
        #expect(numbers.text() == #"{"words": 7, "links": 1}"#)
        var named = JSONObjectWriter()
        named.string(named: "account", "desk")
        named.int(Key("index"), 0)
        #expect(named.text() == #"{"account": "desk", "index": 0}"#)
    }
}
