import Yams

/// A composed YAML document as rule and configuration loading read it: text, lists and mappings in file
/// order, each with the line and column where it starts. Yams parses; this is what its tree is turned into,
/// so that a rule file can also come back from `RuleCache` without being parsed again.
enum YAMLValue: Sendable, Equatable {
    /// Where a value starts, 1-based, as Yams marks it; 0 when Yams gave no mark.
    struct Position: Sendable, Equatable {
        var line: Int
        var column: Int
    }

    struct Pair: Sendable, Equatable {
        let key: YAMLValue
        let value: YAMLValue
    }

    case text(String, at: Position)
    case list([YAMLValue], at: Position)
    case mapping([Pair], at: Position)
    /// An alias Yams left unresolved (it resolves them all when composing; kept so none is misread).
    case alias(at: Position)

    init(_ node: Node) {
        let position = Position(line: node.mark?.line ?? 0, column: node.mark?.column ?? 0)
        switch node {
        case .scalar(let scalar): self = .text(scalar.string, at: position)
        case .sequence(let sequence): self = .list(sequence.map(YAMLValue.init), at: position)
        case .mapping(let mapping): self = .mapping(mapping.map { Pair(key: YAMLValue($0.key), value: YAMLValue($0.value)) }, at: position)
        case .alias: self = .alias(at: position)
        }
    }

    /// Composes a document (`YAMLDocument.compose`: aliases bounded); nil when it holds none (only
    /// comments). A parse error is a `LoadError` at its position in `path`.
    static func compose(_ yaml: String, path: String) throws(LoadError) -> YAMLValue? {
        do {
            return try YAMLDocument.compose(yaml).map(YAMLValue.init)
        } catch let error as YamlError {
            let input = YAMLErrors.inputError(error, path: path)
            throw LoadError(path: path, line: input.line, column: input.column, message: input.message)
        } catch {
            throw LoadError(path: path, message: "invalid YAML: \(error)")
        }
    }

    var position: Position {
        switch self {
        case .text(_, let position), .list(_, let position), .mapping(_, let position), .alias(let position): position
        }
    }

    /// The line, or nil when Yams gave no mark.
    var line: Int? { position.line > 0 ? position.line : nil }
    var column: Int? { position.line > 0 ? position.column : nil }

    var text: String? {
        if case .text(let text, _) = self { return text }
        return nil
    }

    var list: [YAMLValue]? {
        if case .list(let items, _) = self { return items }
        return nil
    }

    var pairs: [Pair]? {
        if case .mapping(let pairs, _) = self { return pairs }
        return nil
    }

    /// What a reader calls this kind of value, in an error.
    var kindName: String {
        switch self {
        case .text: "text"
        case .list: "list"
        case .mapping: "mapping"
        case .alias: "alias"
        }
    }
}
