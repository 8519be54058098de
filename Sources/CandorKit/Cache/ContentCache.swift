#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Crypto
import CandorBytes

/// A folder of files each made from some input and named after a hash of that input, so that a later run
/// given the same input reads what was made instead of making it again: rule files composed (`RuleCache`)
/// and long phrase lists built into tables (`PhraseMatcher`). Entries are found by content, never by path or
/// time, so an edit can never be served stale.
///
/// The folder is `$CANDOR_CACHE_DIR` (a relative one under `$HOME`), else `$XDG_CACHE_HOME/candor`, else
/// `~/.cache/candor`; an empty `CANDOR_CACHE_DIR` turns caching off. A cache is only ever a shortcut: an entry
/// that cannot be read or does not check out is made again, and a folder that cannot be written is skipped.
/// Entries are never edited in place (each is written whole and renamed), so runs can share the folder.
///
/// Whoever can write the folder could otherwise make a rule vanish, so the cache trusts only what this user
/// alone can write: the folder is made 0700, and one that is not this user's or that its group or others can
/// write is not used at all; an entry that is not this user's or that others can write is a miss, and is
/// replaced by a new file, never written through. Each entry also carries the SHA-256 of the bytes it was
/// made from, so an entry moved under another name (another rule file's, whole and valid) is a miss too.
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
    static var standard: ContentCache? { folder(environment: .process).map(ContentCache.init(folder:)) }

    /// The folder `environment` names: `CANDOR_CACHE_DIR` (empty: none; relative: under an absolute `HOME`,
    /// else none), else an absolute `XDG_CACHE_HOME`'s `candor`, else `~/.cache/candor`.
    static func folder(environment: Environment) -> String? {
        let home = environment.value("HOME").flatMap { $0.hasPrefix("/") ? $0 : nil }
        if let explicit = environment.value("CANDOR_CACHE_DIR") {
            if explicit.isEmpty { return nil }
            if explicit.hasPrefix("/") { return explicit }
            return home.map { $0 + "/" + explicit }
        }
        if let xdg = environment.value("XDG_CACHE_HOME"), xdg.hasPrefix("/") { return xdg + "/candor" }
        return home.map { $0 + "/.cache/candor" }
    }

    /// What an entry is made from: its count (bytes, terms: whatever the kind counts) and the SHA-256 of its
    /// bytes. The name of the entry comes from it, and the entry holds it, so each is checked against the other.
    struct Source: Sendable, Equatable {
        let count: Int
        let digest: [UInt8]

        /// The source that is `bytes`, counted in bytes.
        init(bytes: [UInt8]) {
            self.count = bytes.count
            self.digest = Array(SHA256.hash(data: bytes))
        }

        init(count: Int, digest: [UInt8]) {
            self.count = count
            self.digest = digest
        }
    }

    /// Hashes a source given in pieces (a phrase list: each phrase's length, then its bytes).
    struct SourceHasher {
        private var hasher = SHA256()

        mutating func add(_ bytes: some Sequence<UInt8>) {
            var bytes = Array(bytes)
            bytes.withUnsafeMutableBytes { hasher.update(bufferPointer: UnsafeRawBufferPointer($0)) }
        }

        mutating func add(_ text: String) {
            var text = text
            text.withUTF8 { hasher.update(bufferPointer: UnsafeRawBufferPointer($0)) }
        }

        mutating func add(littleEndian word: UInt64) {
            withUnsafeBytes(of: word.littleEndian) { hasher.update(bufferPointer: $0) }
        }

        func source(count: Int) -> Source { Source(count: count, digest: Array(hasher.finalize())) }
    }

    /// Where the entry of `kind` made from `source` goes.
    func path(of kind: Kind, source: Source) -> String {
        var name = FNV1a()
        name.add(kind.format.utf8)
        name.add(littleEndian: UInt64(source.count))
        name.add(source.digest)
        return folder + "/" + kind.prefix + FNV1a.hexDigits(name.value)
    }

    /// The payload of the entry at `path`, when it is a whole, undamaged entry of `kind` made from `source`,
    /// in a folder and a file that only this user can write.
    func payload(at path: String, of kind: Kind, source: Source) -> [UInt8]? {
        guard ContentCache.isPrivate(folder: folder),
              let (fd, size) = try? FileIO.openRegularFile(path) else { return nil }
        defer { close(fd) }
        var status = stat()
        guard fstat(fd, &status) == 0, ContentCache.isPrivate(status),
              let entry = try? FileIO.readAll(descriptor: fd, size: size, path: path) else { return nil }
        return ContentCache.payload(of: entry, kind: kind, source: source)
    }

    /// Whether a file's owner is this user and neither its group nor others can write it.
    static func isPrivate(_ status: stat) -> Bool {
        status.st_uid == geteuid() && status.st_mode & 0o022 == 0
    }

    /// Whether `folder` is a folder (a symbolic link followed) that `isPrivate` trusts.
    static func isPrivate(folder: String) -> Bool {
        var status = stat()
        return stat(folder, &status) == 0 && status.st_mode & S_IFMT == S_IFDIR && isPrivate(status)
    }

    /// Stores `payload` as the entry of `kind` made from `source` at `path`, then deletes the entries of its
    /// kind past `lifetime`. The folder is made 0700 if missing; one that cannot be written, or that
    /// `isPrivate` does not trust, is left alone.
    func store(_ payload: [UInt8], at path: String, of kind: Kind, source: Source, now: Int = Int(time(nil))) {
        FileIO.makeFolders(folder, mode: 0o700)
        guard ContentCache.isPrivate(folder: folder) else { return }
        let entry = ContentCache.entry(payload, of: kind, source: source)
        // No fsync: a cut-short entry fails its checks and is made again. A new file renamed over the old
        // one, so an entry someone else owns is replaced, never written through.
        guard (try? FileIO.writeAtomically(entry, to: path, mode: 0o600, sync: false)) != nil else { return }
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

    /// Whether `name` is one `path(of:source:)` gives `kind`: its prefix and 16 hex digits, nothing else.
    static func isEntryName(_ name: String, of kind: Kind) -> Bool {
        guard name.hasPrefix(kind.prefix) else { return false }
        let digits = name.utf8.dropFirst(kind.prefix.utf8.count)
        return digits.count == 16 && digits.allSatisfy { (0x30...0x39).contains($0) || (0x61...0x66).contains($0) }
    }

    /// An entry: the kind's magic and the source's count (each eight bytes, little-endian), the source's
    /// SHA-256 (32 bytes), the payload's checksum (eight bytes), then the payload.
    static func entry(_ payload: [UInt8], of kind: Kind, source: Source) -> [UInt8] {
        var bytes = kind.magic
        bytes.reserveCapacity(headerCount + payload.count)
        appendWord(UInt64(source.count), to: &bytes)
        bytes += source.digest
        appendWord(checksum(payload[...]), to: &bytes)
        return bytes + payload
    }

    static func payload(of entry: [UInt8], kind: Kind, source: Source) -> [UInt8]? {
        guard source.digest.count == digestCount, entry.count > headerCount,
              entry[..<kind.magic.count].elementsEqual(kind.magic),
              word(in: entry, at: 8) == UInt64(source.count),
              entry[16..<16 + digestCount].elementsEqual(source.digest) else { return nil }
        let payload = entry[headerCount...]
        guard word(in: entry, at: 16 + digestCount) == checksum(payload) else { return nil }
        return Array(payload)
    }

    private static let digestCount = 32
    private static let headerCount = 24 + digestCount

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
