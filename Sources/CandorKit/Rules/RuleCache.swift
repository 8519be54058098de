/// Rule files read from disk, composed once per content: a house pack's YAML is stored in the
/// `ContentCache`, as a `YAMLValue`, under the hash of its bytes, and a later run that finds the same bytes
/// reads that back instead of parsing. Parsing a 10,000-term list was most of loading it; the cached tree
/// reads in a small fraction of that, so start-up barely grows with a pack's size.
enum RuleCache {
    static let kind = ContentCache.Kind(prefix: "rules-", magic: Array("CNDRC003".utf8), format: "candor rule cache 3")

    /// The composed document of a rule file's `bytes` (read from `path`), from `cache` when these bytes
    /// were composed before; `cache` nil composes every time.
    static func document(bytes: [UInt8], path: String, cache: ContentCache? = .standard) throws(LoadError) -> YAMLValue {
        let parse = { () throws(LoadError) in try YAMLMapping.document(yaml: String(decoding: bytes, as: UTF8.self), path: path) }
        guard let cache else { return try parse() }
        let source = ContentCache.Source(bytes: bytes)
        let file = cache.path(of: kind, source: source)
        if let payload = cache.payload(at: file, of: kind, source: source),
           let value = YAMLValueCoding.decode(payload) {
            return value
        }
        let value = try parse()
        cache.store(YAMLValueCoding.encode(value), at: file, of: kind, source: source)
        return value
    }

    /// Where the entry for a rule file of these bytes goes.
    static func entryPath(for bytes: [UInt8], in cache: ContentCache) -> String {
        cache.path(of: kind, source: ContentCache.Source(bytes: bytes))
    }

    /// An entry holding `value` for a rule file of these `bytes`.
    static func entry(for value: YAMLValue, source bytes: [UInt8]) -> [UInt8] {
        ContentCache.entry(YAMLValueCoding.encode(value), of: kind, source: ContentCache.Source(bytes: bytes))
    }

    /// The tree an entry holds, or nil when it is not a whole, undamaged entry for a file of these `bytes`.
    static func read(_ entry: [UInt8], source bytes: [UInt8]) -> YAMLValue? {
        ContentCache.payload(of: entry, kind: kind, source: ContentCache.Source(bytes: bytes)).flatMap(YAMLValueCoding.decode)
    }
}
