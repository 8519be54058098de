import CandorBytes
import CandorEntities

/// Which part of a post a rule reads (Rules/WRITING.md, "Scopes"). A rule's scope is a list: the parts named
/// without `~` are joined, then the parts named with `~` are cut out.
public struct Scope: Sendable, Hashable, CustomStringConvertible {
    public enum Part: Sendable, Hashable {
        /// The post without code, comments, link destinations and URLs (the default).
        case text
        /// The post as written.
        case raw
        case sentence
        case firstLine
        case entity(Entity.Kind)
        /// A Markdown block kind; `heading` with a level for `heading.h2`.
        case block(Post.Block.Kind, level: Int?)

        init?(name: String) {
            switch name {
            case "text", "summary": self = .text  // Vale's `summary` has no meaning in a post; it is the text.
            case "raw": self = .raw
            case "sentence": self = .sentence
            case "first_line": self = .firstLine
            case "mention": self = .entity(.mention)
            case "hashtag": self = .entity(.hashtag)
            case "cashtag": self = .entity(.cashtag)
            case "url", "link": self = .entity(.url)
            case "heading", "title": self = .block(.heading, level: nil)
            case "paragraph": self = .block(.paragraph, level: nil)
            case "list": self = .block(.list, level: nil)
            case "blockquote": self = .block(.blockquote, level: nil)
            case "code", "pre": self = .block(.code, level: nil)
            case "table": self = .block(.table, level: nil)
            default:
                // Vale's heading.h1 ... heading.h6
                if name.hasPrefix("heading.h"), let level = Int(name.dropFirst(9)), (1...6).contains(level) {
                    self = .block(.heading, level: level)
                } else {
                    return nil
                }
            }
        }
    }

    public let included: [Part]
    public let excluded: [Part]
    private let names: [String]
    /// `text` or `raw` alone with nothing left out, most rules' scope: the whole post, one range that needs
    /// no working out or caching.
    let isWholePost: Bool

    public static let text = Scope(included: [.text], excluded: [], names: ["text"])

    init(included: [Part], excluded: [Part], names: [String]) {
        self.included = included
        self.excluded = excluded
        self.names = names
        isWholePost = excluded.isEmpty && included.count == 1 && (included[0] == .text || included[0] == .raw)
    }

    /// Parses Vale's scope names; nil names the first one not understood. Vale's `a & ~b` (a and not b) is
    /// read as its parts: `heading & ~heading.h1` is headings but the first level's, `~blockquote & ~heading`
    /// the text but blockquotes and headings.
    public static func parse(_ names: [String]) -> Result<Scope, ScopeNameError> {
        var included: [Part] = [], excluded: [Part] = []
        let parts = names.flatMap { $0.split(separator: "&").map { String($0.trimmingSpaces()) } }
        for name in parts {
            let negated = name.hasPrefix("~")
            let bare = negated ? String(name.dropFirst()) : name
            guard let part = Part(name: bare) else { return .failure(ScopeNameError(name: name)) }
            if negated { excluded.append(part) } else { included.append(part) }
        }
        if included.isEmpty { included = [.text] }
        return .success(Scope(included: included, excluded: excluded, names: names))
    }

    /// Whether the scope reads the post as written rather than its prose.
    public var readsRaw: Bool { included.contains(.raw) || included.contains(.block(.code, level: nil)) }

    public var description: String { names.joined(separator: ", ") }

    public static func == (lhs: Scope, rhs: Scope) -> Bool { lhs.included == rhs.included && lhs.excluded == rhs.excluded }
    public func hash(into hasher: inout Hasher) {
        hasher.combine(included)
        hasher.combine(excluded)
    }

    public struct ScopeNameError: Error { public let name: String }
}
