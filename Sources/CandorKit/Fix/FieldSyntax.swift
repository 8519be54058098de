/// How a post's text is written in its file, which decides how a replacement must be written there: escaped in
/// a JSON string, with doubled quotes in a quoted CSV cell, as YAML's scalar style allows.
enum FieldSyntax: Equatable {
    /// Markdown and plain text: as is.
    case verbatim
    case jsonString
    case csvCell(quoted: Bool, delimiter: UInt8)
    case yamlDoubleQuoted, yamlSingleQuoted, yamlPlain, yamlBlock

    /// The syntax of a post's text in a file of this extension, where the text's first byte stands at `start`.
    init(fileExtension: String, bytes: [UInt8], textStart start: Int) {
        let before = start > 0 ? bytes[start - 1] : nil
        switch fileExtension {
        case "json", "jsonl", "ndjson":
            self = .jsonString
        case "csv", "tsv":
            self = .csvCell(quoted: before == UInt8(ascii: "\""),
                            delimiter: fileExtension == "tsv" ? UInt8(ascii: "\t") : UInt8(ascii: ","))
        case "yml", "yaml":
            if before == UInt8(ascii: "\"") {
                self = .yamlDoubleQuoted
            } else if before == UInt8(ascii: "'") {
                self = .yamlSingleQuoted
            } else {
                // A block scalar's text starts its own (indented) line; a plain one follows its key.
                var index = start
                while index > 0, bytes[index - 1] == 0x20 || bytes[index - 1] == 0x09 { index -= 1 }
                self = index == 0 || bytes[index - 1] == 0x0A ? .yamlBlock : .yamlPlain
            }
        default:
            self = .verbatim
        }
    }

    /// `replacement` as it must be written in this syntax, or nil when a plain substitution cannot hold it
    /// (a line break in a YAML scalar, a delimiter in an unquoted cell, ...).
    func encode(_ replacement: String) -> String? {
        let hasLineBreak = replacement.contains { $0 == "\n" || $0 == "\r" || $0 == "\r\n" }
        switch self {
        case .verbatim:
            return replacement
        case .jsonString:
            return String(JSON.quoted(replacement).dropFirst().dropLast())
        case .csvCell(let quoted, let delimiter):
            if quoted { return replacement.replacingAll("\"", with: "\"\"") }
            let special = [delimiter, UInt8(ascii: "\""), 0x0A, 0x0D]
            return replacement.utf8.contains(where: special.contains) ? nil : replacement
        case .yamlDoubleQuoted:
            return String(JSON.quoted(replacement).dropFirst().dropLast())
        case .yamlSingleQuoted:
            return hasLineBreak ? nil : replacement.replacingAll("'", with: "''")
        case .yamlBlock:
            return hasLineBreak ? nil : replacement
        case .yamlPlain:
            // `: ` and ` #` would end the scalar; an indicator could start another kind of node.
            let indicators = "-?:,[]{}#&*!|>'\"%@`"
            let unsafe = hasLineBreak || replacement.contains(":") || replacement.contains("#")
                || replacement.first.map(indicators.contains) == true
            return unsafe ? nil : replacement
        }
    }
}
