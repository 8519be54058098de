import Testing

@testable import CandorKit

/// `UTF8Repair.isValid` validates in place; it must accept and refuse exactly what the standard library's
/// validating decoder does.
struct UTF8RepairTests {
    @Test func validatesAsTheStandardLibraryDoes() {
        let samples: [[UInt8]] = [
            [], Array("plain ASCII".utf8), Array("café, 東京, 👋🏽".utf8),
            [0xC0, 0x80],              // overlong NUL
            [0xED, 0xA0, 0x80],        // a UTF-16 surrogate
            [0xF4, 0x90, 0x80, 0x80],  // past U+10FFFF
            [0xE2, 0x82],              // cut short
            [0x61, 0x80, 0x62],        // a lone continuation byte
            [0xFF],
        ]
        for sample in samples {
            #expect(UTF8Repair.isValid(sample) == (String(validating: sample, as: UTF8.self) != nil), "\(sample)")
        }
        #expect(UTF8Repair.isValid(Array("café".utf8)))
        #expect(!UTF8Repair.isValid([0xC0, 0x80]))
    }

    @Test func firstInvalidNamesTheLineAndColumnOfTheFirstBadByte() {
        #expect(UTF8Repair.firstInvalid(Array("café\nfine\n".utf8)) == nil)
        let bad = UTF8Repair.firstInvalid(Array("one\ncafé ".utf8) + [0xFF] + Array(" x\n".utf8) + [0xC3])
        #expect(bad?.line == 2)
        #expect(bad?.column == 6)
        #expect(bad?.byte == 0xFF)
        let cut = UTF8Repair.firstInvalid([0x61, 0xE2, 0x82])
        #expect(cut?.line == 1)
        #expect(cut?.column == 2)
        #expect(cut?.byte == 0xE2)
    }

    @Test func aRuleFileOrConfigurationIsNotRepairedButRefused() throws {
        #expect(try UTF8Repair.text(Array("tokens: [é]\n".utf8), path: "R.yml") == "tokens: [é]\n")
        #expect(throws: LoadError(path: "R.yml", line: 2, column: 10,
                                  message: "not valid UTF-8 (byte 0xFF); save the file as UTF-8")) {
            try UTF8Repair.text(Array("extends: existence\ntokens: [".utf8) + [0xFF] + Array("]\n".utf8), path: "R.yml")
        }
    }
}
