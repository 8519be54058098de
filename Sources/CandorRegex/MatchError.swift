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
