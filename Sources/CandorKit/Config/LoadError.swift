/// A rule file or configuration that cannot be used: names the file, line, column and key, on one line.
public struct LoadError: Error, Equatable, Sendable, CustomStringConvertible {
    public let path: String
    public let line: Int?
    public let column: Int?
    public let key: String?
    public let message: String

    public init(path: String, line: Int? = nil, column: Int? = nil, key: String? = nil, message: String) {
        self.path = path
        self.line = line
        self.column = column
        self.key = key
        self.message = message
    }

    public var description: String {
        var place = path
        if let line { place += ":\(line)" }
        if let column { place += ":\(column)" }
        let subject = key.map { "'\($0)': " } ?? ""
        // A message spanning lines (a pattern with its caret) is folded so the error stays on one line.
        return "\(place): \(subject)\(message.split(separator: "\n").joined(separator: " | "))"
    }
}
