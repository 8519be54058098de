import Yams

/// Reads `.yml` and `.yaml` queues: a list of post mappings, or a mapping whose `posts` key holds one. The
/// text field is chosen as for CSV; other keys become metadata as front matter's do (null values left out).
/// Any other document is `InputError.notAQueue`. Positions come from the marks of Yams' `compose`, traced to
/// each character of the text by `YAMLScalarLocator`.
public struct YAMLQueueReader: PostReader {
    public static let extensions = ["yml", "yaml"]

    public init() {}

    public func read(_ input: Input, options: ReadOptions, emit: (Post) -> Void) throws(InputError) {
        let file = SourceFile(path: input.path, bytes: try input.readAll())
        let document: Node?
        do {
            document = try YAMLDocument.compose(String(decoding: file.bytes, as: UTF8.self))
        } catch let error as YamlError {
            throw YAMLErrors.inputError(error, path: file.path)
        } catch {
            throw InputError(path: file.path, message: "invalid YAML: \(error)")
        }
        guard let items = document.flatMap(Self.postList), items.first?.mapping != nil || items.isEmpty else {
            throw .notAQueue(path: file.path)
        }
        let locator = YAMLScalarLocator(file)
        var index = 0
        for item in items {
            guard let mapping = item.mapping else {
                throw Self.error(at: item, file, locator, "expected a post (a mapping) in the list of posts")
            }
            if let post = try Self.post(from: mapping, file: file, locator: locator, index: index, options: options) {
                emit(post)
                index += 1
            }
        }
    }

    /// The list of posts: the document itself, or the list under its `posts` key.
    private static func postList(_ document: Node) -> [Node]? {
        if let list = document.sequence { return Array(list) }
        return document.mapping?["posts"]?.sequence.map(Array.init)
    }

    private static func post(
        from mapping: Node.Mapping, file: SourceFile, locator: YAMLScalarLocator, index: Int, options: ReadOptions
    ) throws(InputError) -> Post? {
        let pairs = Array(mapping)
        guard let textField = QueueFields.textField(in: pairs.map { $0.key.string ?? "" }, options: options) else {
            let message = "post has " + QueueFields.missingText("field", options)
            throw error(at: .mapping(mapping), file, locator, message)
        }
        let (key, value) = pairs[textField]
        guard case .scalar(let scalar) = value else {
            let message = "the text field '\(key.string ?? "")' must be text, not a list or a mapping"
            throw error(at: value, file, locator, message)
        }
        guard !isNull(value) else { return nil }
        var metadata: [String: String] = [:]
        var disabled: String?
        for (position, (key, value)) in pairs.enumerated() where position != textField && !isNull(value) {
            guard let name = key.string else { continue }
            if QueueFields.isSuppressionField(name) {
                disabled = FrontMatter.text(value)
            } else {
                metadata[name] = FrontMatter.text(value)
            }
        }
        return QueueFields.post(
            file: file, index: index, text: locator.text(of: scalar), metadata: metadata, disabled: disabled)
    }

    /// Whether a node is YAML's null: `~`, `null`, or no value at all, unquoted (YAML 1.2's core schema,
    /// checked here rather than through Yams' default resolver, which compiles a regular expression for
    /// each of its types on first use).
    private static func isNull(_ node: Node) -> Bool {
        guard case .scalar(let scalar) = node, scalar.style == .plain else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }

    private static func error(
        at node: Node, _ file: SourceFile, _ locator: YAMLScalarLocator, _ message: String
    ) -> InputError {
        guard let mark = node.mark else { return InputError(path: file.path, message: message) }
        return InputError(file, at: locator.offset(of: mark), message)
    }
}
