extension Post {
    /// The metadata value of `key` (lowercase), its name written in any case: a calendar's `Platform` column
    /// is its `platform`, as text columns are found in any case.
    public func metadataValue(_ key: String) -> String? {
        if let value = metadata[key] { return value }
        return metadata.first { $0.key.utf8.count == key.utf8.count && $0.key.lowercased() == key }?.value
    }

    /// A warning when the post names a platform candor does not know (`tiktok`): it is linted as `fallback`,
    /// and the run says so rather than passing it as `x` unsaid.
    func unknownPlatformWarning(fallback: Platform) -> String? {
        guard let name = metadataValue("platform"), Platform(named: name) == nil else { return nil }
        return "\(file.path):\(location): unknown platform '\(name)' (\(Platform.knownNames)); linted as \(fallback.rawValue)"
    }
}
