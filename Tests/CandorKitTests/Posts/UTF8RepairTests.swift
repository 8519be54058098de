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
}
