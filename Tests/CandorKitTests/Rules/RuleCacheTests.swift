import Foundation
import Testing

@testable import CandorKit

@Suite("RuleCache")
struct RuleCacheTests {
    private static let rule = Array("extends: existence\nmessage: m\ntokens: [leverage, synergy]\n".utf8)

    private func entries(in folder: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasPrefix("rules-") }
    }

    @Test("the first load composes and stores the document; the next reads the stored one")
    func storesThenReads() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let cache = folder.path + "/cache"
        let first = try RuleCache.document(bytes: Self.rule, path: "House/Jargon.yml", cache: ContentCache(folder: cache))
        #expect(first == (try YAMLValue.compose(String(decoding: Self.rule, as: UTF8.self), path: "House/Jargon.yml")))
        #expect(entries(in: cache).count == 1)

        // Put another tree in the entry: a run that reads the cache returns it, proving nothing was parsed.
        let planted = YAMLValue.text("from the cache", at: .init(line: 7, column: 3))
        let entry = RuleCache.entryPath(for: Self.rule, in: ContentCache(folder: cache))
        try Data(RuleCache.entry(for: planted, source: Self.rule)).write(to: URL(fileURLWithPath: entry))
        #expect(try RuleCache.document(bytes: Self.rule, path: "House/Jargon.yml", cache: ContentCache(folder: cache)) == planted)
    }

    @Test("a damaged or foreign entry is composed again and replaced")
    func damagedEntry() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let cache = folder.path + "/cache"
        let expected = try RuleCache.document(bytes: Self.rule, path: "r.yml", cache: ContentCache(folder: cache))
        let entry = RuleCache.entryPath(for: Self.rule, in: ContentCache(folder: cache))
        var bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: entry)))
        bytes[bytes.count - 3] ^= 0x20
        try Data(bytes).write(to: URL(fileURLWithPath: entry))
        #expect(RuleCache.read(bytes, source: Self.rule) == nil)
        #expect(try RuleCache.document(bytes: Self.rule, path: "r.yml", cache: ContentCache(folder: cache)) == expected)
        let repaired = try [UInt8](Data(contentsOf: URL(fileURLWithPath: entry)))
        #expect(RuleCache.read(repaired, source: Self.rule) == expected)
        // An entry stored for a file of other bytes is not this file's.
        #expect(RuleCache.read(repaired, source: Self.rule + [0x0A]) == nil)
    }

    @Test("another rule file's whole, valid entry put under this file's name is not used, and is replaced")
    func swappedEntry() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let cache = folder.path + "/cache"
        // Same length, so the byte count alone cannot tell them apart; it asks for nothing.
        let quiet = Array("extends: existence\nmessage: m\ntokens: [zzzzzzzz, zzzzzzz]\n".utf8)
        #expect(quiet.count == Self.rule.count)
        let expected = try RuleCache.document(bytes: Self.rule, path: "r.yml", cache: ContentCache(folder: cache))
        _ = try RuleCache.document(bytes: quiet, path: "q.yml", cache: ContentCache(folder: cache))
        let entry = RuleCache.entryPath(for: Self.rule, in: ContentCache(folder: cache))
        let other = RuleCache.entryPath(for: quiet, in: ContentCache(folder: cache))
        #expect(rename(other, entry) == 0)
        #expect(try RuleCache.document(bytes: Self.rule, path: "r.yml", cache: ContentCache(folder: cache)) == expected)
        let repaired = try [UInt8](Data(contentsOf: URL(fileURLWithPath: entry)))
        #expect(RuleCache.read(repaired, source: Self.rule) == expected)
    }

    @Test("an entry that others can write is not used")
    func entryOthersCanWrite() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let cache = folder.path + "/cache"
        _ = try RuleCache.document(bytes: Self.rule, path: "r.yml", cache: ContentCache(folder: cache))
        let planted = YAMLValue.text("planted", at: .init(line: 1, column: 1))
        let entry = RuleCache.entryPath(for: Self.rule, in: ContentCache(folder: cache))
        try Data(RuleCache.entry(for: planted, source: Self.rule)).write(to: URL(fileURLWithPath: entry))
        #expect(chmod(entry, 0o666) == 0)
        #expect(try RuleCache.document(bytes: Self.rule, path: "r.yml", cache: ContentCache(folder: cache)) != planted)
    }

    @Test("the cache folder is made 0700, and one that others can write is not used")
    func folderModes() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let cache = folder.path + "/cache"
        _ = try RuleCache.document(bytes: Self.rule, path: "r.yml", cache: ContentCache(folder: cache))
        #expect(FileIO.permissions(of: cache) == 0o700)
        let planted = YAMLValue.text("planted", at: .init(line: 1, column: 1))
        let entry = RuleCache.entryPath(for: Self.rule, in: ContentCache(folder: cache))
        try Data(RuleCache.entry(for: planted, source: Self.rule)).write(to: URL(fileURLWithPath: entry))
        #expect(chmod(entry, 0o600) == 0)
        #expect(try RuleCache.document(bytes: Self.rule, path: "r.yml", cache: ContentCache(folder: cache)) == planted)
        #expect(chmod(cache, 0o777) == 0)
        #expect(try RuleCache.document(bytes: Self.rule, path: "r.yml", cache: ContentCache(folder: cache)) != planted)
    }

    @Test("different bytes, different entries; an edit to a rule file is never served stale")
    func keyedByContent() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let cache = folder.path + "/cache"
        let edited = Array("extends: existence\nmessage: m\ntokens: [leverage, synergy, ideate]\n".utf8)
        _ = try RuleCache.document(bytes: Self.rule, path: "r.yml", cache: ContentCache(folder: cache))
        let value = try RuleCache.document(bytes: edited, path: "r.yml", cache: ContentCache(folder: cache))
        #expect(value.pairs?[2].value.list?.count == 3)
        #expect(entries(in: cache).count == 2)
    }

    @Test("a YAML error is reported as without the cache, and nothing is stored")
    func errorsAreNotCached() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let cache = folder.path + "/cache"
        let broken = Array("extends: existence\ntokens: [a\n".utf8)
        let cached = #expect(throws: LoadError.self) { try RuleCache.document(bytes: broken, path: "r.yml", cache: ContentCache(folder: cache)) }
        let plain = #expect(throws: LoadError.self) { try RuleCache.document(bytes: broken, path: "r.yml", cache: nil) }
        #expect(cached == plain)
        #expect(cached?.line != nil)
        #expect(entries(in: cache).isEmpty)
    }

    @Test("a cache folder that cannot be written is skipped")
    func unwritableFolder() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let file = try folder.write("not-a-folder", "")
        let value = try RuleCache.document(bytes: Self.rule, path: "r.yml", cache: ContentCache(folder: file + "/cache"))
        #expect(value.pairs?.count == 3)
    }
}
