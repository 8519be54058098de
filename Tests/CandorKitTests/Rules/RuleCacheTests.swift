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
        try Data(RuleCache.entry(for: planted, sourceCount: Self.rule.count)).write(to: URL(fileURLWithPath: entry))
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
        #expect(RuleCache.read(bytes, sourceCount: Self.rule.count) == nil)
        #expect(try RuleCache.document(bytes: Self.rule, path: "r.yml", cache: ContentCache(folder: cache)) == expected)
        let repaired = try [UInt8](Data(contentsOf: URL(fileURLWithPath: entry)))
        #expect(RuleCache.read(repaired, sourceCount: Self.rule.count) == expected)
        // An entry stored for a file of another length is not this file's.
        #expect(RuleCache.read(repaired, sourceCount: Self.rule.count + 1) == nil)
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
