import Foundation
import Testing
@testable import CandorKit

/// The envelope every cache entry shares: magic, the input's count, a checksum, the payload.
@Suite("ContentCache")
struct ContentCacheTests {
    private static let kind = ContentCache.Kind(prefix: "test-", magic: Array("CNDTEST1".utf8), format: "test 1")
    private static let payload: [UInt8] = Array("a payload of some length, not a multiple of eight".utf8)

    @Test func anEntryGivesBackItsPayloadOnlyForItsKindAndCount() {
        let entry = ContentCache.entry(Self.payload, of: Self.kind, sourceCount: 42)
        #expect(ContentCache.payload(of: entry, kind: Self.kind, sourceCount: 42) == Self.payload)
        #expect(ContentCache.payload(of: entry, kind: Self.kind, sourceCount: 43) == nil)
        let other = ContentCache.Kind(prefix: "test-", magic: Array("CNDTEST2".utf8), format: "test 1")
        #expect(ContentCache.payload(of: entry, kind: other, sourceCount: 42) == nil)
    }

    @Test func everyDamagedOrShortenedEntryIsRefused() {
        let entry = ContentCache.entry(Self.payload, of: Self.kind, sourceCount: 42)
        for index in entry.indices {
            var damaged = entry
            damaged[index] ^= 0x01
            #expect(ContentCache.payload(of: damaged, kind: Self.kind, sourceCount: 42) == nil, "byte \(index)")
        }
        for count in 0..<entry.count {
            #expect(ContentCache.payload(of: Array(entry.prefix(count)), kind: Self.kind, sourceCount: 42) == nil)
        }
    }

    @Test func namesDependOnTheKeyAndTheFormat() {
        let cache = ContentCache(folder: "/cache")
        var one = FNV1a(), two = FNV1a()
        one.add(Array("one".utf8))
        two.add(Array("two".utf8))
        let path = cache.path(of: Self.kind, key: one)
        #expect(path.hasPrefix("/cache/test-") && path.count == "/cache/test-".count + 16)
        #expect(path != cache.path(of: Self.kind, key: two))
        let newer = ContentCache.Kind(prefix: "test-", magic: Self.kind.magic, format: "test 2")
        #expect(path != cache.path(of: newer, key: one))
    }

    @Test func theChecksumSeesEveryByteAndItsPlace() {
        let bytes = Array(0..<UInt8(37))
        let base = ContentCache.checksum(bytes[...])
        #expect(ContentCache.checksum(bytes.dropFirst()[...]) != base)
        #expect(ContentCache.checksum(Array(bytes.reversed())[...]) != base)
        #expect(ContentCache.checksum([][...]) != ContentCache.checksum([0][...]))
    }

    @Test func aStoreDeletesItsKindsEntriesWrittenMoreThanThirtyDaysAgo() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let cache = ContentCache(folder: folder.path)
        let other = ContentCache.Kind(prefix: "other-", magic: Array("CNDOTHR1".utf8), format: "other 1")
        func key(_ text: String) -> FNV1a {
            var key = FNV1a()
            key.add(Array(text.utf8))
            return key
        }
        let old = cache.path(of: Self.kind, key: key("old")), recent = cache.path(of: Self.kind, key: key("recent"))
        let otherOld = cache.path(of: other, key: key("old"))
        let notAnEntry = folder.path + "/test-notes.txt"
        for path in [old, recent, otherOld] { cache.store(Self.payload, at: path, of: Self.kind, sourceCount: 1) }
        try Data().write(to: URL(fileURLWithPath: notAnEntry))
        let now = Date()
        for (path, days) in [(old, 31.0), (recent, 29.0), (otherOld, 31.0), (notAnEntry, 31.0)] {
            try FileManager.default.setAttributes([.modificationDate: now.addingTimeInterval(-days * 86_400)], ofItemAtPath: path)
        }

        let new = cache.path(of: Self.kind, key: key("new"))
        cache.store(Self.payload, at: new, of: Self.kind, sourceCount: 1, now: Int(now.timeIntervalSince1970))
        let left = Set(try FileManager.default.contentsOfDirectory(atPath: folder.path).map { folder.path + "/" + $0 })
        #expect(left == [recent, otherOld, notAnEntry, new])
    }

    @Test func onlyAKindsOwnNamesAreEntries() {
        #expect(ContentCache.isEntryName("test-0123456789abcdef", of: Self.kind))
        #expect(!ContentCache.isEntryName("test-0123456789abcde", of: Self.kind))
        #expect(!ContentCache.isEntryName("test-0123456789ABCDEF", of: Self.kind))
        #expect(!ContentCache.isEntryName("test-0123456789abcdef.tmp", of: Self.kind))
        #expect(!ContentCache.isEntryName("rules-0123456789abcdef", of: Self.kind))
    }
}
