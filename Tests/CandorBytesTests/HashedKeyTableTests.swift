import Testing

@testable import CandorBytes

@Suite("HashedKeyTable")
struct HashedKeyTableTests {
    @Test("finds every key, including keys that land in the same slot, and nothing else")
    func findsEveryKey() {
        // 0, 16 and 32 share the low bits, so they collide in a table of 8 or 16 slots.
        let entries: [UInt64: String] = [0: "zero", 16: "sixteen", 32: "thirty-two", 5: "five", .max: "max"]
        let table = HashedKeyTable(Array(entries))
        for (key, value) in entries { #expect(table[key] == value, "\(key)") }
        for absent: UInt64 in [1, 8, 48, .max - 1] { #expect(table[absent] == nil, "\(absent)") }
    }

    @Test("a large table, and an empty one")
    func sizes() {
        let entries = Dictionary(uniqueKeysWithValues: (0..<10_000).map { (UInt64($0) &* 0x9E37_79B9_7F4A_7C15, $0) })
        let table = HashedKeyTable(Array(entries))
        #expect(entries.allSatisfy { table[$0.key] == $0.value })
        #expect(table[12345] == nil)
        #expect(HashedKeyTable<Int>([])[0] == nil)
    }
}
