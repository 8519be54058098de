import Testing
@testable import CandorKit

/// The JSON writer every JSON-speaking format uses: escaping, numbers, and key order.
struct JSONTests {
    @Test func stringsEscapeQuotesBackslashesAndControlCharactersOnly() {
        #expect(JSON.quoted("say \"hi\" \\ now") == #""say \"hi\" \\ now""#)
        #expect(JSON.quoted("a\nb\rc\td\u{01}e\u{1F}") == #""a\nb\rc\td\u0001e\u001f""#)
        #expect(JSON.quoted("café — 👋🏽 /") == "\"café — 👋🏽 /\"")
        #expect(JSON.quoted("") == "\"\"")
    }

    /// Long text is scanned eight bytes at a time: an escape must be found at every position of a block,
    /// and bytes just beside the escaped ones (0x1F, 0x20, 0x21, 0x23, 0x5B, 0x5D, 0x7F, 0x80+) must not be.
    @Test func escapesAreFoundAnywhereInLongText() {
        let plain = "The quick brown fox jumps over the lazy dog, café 👋 ~!#[]\u{7F}"
        #expect(JSON.quoted(plain + plain) == "\"" + plain + plain + "\"")
        for (escape, written) in [("\"", #"\""#), ("\\", #"\\"#), ("\n", #"\n"#), ("\u{1F}", #"\u001f"#), ("\u{0}", #"\u0000"#)] {
            for position in 0..<17 {
                let text = String(repeating: "a", count: position) + escape + String(repeating: "b", count: 20)
                let expected = String(repeating: "a", count: position) + written + String(repeating: "b", count: 20)
                #expect(JSON.quoted(text) == "\"" + expected + "\"")
            }
        }
    }

    @Test func numbersAreIntegersWhenWholeAndIntegersKeepTheirSign() {
        #expect(JSON.number(42).text == "42")
        #expect(JSON.number(-3).text == "-3")
        #expect(JSON.number(0.25).text == "0.25")
        #expect(JSON.int(0).text == "0")
        #expect([9, 10, 99, 100, 101, 999, 1000].map { JSON.int($0).text } == ["9", "10", "99", "100", "101", "999", "1000"])
        #expect(JSON.int(-1234567890).text == "-1234567890")
        #expect(JSON.int(Int.min).text == "-9223372036854775808")
        #expect(JSON.int(Int.max).text == "9223372036854775807")
    }

    @Test func objectsKeepTheirKeyOrder() {
        let value = JSON.object([("z", .int(1)), ("a", .array([.bool(true), .null, .string("x")])), ("m", .object([]))])
        #expect(value.text == #"{"z": 1, "a": [true, null, "x"], "m": {}}"#)
    }
}
