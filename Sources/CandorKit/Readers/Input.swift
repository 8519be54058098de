/// Where a source's bytes come from.
public struct Input: Sendable {
    public enum Origin: Sendable {
        /// A file on disk, read (or streamed) by the reader.
        case file(String)
        /// Bytes already in memory: stdin, a staged blob from git, a test.
        case bytes([UInt8])
    }
    /// Display path: as named on the command line or found by the walk; `--stdin-filename` for stdin.
    public let path: String
    public let origin: Origin

    public init(path: String, origin: Origin) {
        self.path = path
        self.origin = origin
    }

    public static func file(_ path: String) -> Input { Input(path: path, origin: .file(path)) }

    public static func text(_ text: String, path: String) -> Input {
        Input(path: path, origin: .bytes(Array(text.utf8)))
    }

    /// The whole content, for readers that need it at once; UTF-16 with a byte order mark as UTF-8.
    public func readAll() throws(InputError) -> [UInt8] {
        let bytes: [UInt8]
        switch origin {
        case .bytes(let given): bytes = given
        case .file(let path): bytes = try FileIO.readAll(path)
        }
        return UTF16Text.utf8(bytes) ?? bytes
    }

    /// Whether the source holds no bytes at all: nothing to read, whatever its format.
    public var isEmpty: Bool {
        switch origin {
        case .bytes(let bytes): bytes.isEmpty
        case .file(let path): FileIO.isEmptyFile(path)
        }
    }

    /// The name's file extension, lowercased ("md", "csv", ...); empty when it has none.
    public var fileExtension: String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
        return name[name.index(after: dot)...].lowercased()
    }

    /// The extension that picks the reader (and, for `--fix`, the syntax of its fields): its own, or `md` for
    /// a name with none (standard input without `--stdin-filename`, a file named like `NOTES`), which is a draft.
    public var readerExtension: String {
        let own = fileExtension
        return own.isEmpty ? "md" : own
    }
}
