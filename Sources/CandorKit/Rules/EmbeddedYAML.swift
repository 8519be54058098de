/// A composed YAML document written out as Swift source, so that the binary carries its built-in packs
/// without parsing YAML when it starts (`EmbeddedRulesSource` writes them, `EmbeddedPacks` reads them) and a
/// rule change reviews as a rule change.
///
/// A document is a flat list of steps in document order, one value a step (a mapping's key, then its value),
/// each list and mapping closed by `.end`. A step carries where its value starts: the line as a count of
/// lines below the previous step's line (so that a line added to a rule file adds a step and moves no other),
/// then the column, as Yams marks them. Flat and of one type, a file's steps are one array literal that the
/// type checker takes in time linear in its length, however long the rule's word lists.
enum EmbeddedYAML {
    enum Step: Sendable, Equatable {
        /// Lines below the previous step, column, text.
        case text(Int, Int, String)
        /// A list starts; its items follow, then `.end`.
        case list(Int, Int)
        /// A mapping starts; its keys and values follow in turn, then `.end`.
        case mapping(Int, Int)
        case alias(Int, Int)
        case end
    }

    /// The steps that write `document` out.
    static func steps(of document: YAMLValue) -> [Step] {
        var steps: [Step] = []
        var line = 0
        func add(_ value: YAMLValue) {
            let position = value.position
            let down = position.line - line
            line = position.line
            switch value {
            case .text(let text, _):
                steps.append(.text(down, position.column, text))
            case .alias:
                steps.append(.alias(down, position.column))
            case .list(let items, _):
                steps.append(.list(down, position.column))
                items.forEach(add)
                steps.append(.end)
            case .mapping(let pairs, _):
                steps.append(.mapping(down, position.column))
                for pair in pairs {
                    add(pair.key)
                    add(pair.value)
                }
                steps.append(.end)
            }
        }
        add(document)
        return steps
    }

    /// The document `steps` write out, or nil when they are not exactly one document (an `.end` with nothing
    /// open or after a key, a list or mapping never closed, a step after the end).
    static func document(_ steps: [Step]) -> YAMLValue? {
        // The lists and mappings being read, innermost last, with their items so far (a mapping's keys and
        // values in turn). Kept by hand rather than by recursion: nesting costs no stack.
        var open: [(isMapping: Bool, position: YAMLValue.Position, items: [YAMLValue])] = []
        var line = 0
        var document: YAMLValue?
        for step in steps {
            guard document == nil else { return nil }
            let value: YAMLValue
            switch step {
            case .text(let down, let column, let text):
                line += down
                value = .text(text, at: YAMLValue.Position(line: line, column: column))
            case .alias(let down, let column):
                line += down
                value = .alias(at: YAMLValue.Position(line: line, column: column))
            case .list(let down, let column), .mapping(let down, let column):
                line += down
                let isMapping = if case .mapping = step { true } else { false }
                open.append((isMapping, YAMLValue.Position(line: line, column: column), []))
                continue
            case .end:
                guard let closed = open.popLast() else { return nil }
                if closed.isMapping {
                    guard closed.items.count.isMultiple(of: 2) else { return nil }
                    let pairs = stride(from: 0, to: closed.items.count, by: 2).map {
                        YAMLValue.Pair(key: closed.items[$0], value: closed.items[$0 + 1])
                    }
                    value = .mapping(pairs, at: closed.position)
                } else {
                    value = .list(closed.items, at: closed.position)
                }
            }
            if open.isEmpty {
                document = value
            } else {
                open[open.count - 1].items.append(value)
            }
        }
        return open.isEmpty ? document : nil
    }

    /// The Swift source of `document`'s steps, a line each, indented by how deep each value sits (one
    /// `indent` a level), each line ending in a comma: the elements of a `[EmbeddedYAML.Step]` literal.
    static func swiftLines(of document: YAMLValue, indent: String = "    ") -> [String] {
        var depth = 0
        return steps(of: document).map { step in
            switch step {
            case .text(let down, let column, let text):
                return String(repeating: indent, count: depth) + ".text(\(down), \(column), \(swiftLiteral(text))),"
            case .alias(let down, let column):
                return String(repeating: indent, count: depth) + ".alias(\(down), \(column)),"
            case .list(let down, let column), .mapping(let down, let column):
                depth += 1
                let kind = if case .list = step { "list" } else { "mapping" }
                return String(repeating: indent, count: depth - 1) + ".\(kind)(\(down), \(column)),"
            case .end:
                depth -= 1
                return String(repeating: indent, count: depth) + ".end,"
            }
        }
    }

    /// `text` as a Swift string literal that reads as the rule file does: printable characters as they are,
    /// and where the text holds a backslash or a quote, a raw literal (`#"..."#`, with as many `#` as it
    /// takes), so that a regular expression is not doubled up. A line break, a tab, and any character a
    /// reader cannot see or that would change the source around it (controls, format characters such as a
    /// zero-width space, separators other than the space, private and unassigned code points, a combining
    /// mark with nothing printed to combine with) is an escape (`\u{200B}`).
    static func swiftLiteral(_ text: String) -> String {
        // Searched as bytes, as the lexer reads them: as characters, `\` or `"#` followed by a combining mark
        // would not be found.
        let bytes = Array(text.utf8)
        func holds(_ part: String) -> Bool { bytes.firstRange(of: Array(part.utf8)) != nil }
        var hashes = ""
        if holds("\\") || holds("\"") {
            hashes = "#"
            while holds("\"" + hashes) || holds("\\" + hashes) { hashes += "#" }
        }
        let escape = "\\" + hashes
        var body = ""
        var previousEscaped = true
        for scalar in text.unicodeScalars {
            let escaped: String?
            switch scalar {
            case "\n": escaped = escape + "n"
            case "\r": escaped = escape + "r"
            case "\t": escaped = escape + "t"
            default: escaped = isInvisible(scalar, afterEscape: previousEscaped) ? escape + "u{\(String(scalar.value, radix: 16, uppercase: true))}" : nil
            }
            body += escaped ?? String(scalar)
            previousEscaped = escaped != nil
        }
        return hashes + "\"" + body + "\"" + hashes
    }

    private static func isInvisible(_ scalar: Unicode.Scalar, afterEscape: Bool) -> Bool {
        switch scalar.properties.generalCategory {
        case .control, .format, .lineSeparator, .paragraphSeparator, .privateUse, .surrogate, .unassigned:
            true
        case .spaceSeparator:
            scalar != " "
        case .nonspacingMark, .spacingMark, .enclosingMark:
            afterEscape
        default:
            false
        }
    }
}
