import Yams

/// YAML front matter as post metadata: every top-level key, its value as text (a list joins with ", ").
enum FrontMatter {
    static func parse(_ bytes: ArraySlice<UInt8>, path: String, firstLine: Int) throws(InputError) -> [String: String] {
        let yaml = String(decoding: bytes, as: UTF8.self)
        let node: Node?
        do {
            node = try YAMLDocument.compose(yaml)
        } catch let error as YamlError {
            throw YAMLErrors.inputError(error, path: path, firstLine: firstLine)
        } catch {
            throw InputError(path: path, line: firstLine, message: "front matter: \(error)")
        }
        guard let node else { return [:] }
        guard let mapping = node.mapping else {
            throw InputError(path: path, line: firstLine, column: 1, message: "front matter must be a mapping of keys to values")
        }
        var metadata: [String: String] = [:]
        for (key, value) in mapping {
            guard let name = key.string else { continue }
            metadata[name] = Self.text(value)
        }
        return metadata
    }

    static func text(_ node: Node) -> String {
        switch node {
        case .scalar(let scalar): scalar.string
        case .sequence(let sequence): sequence.map(text).joined(separator: ", ")
        case .mapping(let mapping): mapping.map { "\(text($0.key)): \(text($0.value))" }.joined(separator: ", ")
        case .alias: ""
        }
    }
}
