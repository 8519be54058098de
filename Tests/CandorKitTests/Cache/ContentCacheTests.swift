import Foundation
import Testing
@testable import CandorKit

/// The envelope every cache entry shares: magic, the input's count, a checksum, the payload.
@Suite("ContentCache")
struct ContentCacheTests {
    private static let kind = ContentCache.Kind(prefix: "test-", magic: Array("CNDTEST1".utf8), format: "test 1")
    private static let payload: [UInt8] = Array("a payload of some length, not a multiple of eight".utf8)

    private static let source = ContentCache.Source(bytes: Array("the source".utf8))

    private static func source(_ text: String) -> ContentCache.Source { ContentCache.Source(bytes: Array(text.utf8)) }

    @Test func anEntryGivesBackItsPayloadOnlyForItsKindAndSource() {
        let entry = ContentCache.entry(Self.payload, of: Self.kind, source: Self.source)
        #expect(ContentCache.payload(of: entry, kind: Self.kind, source: Self.source) == Self.payload)
        let longer = ContentCache.Source(count: Self.source.count + 1, digest: Self.source.digest)
        #expect(ContentCache.payload(of: entry, kind: Self.kind, source: longer) == nil)
        // Same length, other bytes: only the SHA-256 tells them apart.
        #expect(ContentCache.payload(of: entry, kind: Self.kind, source: Self.source("the sourcf")) == nil)
        let other = ContentCache.Kind(prefix: "test-", magic: Array("CNDTEST2".utf8), format: "test 1")
        #expect(ContentCache.payload(of: entry, kind: other, source: Self.source) == nil)
    }

    @Test func everyDamagedOrShortenedEntryIsRefused() {
        let entry = ContentCache.entry(Self.payload, of: Self.kind, source: Self.source)
        for index in entry.indices {
            var damaged = entry
            damaged[index] ^= 0x01
            #expect(ContentCache.payload(of: damaged, kind: Self.kind, source: Self.source) == nil, "byte \(index)")
        }
        for count in 0..<entry.count {
            #expect(ContentCache.payload(of: Array(entry.prefix(count)), kind: Self.kind, source: Self.source) == nil)
        }
    }

    @Test func theSourceHashIsSHA256() {
        let digest = Self.source("abc").digest.map { String($0, radix: 16) }.map { $0.count == 1 ? "0" + $0 : $0 }.joined()
        #expect(digest == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        var hasher = ContentCache.SourceHasher()
        hasher.add([0x61])
        hasher.add("bc")
        #expect(hasher.source(count: 3) == Self.source("abc"))
    }

    @Test func namesDependOnTheSourceAndTheFormat() {
        let cache = ContentCache(folder: "/cache")
        let one = Self.source("one"), two = Self.source("two")
        let path = cache.path(of: Self.kind, source: one)
        #expect(path.hasPrefix("/cache/test-") && path.count == "/cache/test-".count + 16)
        #expect(path != cache.path(of: Self.kind, source: two))
        let newer = ContentCache.Kind(prefix: "test-", magic: Self.kind.magic, format: "test 2")
        #expect(path != cache.path(of: newer, source: one))
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
        func key(_ text: String) -> ContentCache.Source { Self.source(text) }
        let old = cache.path(of: Self.kind, source: key("old")), recent = cache.path(of: Self.kind, source: key("recent"))
        let otherOld = cache.path(of: other, source: key("old"))
        let notAnEntry = folder.path + "/test-notes.txt"
        for path in [old, recent, otherOld] { cache.store(Self.payload, at: path, of: Self.kind, source: Self.source) }
        try Data().write(to: URL(fileURLWithPath: notAnEntry))
        let now = Date()
        for (path, days) in [(old, 31.0), (recent, 29.0), (otherOld, 31.0), (notAnEntry, 31.0)] {
            try FileManager.default.setAttributes([.modificationDate: now.addingTimeInterval(-days * 86_400)], ofItemAtPath: path)
        }

        let new = cache.path(of: Self.kind, source: key("new"))
        cache.store(Self.payload, at: new, of: Self.kind, source: Self.source, now: Int(now.timeIntervalSince1970))
        let left = Set(try FileManager.default.contentsOfDirectory(atPath: folder.path).map { folder.path + "/" + $0 })
        #expect(left == [recent, otherOld, notAnEntry, new])
    }

