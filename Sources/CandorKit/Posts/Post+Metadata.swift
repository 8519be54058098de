import CandorEntities

extension Post {
    /// The metadata value of `key` (lowercase), its name written in any case: a calendar's `Platform` column
    /// is its `platform`, as text columns are found in any case.
    public func metadataValue(_ key: String) -> String? {
        if let value = metadata[key] { return value }
        // Asked several times for every post, mostly for keys it does not have: compared byte by byte, ASCII
        // letters in either case, without lower-casing each key into a new string.
        return metadata.first { Self.equalsFoldingASCII($0.key, lowercase: key) }?.value
    }

    /// Whether `name` is `lowercase` with some of its ASCII letters upper-cased.
    static func equalsFoldingASCII(_ name: String, lowercase: String) -> Bool {
        name.utf8.count == lowercase.utf8.count
            && name.utf8.elementsEqual(lowercase.utf8) { byte, other in
                byte == other || (byte >= 0x41 && byte <= 0x5A && byte | 0x20 == other)
            }
    }

    /// A warning when the post names a platform candor does not know (`tiktok`): it is linted as `fallback`,
    /// and the run says so rather than passing it as `x` unsaid.
    func unknownPlatformWarning(fallback: Platform) -> String? {
        guard let name = metadataValue("platform"), Platform(named: name) == nil else { return nil }
        return "\(file.path):\(location): unknown platform '\(name)' (\(Platform.knownNames)); linted as \(fallback.rawValue)"
    }
}
