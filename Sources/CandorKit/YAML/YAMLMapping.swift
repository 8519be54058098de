/// A YAML mapping read key by key, with typed getters that fail with the file, line and key, and a record of
/// which keys were read so that the rest can be reported as unknown.
struct YAMLMapping {
    let path: String
    private let pairs: [(key: String, keyNode: YAMLValue, value: YAMLValue)]
    private(set) var read: Set<String> = []

    init(_ node: YAMLValue, path: String, what: String = "the file") throws(LoadError) {
        self.path = path
        guard let mapping = node.pairs else {
            throw LoadError(path: path, line: node.line, column: node.column,
                            message: "\(what) must be a mapping of keys to values")
        }
        var pairs: [(String, YAMLValue, YAMLValue)] = []
        pairs.reserveCapacity(mapping.count)
        for pair in mapping {
            guard let name = pair.key.text else {
                throw LoadError(path: path, line: pair.key.line, column: pair.key.column, message: "keys must be text")
            }
            pairs.append((name, pair.key, pair.value))
        }
        self.pairs = pairs
    }

    /// Parses a whole YAML document into its top-level mapping; nil when it holds no document (only comments).
    static func loadIfPresent(yaml: String, path: String) throws(LoadError) -> YAMLMapping? {
        guard let node = try YAMLValue.compose(yaml, path: path) else { return nil }
        return try YAMLMapping(node, path: path)
    }

    /// A whole YAML document, which must hold one.
    static func document(yaml: String, path: String) throws(LoadError) -> YAMLValue {
        guard let node = try YAMLValue.compose(yaml, path: path) else {
            throw LoadError(path: path, line: 1, message: "the file is empty")
        }
        return node
    }

    var keys: [String] { pairs.map(\.key) }

    func contains(_ key: String) -> Bool { pairs.contains { $0.key == key } }

    /// The value node of `key`, marking it read.
    mutating func node(_ key: String) -> YAMLValue? {
        guard let pair = pairs.first(where: { $0.key == key }) else { return nil }
        read.insert(key)
        return pair.value
    }

    func line(of key: String) -> Int? { pairs.first { $0.key == key }?.keyNode.line }

    func error(_ key: String, _ message: String) -> LoadError {
        let keyNode = pairs.first { $0.key == key }?.keyNode
        return LoadError(path: path, line: keyNode?.line, column: keyNode?.column, key: key, message: message)
    }

    func error(at node: YAMLValue, key: String, _ message: String) -> LoadError {
        LoadError(path: path, line: node.line, column: node.column, key: key, message: message)
    }

    mutating func string(_ key: String) throws(LoadError) -> String? {
        guard let value = node(key) else { return nil }
        guard let text = value.text else { throw error(key, "expected text, found a \(value.kindName)") }
        return text
    }

    mutating func bool(_ key: String) throws(LoadError) -> Bool? {
        guard let value = node(key) else { return nil }
        guard let text = value.text, let bool = YAMLMapping.bool(text) else {
            throw error(key, "expected true or false")
        }
        return bool
    }

    mutating func int(_ key: String) throws(LoadError) -> Int? {
        guard let value = node(key) else { return nil }
        guard let text = value.text, let int = Int(text) else { throw error(key, "expected a whole number") }
        return int
    }

    mutating func double(_ key: String) throws(LoadError) -> Double? {
        guard let value = node(key) else { return nil }
        guard let text = value.text, let double = Double(text) else { throw error(key, "expected a number") }
        return double
    }

    /// YAML 1.1's words for true and false, in any case, as Yams reads them.
    static func bool(_ text: String) -> Bool? {
        switch text.lowercased() {
        case "true", "yes", "on": true
        case "false", "no", "off": false
        default: nil
        }
    }

    /// A list of text, or a single text taken as a list of one.
    mutating func strings(_ key: String) throws(LoadError) -> [String]? {
        guard let value = node(key) else { return nil }
        if let text = value.text { return text.isEmpty ? [] : [text] }
        guard let list = value.list else { throw error(key, "expected a list") }
        var result: [String] = []
        result.reserveCapacity(list.count)
        for item in list {
            guard let text = item.text else { throw error(at: item, key: key, "expected text in the list") }
            result.append(text)
        }
        return result
    }

    /// A mapping of text to text, in file order (`swap`, `either`).
    mutating func pairs(_ key: String) throws(LoadError) -> [(String, String)]? {
        guard let value = node(key) else { return nil }
        guard let mapping = value.pairs else { throw error(key, "expected a mapping") }
        var result: [(String, String)] = []
        for pair in mapping {
            guard let left = pair.key.text, let right = pair.value.text else {
                throw error(at: pair.key, key: key, "expected 'text: text' entries")
            }
            result.append((left, right))
        }
        return result
    }

    mutating func mapping(_ key: String) throws(LoadError) -> YAMLMapping? {
        guard let value = node(key) else { return nil }
        guard value.pairs != nil else { throw error(key, "expected a mapping") }
        return try YAMLMapping(value, path: path, what: "'\(key)'")
    }

    /// Fails on the first key that was never read, naming it.
    func rejectUnknownKeys(allowed: Set<String> = [], hint: String) throws(LoadError) {
        for pair in pairs where !read.contains(pair.key) && !allowed.contains(pair.key) {
            throw LoadError(path: path, line: pair.keyNode.line, column: pair.keyNode.column,
                            key: pair.key, message: "unknown key \(hint)")
        }
    }
}
