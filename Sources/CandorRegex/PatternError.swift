/// A pattern PCRE2 would not compile, with the place it stopped.
package struct PatternError: Error, Equatable, Sendable, CustomStringConvertible {
    package let pattern: String
    /// PCRE2's own wording, e.g. "missing closing parenthesis".
    package let reason: String
    /// Byte offset into `pattern` where PCRE2 gave up.
    package let offset: Int

    /// One line: the reason, then the pattern with a caret under the offending character.
    package var description: String {
        "\(reason) at offset \(offset): \(pattern)"
    }

    /// The pattern and a caret line, for output that can take two lines (`candor explain`, test-rules).
    package var caretDiagram: String {
        let prefix = pattern.utf8.prefix(offset)
        let column = String(decoding: prefix, as: UTF8.self).count
        return pattern + "\n" + String(repeating: " ", count: column) + "^"
    }
}
