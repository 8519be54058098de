#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A folder of files each made from some input and named after a hash of that input, so that a later run
/// given the same input reads what was made instead of making it again: rule files composed (`RuleCache`)
/// and long phrase lists built into tables (`PhraseMatcher`). Entries are found by content, never by path or
/// time, so an edit can never be served stale.
///
/// The folder is `$CANDOR_CACHE_DIR`, else `$XDG_CACHE_HOME/candor`, else `~/.cache/candor`; an empty
/// `CANDOR_CACHE_DIR` turns caching off. A cache is only ever a shortcut: an entry that cannot be read or does
/// not check out is made again, and a folder that cannot be written is skipped. Entries are never edited in
/// place (each is written whole and renamed), so runs can share the folder.
struct ContentCache: Sendable {
    /// One kind of entry. Change `format` whenever what an entry holds or how it is encoded changes: it is
    /// hashed into every name, so an old entry is never read as a new one.
    struct Kind: Sendable {
        /// Starts every file name of this kind (`rules-`).
        let prefix: String
        /// The first eight bytes of every entry of this kind.
        let magic: [UInt8]
        let format: String
    }

    let folder: String

    /// The cache in the folder the environment names, or nil when caching is off or there is no home.
    static var standard: ContentCache? {
        if let explicit = Environment.value("CANDOR_CACHE_DIR") {
            return explicit.isEmpty ? nil : ContentCache(folder: explicit)
        }
        if let xdg = Environment.value("XDG_CACHE_HOME"), xdg.hasPrefix("/") { return ContentCache(folder: xdg + "/candor") }
        if let home = Environment.value("HOME"), !home.isEmpty { return ContentCache(folder: home + "/.cache/candor") }
        return nil
    }

    /// Where the entry of `kind` made from the input that `key` hashed goes.
    func path(of kind: Kind, key: FNV1a) -> String {
        var name = FNV1a()
        name.add(kind.format.utf8)
        name.add(littleEndian: key.value)
        return folder + "/" + kind.prefix + FNV1a.hexDigits(name.value)
    }

    /// The payload of the entry at `path`, when it is a whole, undamaged entry of `kind` made from an input
    /// of `sourceCount` (bytes, terms: whatever the kind counts).
    func payload(at path: String, of kind: Kind, sourceCount: Int) -> [UInt8]? {
        guard let entry = try? FileIO.readAll(path) else { return nil }
        return ContentCache.payload(of: entry, kind: kind, sourceCount: sourceCount)
    }

    /// Stores `payload` at `path`, then deletes the entries of its kind past `lifetime`; a folder that cannot
    /// be written is left alone.
    func store(_ payload: [UInt8], at path: String, of kind: Kind, sourceCount: Int, now: Int = Int(time(nil))) {
        let entry = ContentCache.entry(payload, of: kind, sourceCount: sourceCount)
        // No fsync: a cut-short entry fails its checks and is made again.
        guard (try? FileIO.writeAtomically(entry, to: path, createFolders: true, sync: false)) != nil else { return }
        prune(kind, now: now)
    }

    /// How long an entry is kept after it was written: 30 days. Entries are not touched when read, so one
    /// still in use is made again once a month, and those of edited rule files and lists go away.
    static let lifetime = 30 * 24 * 60 * 60

    /// Deletes the entries of `kind` written more than `lifetime` before `now`. Done after a store, which
    /// only a miss makes, so a run that finds everything in the cache never lists the folder.
    func prune(_ kind: Kind, now: Int) {
        guard let names = try? Directory.entries(folder) else { return }
        for name in names where ContentCache.isEntryName(name, of: kind) {
            let path = folder + "/" + name
            if let written = FileIO.modificationTime(of: path), now - written > ContentCache.lifetime { FileIO.remove(path) }
        }
    }

    /// Whether `name` is one `path(of:key:)` gives `kind`: its prefix and 16 hex digits, nothing else.
    static func isEntryName(_ name: String, of kind: Kind) -> Bool {
        guard name.hasPrefix(kind.prefix) else { return false }
        let digits = name.utf8.dropFirst(kind.prefix.utf8.count)
        return digits.count == 16 && digits.allSatisfy { (0x30...0x39).contains($0) || (0x61...0x66).contains($0) }
    }

    /// An entry: the kind's magic, the input's count and the payload's checksum (each eight bytes,
    /// little-endian), then the payload.
    static func entry(_ payload: [UInt8], of kind: Kind, sourceCount: Int) -> [UInt8] {
        var bytes = kind.magic
        bytes.reserveCapacity(headerCount + payload.count)
        appendWord(UInt64(sourceCount), to: &bytes)
        appendWord(checksum(payload[...]), to: &bytes)
        return bytes + payload
    }

    static func payload(of entry: [UInt8], kind: Kind, sourceCount: Int) -> [UInt8]? {
        guard entry.count > headerCount, entry[..<kind.magic.count].elementsEqual(kind.magic),
              word(in: entry, at: 8) == UInt64(sourceCount) else { return nil }
        let payload = entry[headerCount...]
        guard word(in: entry, at: 16) == checksum(payload) else { return nil }
        return Array(payload)
    }

    private static let headerCount = 24

    /// FNV-1a's xor-and-multiply over eight bytes at a time, then the bytes left over: a payload of half a
    /// megabyte is checked in a tenth of what hashing it byte by byte takes.
    static func checksum(_ bytes: ArraySlice<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        bytes.withUnsafeBytes { raw in
            let words = raw.count / 8
            for index in 0..<words {
                hash = (hash ^ raw.loadUnaligned(fromByteOffset: index * 8, as: UInt64.self).littleEndian) &* 0x0000_0100_0000_01B3
            }
            for byte in raw[(words * 8)...] { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        }
        return hash
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
