import Foundation
import Testing
@testable import CandorKit

/// Long phrase lists are built into tables once and read back from the `ContentCache` after that.
@Suite("PhraseMatcher cache")
struct PhraseMatcherCacheTests {
    /// Long enough to be cached: single words, and two-word phrases sharing first words with them.
    private static let list = (0..<1200).map { $0 % 10 == 0 ? "big term\($0)" : "term\($0)" }
    private static let text = "We ship term12 and big term10 daily; TERM501 is shouted, term99999 is not listed. big term20"

    private func matches(_ matcher: PhraseMatcher) -> [String] {
        let bytes = Array(Self.text.utf8)
        var found: [String] = []
        bytes.withUnsafeBufferPointer { buffer in
            matcher.forEachMatch(in: buffer, range: 0..<buffer.count) { range, id in
                found.append("\(String(decoding: bytes[range], as: UTF8.self))=\(id)")
            }
        }
        return found
    }

    private func entries(in folder: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasPrefix("phrases-") }
    }

    @Test("a long list is stored once; the next build reads the stored table, which matches as the list does")
    func storesThenReads() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let cache = ContentCache(folder: folder.path)
        let plain = matches(PhraseMatcher(phrases: Self.list, ignoreCase: true))
        #expect(plain == ["term12=12", "big term10=10", "TERM501=501", "big term20=20"])
        #expect(matches(PhraseMatcher(phrases: Self.list, ignoreCase: true, cache: cache)) == plain)
        let stored = entries(in: folder.path)
        #expect(stored.count == 1)
        #expect(matches(PhraseMatcher(phrases: Self.list, ignoreCase: true, cache: cache)) == plain)

        // Plant the table of another list of the same length: a build that reads the cache matches as that
        // list does, proving it was not built again.
        let other = Self.list.map { $0.replacingOccurrences(of: "term", with: "word") }
        let path = folder.path + "/" + stored[0]
        let source = PhraseMatcher.cacheSource(of: Self.list, ignoreCase: true)
        cache.store(PhraseMatcher(phrases: other, ignoreCase: true).encoded(), at: path, of: PhraseMatcher.cacheKind, source: source)
        #expect(matches(PhraseMatcher(phrases: Self.list, ignoreCase: true, cache: cache)).isEmpty)
    }

    @Test("another list's whole, valid entry put under this list's name is not used, and is replaced")
    func swappedEntry() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let cache = ContentCache(folder: folder.path)
        let plain = matches(PhraseMatcher(phrases: Self.list, ignoreCase: true))
        let other = Self.list.map { $0.replacingOccurrences(of: "term", with: "word") }
        _ = PhraseMatcher(phrases: Self.list, ignoreCase: true, cache: cache)
        let path = cache.path(of: PhraseMatcher.cacheKind, source: PhraseMatcher.cacheSource(of: Self.list, ignoreCase: true))
        _ = PhraseMatcher(phrases: other, ignoreCase: true, cache: cache)
        let otherPath = cache.path(of: PhraseMatcher.cacheKind, source: PhraseMatcher.cacheSource(of: other, ignoreCase: true))
        #expect(rename(otherPath, path) == 0)
        #expect(matches(PhraseMatcher(phrases: Self.list, ignoreCase: true, cache: cache)) == plain)
        #expect(matches(PhraseMatcher(phrases: Self.list, ignoreCase: true, cache: cache)) == plain)
    }

    @Test("a table that others can write is not used")
    func entryOthersCanWrite() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let cache = ContentCache(folder: folder.path)
        let source = PhraseMatcher.cacheSource(of: Self.list, ignoreCase: true)
        let path = cache.path(of: PhraseMatcher.cacheKind, source: source)
        let other = Self.list.map { $0.replacingOccurrences(of: "term", with: "word") }
        cache.store(PhraseMatcher(phrases: other, ignoreCase: true).encoded(), at: path, of: PhraseMatcher.cacheKind, source: source)
        #expect(matches(PhraseMatcher(phrases: Self.list, ignoreCase: true, cache: cache)).isEmpty)  // trusted while 0600
        #expect(chmod(path, 0o666) == 0)
        #expect(!matches(PhraseMatcher(phrases: Self.list, ignoreCase: true, cache: cache)).isEmpty)
    }

    @Test("case folding and every phrase's text are part of the key")
    func keyedByListAndCase() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let cache = ContentCache(folder: folder.path)
        _ = PhraseMatcher(phrases: Self.list, ignoreCase: true, cache: cache)
        let exact = PhraseMatcher(phrases: Self.list, ignoreCase: false, cache: cache)
        #expect(!matches(exact).contains { $0.hasPrefix("TERM501") })
        var edited = Self.list
        edited[12] = "term12 shipped"
        _ = PhraseMatcher(phrases: edited, ignoreCase: true, cache: cache)
        #expect(entries(in: folder.path).count == 3)
    }

    @Test("a table whose indexes do not fit, or that is cut short, is built again and replaced")
    func damagedTables() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let cache = ContentCache(folder: folder.path)
        let plain = matches(PhraseMatcher(phrases: Self.list, ignoreCase: true))
        _ = PhraseMatcher(phrases: Self.list, ignoreCase: true, cache: cache)
        let path = folder.path + "/" + entries(in: folder.path)[0]
        let source = PhraseMatcher.cacheSource(of: Self.list, ignoreCase: true)
        let good = try #require(cache.payload(at: path, of: PhraseMatcher.cacheKind, source: source))

        // Each keeps a valid checksum, so only the table's own checks can refuse it.
        let textCount = Int(good[0]) | Int(good[1]) << 8
        var pastTheText = good
        pastTheText.replaceSubrange(32 + textCount + 4..<32 + textCount + 8, with: [0xFF, 0xFF, 0xFF, 0x7F])
        var badPhrase = good
        let phrases = 32 + textCount + 4 * (Int(good[8]) | Int(good[9]) << 8)
        badPhrase.replaceSubrange(phrases..<phrases + 4, with: [0x00, 0x10, 0x00, 0x00])  // id 4096 of 1200
        for damaged in [pastTheText, badPhrase, Array(good.dropLast())] {
            cache.store(damaged, at: path, of: PhraseMatcher.cacheKind, source: source)
            #expect(matches(PhraseMatcher(phrases: Self.list, ignoreCase: true, cache: cache)) == plain)
            #expect(cache.payload(at: path, of: PhraseMatcher.cacheKind, source: source) == good)
        }
    }

    @Test("a short list is built every time: it builds faster than a cache file opens")
    func shortListsAreNotCached() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let short = Array(Self.list.prefix(PhraseMatcher.cachedFromCount - 1))
        _ = PhraseMatcher(phrases: short, ignoreCase: true, cache: ContentCache(folder: folder.path))
        #expect(entries(in: folder.path).isEmpty)
    }
}
