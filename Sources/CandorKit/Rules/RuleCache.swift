#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Rule files read from disk, composed once per content: a house pack's YAML is stored, as a `YAMLValue`,
/// in a file named after the hash of its bytes, and a later run that finds the same bytes reads that back
/// instead of parsing. Parsing a 10,000-term list was most of loading it; the cached tree reads in a small
/// fraction of that, so start-up barely grows with a pack's size.
///
/// The folder is `$CANDOR_CACHE_DIR`, else `$XDG_CACHE_HOME/candor`, else `~/.cache/candor`; an empty
/// `CANDOR_CACHE_DIR` turns caching off. The cache is only ever a shortcut: an entry that cannot be read or
/// does not check out is composed again from the rule file, and a cache that cannot be written is skipped.
/// Entries are never edited in place (each is written whole and renamed), so runs can share the folder.
enum RuleCache {
    /// Changes whenever the stored tree or its encoding does, so an old entry is never read as a new one.
    static let format = "candor rule cache 1"
    private static let magic = Array("CNDRC001".utf8)

    static var folder: String? {
        if let explicit = Environment.value("CANDOR_CACHE_DIR") { return explicit.isEmpty ? nil : explicit }
        if let xdg = Environment.value("XDG_CACHE_HOME"), xdg.hasPrefix("/") { return xdg + "/candor" }
        if let home = Environment.value("HOME"), !home.isEmpty { return home + "/.cache/candor" }
        return nil
    }

    /// The composed document of a rule file's `bytes` (read from `path`), from the cache in `folder` when
    /// these bytes were composed before; `folder` nil composes every time.
    static func document(bytes: [UInt8], path: String, folder: String? = RuleCache.folder) throws(LoadError) -> YAMLValue {
        let parse = { () throws(LoadError) in try YAMLMapping.document(yaml: String(decoding: bytes, as: UTF8.self), path: path) }
        guard let folder else { return try parse() }
        let file = entryPath(for: bytes, in: folder)
        if let stored = try? FileIO.readAll(file), let value = read(stored, sourceCount: bytes.count) { return value }
        let value = try parse()
        try? FileIO.writeAtomically(entry(for: value, sourceCount: bytes.count), to: file, createFolders: true, sync: false)
        return value
    }

    /// Where the entry for a rule file of these bytes goes.
    static func entryPath(for bytes: [UInt8], in folder: String) -> String {
        var key = FNV1a()
        key.add(format.utf8)
        key.add(bytes)
        return folder + "/rules-" + FNV1a.hexDigits(key.value)
    }

    /// An entry: the magic, the rule file's length and the payload's FNV-1a (each eight bytes, little-endian),
    /// then the encoded tree.
    static func entry(for value: YAMLValue, sourceCount: Int) -> [UInt8] {
        let payload = YAMLValueCoding.encode(value)
        var bytes = magic
        appendWord(UInt64(sourceCount), to: &bytes)
        appendWord(FNV1a.hash(payload), to: &bytes)
        return bytes + payload
    }

    /// The tree an entry holds, or nil when it is not a whole, undamaged entry for a file of `sourceCount` bytes.
    static func read(_ entry: [UInt8], sourceCount: Int) -> YAMLValue? {
        let header = magic.count + 16
        guard entry.count > header, Array(entry[..<magic.count]) == magic,
              word(in: entry, at: magic.count) == UInt64(sourceCount) else { return nil }
        let payload = Array(entry[header...])
        guard word(in: entry, at: magic.count + 8) == FNV1a.hash(payload) else { return nil }
        return YAMLValueCoding.decode(payload)
    }

    private static func appendWord(_ word: UInt64, to bytes: inout [UInt8]) {
        for shift in stride(from: 0, to: 64, by: 8) { bytes.append(UInt8(truncatingIfNeeded: word >> UInt64(shift))) }
    }

    private static func word(in bytes: [UInt8], at offset: Int) -> UInt64 {
        var word: UInt64 = 0
        for index in 0..<8 { word |= UInt64(bytes[offset + index]) << UInt64(8 * index) }
        return word
    }
}
