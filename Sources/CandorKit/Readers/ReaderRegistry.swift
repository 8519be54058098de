/// Picks the reader for a source from its extension (README, "Using it").
public enum ReaderRegistry {
    public static let readers: [any PostReader.Type] = [
        MarkdownReader.self,
        CSVReader.self,
        JSONReader.self,
        JSONLReader.self,
        YAMLQueueReader.self,
    ]

    public static func reader(forExtension ext: String) -> (any PostReader)? {
        let ext = ext.lowercased()
        guard let type = readers.first(where: { $0.extensions.contains(ext) }) else { return nil }
        return type.init()
    }

    /// Every extension some reader takes, for the folder walk.
    public static var extensions: Set<String> { Set(readers.flatMap { $0.extensions }) }
}
