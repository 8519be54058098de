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

/// A match PCRE2 gave up on: a pattern that backtracks without end on this input, or an internal error.
package enum MatchError: Error, Equatable, Sendable, CustomStringConvertible {
    /// PCRE2's match limit (backtracking steps) was hit.
    case matchLimit
    /// PCRE2's depth limit (nested backtracking) or heap limit was hit.
    case depthLimit
    /// The JIT stack ran out.
    case jitStackLimit
    /// The rule's budget of matching on this post ran out (`MatchScratch.beginBudget`): each match is cheap,
    /// but each rereads much of the post.
    case budget
    /// Any other negative PCRE2 return code.
    case other(code: Int32, message: String)

    package var description: String {
        switch self {
        case .matchLimit: "pattern hit PCRE2's match limit (it backtracks without end on this text)"
        case .depthLimit: "pattern hit PCRE2's depth limit (it backtracks without end on this text)"
        case .jitStackLimit: "pattern ran out of JIT stack (it backtracks without end on this text)"
        case .budget: "pattern ran out of its matching budget on this post (each match rereads the rest of the text)"
        case .other(let code, let message): "PCRE2 match error \(code): \(message)"
        }
    }
}
