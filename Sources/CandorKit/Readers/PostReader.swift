/// Reads the posts of one source, in order, handing each to `emit` as soon as it is complete, so a reader
/// that streams (JSONL, CSV) keeps memory flat however large the queue grows.
public protocol PostReader: Sendable {
    /// File extensions (lowercase, no dot) this reader takes.
    static var extensions: [String] { get }
    init()
    func read(_ input: Input, options: ReadOptions, emit: (Post) -> Void) throws(InputError)
    /// As `read(_:options:emit:)`, but a reader whose records stand alone (a JSONL line) hands a record it
    /// cannot read to `problem` and reads on, so one bad line costs that line, not the rest of the file. By
    /// default any error ends the read.
    func read(
        _ input: Input, options: ReadOptions, emit: (Post) -> Void, problem: (InputError) -> Void
    ) throws(InputError)
}

extension PostReader {
    public func read(
        _ input: Input, options: ReadOptions, emit: (Post) -> Void, problem: (InputError) -> Void
    ) throws(InputError) {
        try read(input, options: options, emit: emit)
    }
}

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

    /// The file extension that picks the reader, lowercased ("md", "csv", ...).
    public var fileExtension: String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
        return name[name.index(after: dot)...].lowercased()
    }
}

/// What a reader needs beyond the bytes.
public struct ReadOptions: Sendable {
    /// `--text-field`: the column or key that holds the post text, instead of the first of `textFieldNames`.
    public var textField: String?

    /// Columns and keys that hold the text, in order of preference (compared case-insensitively).
    public static let textFieldNames = ["text", "content", "post", "message", "body", "tweet"]

    public init(textField: String? = nil) {
        self.textField = textField
    }
}

/// Input that cannot be read as posts: names the file, line and column, and what is wrong.
public struct InputError: Error, Equatable, Sendable, CustomStringConvertible {
    public let path: String
    public let line: Int?
    public let column: Int?
    public let message: String

    public init(path: String, line: Int? = nil, column: Int? = nil, message: String) {
        self.path = path
        self.line = line
        self.column = column
        self.message = message
    }

    public var description: String {
        var place = path
        if let line { place += ":\(line)" }
        if let column { place += ":\(column)" }
        return "\(place): \(message)"
    }
}