    @Test func theFolderIsMadeForThisUserAlone() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let cache = ContentCache(folder: folder.path + "/made/here")
        let path = cache.path(of: Self.kind, source: Self.source)
        cache.store(Self.payload, at: path, of: Self.kind, source: Self.source)
        #expect(FileIO.permissions(of: folder.path + "/made/here") == 0o700)
        #expect(FileIO.permissions(of: folder.path + "/made") == 0o700)
        #expect(FileIO.permissions(of: path).map { $0 & 0o077 } == 0)
        #expect(cache.payload(at: path, of: Self.kind, source: Self.source) == Self.payload)
    }

    @Test func aFolderOthersCanWriteIsNotUsed() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let cache = ContentCache(folder: folder.path)
        let path = cache.path(of: Self.kind, source: Self.source)
        cache.store(Self.payload, at: path, of: Self.kind, source: Self.source)
        for mode: mode_t in [0o777, 0o1777, 0o770, 0o722] {
            #expect(chmod(folder.path, mode) == 0)
            #expect(cache.payload(at: path, of: Self.kind, source: Self.source) == nil, "folder mode \(String(mode, radix: 8))")
        }
        // Nor is anything written there.
        let other = cache.path(of: Self.kind, source: Self.source("other"))
        cache.store(Self.payload, at: other, of: Self.kind, source: Self.source("other"))
        #expect(!FileManager.default.fileExists(atPath: other))
        #expect(chmod(folder.path, 0o755) == 0)
        #expect(cache.payload(at: path, of: Self.kind, source: Self.source) == Self.payload)
    }

    @Test func anEntryOthersCanWriteIsAMissAndIsReplacedByANewFile() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let cache = ContentCache(folder: folder.path)
        let path = cache.path(of: Self.kind, source: Self.source)
        cache.store(Self.payload, at: path, of: Self.kind, source: Self.source)
        for mode: mode_t in [0o666, 0o620, 0o602] {
            #expect(chmod(path, mode) == 0)
            #expect(cache.payload(at: path, of: Self.kind, source: Self.source) == nil, "entry mode \(String(mode, radix: 8))")
        }
        var before = stat()
        #expect(stat(path, &before) == 0)
        cache.store(Self.payload, at: path, of: Self.kind, source: Self.source)
        var after = stat()
        #expect(stat(path, &after) == 0)
        #expect(after.st_ino != before.st_ino)  // renamed over, not written through
        #expect(after.st_mode & 0o077 == 0)
        #expect(cache.payload(at: path, of: Self.kind, source: Self.source) == Self.payload)
    }

    @Test func aRelativeCacheFolderIsUnderHomeOrRefused() {
        func folder(_ values: [String: String]) -> String? { ContentCache.folder(environment: Environment(values)) }
        #expect(folder(["CANDOR_CACHE_DIR": "tmp/cache", "HOME": "/home/ana"]) == "/home/ana/tmp/cache")
        #expect(folder(["CANDOR_CACHE_DIR": "./cache", "HOME": "/home/ana"]) == "/home/ana/./cache")
        #expect(folder(["CANDOR_CACHE_DIR": "tmp/cache"]) == nil)
        #expect(folder(["CANDOR_CACHE_DIR": "tmp/cache", "HOME": "relative"]) == nil)
        #expect(folder(["CANDOR_CACHE_DIR": "/var/cache/candor", "HOME": "/home/ana"]) == "/var/cache/candor")
        #expect(folder(["CANDOR_CACHE_DIR": "", "HOME": "/home/ana"]) == nil)
        #expect(folder(["XDG_CACHE_HOME": "/x", "HOME": "/home/ana"]) == "/x/candor")
        #expect(folder(["XDG_CACHE_HOME": "x", "HOME": "/home/ana"]) == "/home/ana/.cache/candor")
        #expect(folder([:]) == nil)
    }

    @Test func onlyAKindsOwnNamesAreEntries() {
        #expect(ContentCache.isEntryName("test-0123456789abcdef", of: Self.kind))
        #expect(!ContentCache.isEntryName("test-0123456789abcde", of: Self.kind))
        #expect(!ContentCache.isEntryName("test-0123456789ABCDEF", of: Self.kind))
        #expect(!ContentCache.isEntryName("test-0123456789abcdef.tmp", of: Self.kind))
        #expect(!ContentCache.isEntryName("rules-0123456789abcdef", of: Self.kind))
    }
}
