import Testing

@testable import CandorKit

@Suite("YAMLValueCoding")
struct YAMLValueCodingTests {
    private static let document = """
        extends: existence
        message: "'%s' is on the list."
        tokens:
          - thanks
          - "ünïcödé 東京 😀"
          - ''
        examples:
          flag: [a, b]
          pass:
            nested: { deep: [1, 2, {three: 3}] }
        """

    private func composed(_ yaml: String) throws -> YAMLValue {
        try #require(try YAMLValue.compose(yaml, path: "test.yml"))
    }

    @Test("a composed document comes back the same: texts, lists, mappings in order, lines and columns")
    func roundTrip() throws {
        let value = try composed(Self.document)
        let decoded = try #require(YAMLValueCoding.decode(YAMLValueCoding.encode(value)))
        #expect(decoded == value)
        let keys = try #require(decoded.pairs).map(\.key.text)
        #expect(keys == ["extends", "message", "tokens", "examples"])
        let tokens = try #require(decoded.pairs?[2].value.list)
        #expect(tokens.map(\.text) == ["thanks", "ünïcödé 東京 😀", ""])
        #expect(tokens[1].line == 5 && tokens[1].column == 5)
    }

    @Test("damaged bytes read as nil, never as a value or a crash")
    func damage() throws {
        let bytes = YAMLValueCoding.encode(try composed(Self.document))
        for length in 0..<bytes.count {
            #expect(YAMLValueCoding.decode(Array(bytes[..<length])) == nil, "cut at \(length)")
        }
        #expect(YAMLValueCoding.decode(bytes + [0]) == nil)
        var unknownKind = bytes
        unknownKind[0] = 9
        #expect(YAMLValueCoding.decode(unknownKind) == nil)
        // A list that claims a billion items in a few bytes.
        #expect(YAMLValueCoding.decode([1, 1, 1, 0x80, 0x94, 0xEB, 0xDC, 0x03]) == nil)
    }

    @Test("nesting past libyaml's limit is refused")
    func depth() {
        func nested(_ depth: Int) -> YAMLValue {
            var value = YAMLValue.text("x", at: .init(line: 1, column: 1))
            for _ in 0..<depth { value = .list([value], at: .init(line: 1, column: 1)) }
            return value
        }
        #expect(YAMLValueCoding.decode(YAMLValueCoding.encode(nested(YAMLValueCoding.maximumDepth))) != nil)
        #expect(YAMLValueCoding.decode(YAMLValueCoding.encode(nested(YAMLValueCoding.maximumDepth + 1))) == nil)
    }
}
