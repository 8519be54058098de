import Yams

/// A YAML mapping read key by key, with typed getters that fail with the file, line and key, and a record of
/// which keys were read so that the rest can be reported as unknown.
struct YAMLMapping {
    let path: String
    private let pairs: [(key: String, keyNode: Node, value: Node)]
    private(set) var read: Set<String> = []

    init(_ node: Node, path: String, what: String = "the file") throws(LoadError) {
        self.path = path
        guard let mapping = node.mapping else {
            throw LoadError(path: path, line: node.mark?.line, column: node.mark?.column,
                            message: "\(what) must be a mapping of keys to values")
        }
        var pairs: [(String, Node, Node)] = []
        for (key, value) in mapping {
            guard let name = key.string else {
                throw LoadError(path: path, line: key.mark?.line, column: key.mark?.column, message: "keys must be text")
            }
            pairs.append((name, key, value))
        }
        self.pairs = pairs
    }

    /// Parses a whole YAML document into its top-level mapping; nil when it holds no document (only comments).
    static func loadIfPresent(yaml: String, path: String) throws(LoadError) -> YAMLMapping? {
        do {
            guard try YAMLDocument.compose(yaml) != nil else { return nil }
        } catch {}  // `load` reports the error with its position.
        return try load(yaml: yaml, path: path)
    }

    /// Parses a whole YAML document into its top-level mapping.
    static func load(yaml: String, path: String) throws(LoadError) -> YAMLMapping {
        let node: Node?
        do {
            node = try YAMLDocument.compose(yaml)
        } catch let error as YamlError {
            let input = YAMLErrors.inputError(error, path: path)
            throw LoadError(path: path, line: input.line, column: input.column, message: input.message)
        } catch {
            throw LoadError(path: path, message: "invalid YAML: \(error)")
        }
        guard let node else { throw LoadError(path: path, line: 1, message: "the file is empty") }
        return try YAMLMapping(node, path: path)
    }

    var keys: [String] { pairs.map(\.key) }

    func contains(_ key: String) -> Bool { pairs.contains { $0.key == key } }

    /// The value node of `key`, marking it read.
    mutating func node(_ key: String) -> Node? {
        guard let pair = pairs.first(where: { $0.key == key }) else { return nil }
        read.insert(key)
        return pair.value
    }

    func line(of key: String) -> Int? { pairs.first { $0.key == key }?.keyNode.mark?.line }

    func error(_ key: String, _ message: String) -> LoadError {
        let mark = pairs.first { $0.key == key }?.keyNode.mark
        return LoadError(path: path, line: mark?.line, column: mark?.column, key: key, message: message)
    }

    func error(at node: Node, key: String, _ message: String) -> LoadError {
        LoadError(path: path, line: node.mark?.line, column: node.mark?.column, key: key, message: message)
    }

    mutating func string(_ key: String) throws(LoadError) -> String? {
        guard let value = node(key) else { return nil }
        guard let scalar = value.scalar else { throw error(key, "expected text, found a \(value.kindName)") }
        return scalar.string
    }

    mutating func bool(_ key: String) throws(LoadError) -> Bool? {
        guard let value = node(key) else { return nil }
        guard let scalar = value.scalar, let bool = Bool.construct(from: scalar) else {
            throw error(key, "expected true or false")
        }
        return bool
    }

    mutating func int(_ key: String) throws(LoadError) -> Int? {
        guard let value = node(key) else { return nil }
        guard let scalar = value.scalar, let int = Int(scalar.string) else { throw error(key, "expected a whole number") }
        return int
    }

    mutating func double(_ key: String) throws(LoadError) -> Double? {
        guard let value = node(key) else { return nil }
        guard let scalar = value.scalar, let double = Double(scalar.string) else { throw error(key, "expected a number") }
        return double
    }

    /// A list of text, or a single text taken as a list of one.
    mutating func strings(_ key: String) throws(LoadError) -> [String]? {
        guard let value = node(key) else { return nil }
        if let scalar = value.scalar { return scalar.string.isEmpty ? [] : [scalar.string] }
        guard let sequence = value.sequence else { throw error(key, "expected a list") }
        var result: [String] = []
        for item in sequence {
            guard let scalar = item.scalar else { throw error(at: item, key: key, "expected text in the list") }
            result.append(scalar.string)
        }
        return result
    }

    /// A mapping of text to text, in file order (`swap`, `either`).
    mutating func pairs(_ key: String) throws(LoadError) -> [(String, String)]? {
        guard let value = node(key) else { return nil }
        guard let mapping = value.mapping else { throw error(key, "expected a mapping") }
        var result: [(String, String)] = []
        for (name, item) in mapping {
            guard let left = name.scalar?.string, let right = item.scalar?.string else {
                throw error(at: name, key: key, "expected 'text: text' entries")
            }
            result.append((left, right))
        }
        return result
    }

    mutating func mapping(_ key: String) throws(LoadError) -> YAMLMapping? {
        guard let value = node(key) else { return nil }
        guard value.mapping != nil else { throw error(key, "expected a mapping") }
        return try YAMLMapping(value, path: path, what: "'\(key)'")
    }

    /// Fails on the first key that was never read, naming it.
    func rejectUnknownKeys(allowed: Set<String> = [], hint: String) throws(LoadError) {
        for pair in pairs where !read.contains(pair.key) && !allowed.contains(pair.key) {
            throw LoadError(path: path, line: pair.keyNode.mark?.line, column: pair.keyNode.mark?.column,
                            key: pair.key, message: "unknown key \(hint)")
        }
    }
}

extension Node {
    var kindName: String {
        switch self {
        case .scalar: "text"
        case .mapping: "mapping"
        case .sequence: "list"
        case .alias: "alias"
        }
    }
}
