/// The documents the client has open, by URI, as `didOpen`, `didChange` and `didClose` leave them.
public struct DocumentStore: Sendable {
    private var documents: [String: TextDocument] = [:]

    public init() {}

    public subscript(uri: String) -> TextDocument? { documents[uri] }
    public var uris: [String] { documents.keys.sorted() }
    /// Every open document, in URI order.
    public var all: [TextDocument] { uris.compactMap { documents[$0] } }

    public mutating func open(_ document: TextDocument) {
        documents[document.uri] = document
    }

    public mutating func close(_ uri: String) {
        documents[uri] = nil
    }

    /// One change of `didChange`: `range` in the negotiated encoding, nil for the whole text. Changes apply in
    /// order, each to the text the one before left (LSP 3.17). False when the document is not open.
    @discardableResult
    public mutating func change(
        _ uri: String, range: (start: Position, end: Position)?, text: String, version: Int, encoding: PositionEncoding
    ) -> Bool {
        guard var document = documents.removeValue(forKey: uri) else { return false }
        let bytes = range.map { range in
            let start = document.offset(of: range.start, encoding: encoding)
            return start..<max(start, document.offset(of: range.end, encoding: encoding))
        }
        document.replace(bytes, with: text, version: version)
        documents[uri] = document
        return true
    }
}
