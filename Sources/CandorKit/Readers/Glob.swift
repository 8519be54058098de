/// A path pattern, as the config's `include` and `exclude` and the lines of `.gitignore` files are written:
/// `*` matches any characters but `/`, `?` one character but `/`, `**` as a whole segment any number of
/// segments (none included), `[abc]`, `[a-z]` and `[!a]` one character of a set, `{a,b}` either alternative
/// (they nest), and `\` makes the next character literal. Empty and `.` segments are ignored on both sides,
/// so `./posts//a.md` is `posts/a.md`.
public struct Glob: Sendable {
    /// The brace-expanded alternatives, each a list of segments.
    private let alternatives: [[Segment]]

    public init(_ pattern: String) {
        self.init(pattern, braces: true)
    }

    /// `braces: false` keeps `{` and `}` literal, as Git does.
    init(_ pattern: String, braces: Bool) {
        let scalars = Array(pattern.unicodeScalars)
        alternatives = (braces ? Self.expandBraces(scalars) : [scalars]).map(Self.segments)
    }

    public func matches(_ path: String) -> Bool {
        let names = Self.names(path)
        return alternatives.contains { Self.match($0[...], names[...]) }
    }

    /// Whether some path inside `directory` could match, so a walk can pass over folders that cannot.
    func mayMatch(inside directory: String) -> Bool {
        let names = Self.names(directory)
        return alternatives.contains { segments in
            for (index, segment) in segments.enumerated() {
                guard case .name(let tokens) = segment else { return true }
                if index == names.count { return true }
                if !Self.match(tokens[...], names[index][...]) { return false }
            }
            return false
        }
    }

    // MARK: - Compiling

    private enum Segment: Sendable {
        /// `**`: any number of path segments.
        case anyDepth
        case name([Token])
    }

    private enum Token: Sendable {
        case literal(Unicode.Scalar)
        /// `?`
        case any
        /// `*`
        case star
        case set(ranges: [ClosedRange<Unicode.Scalar>], negated: Bool)

        func matches(_ scalar: Unicode.Scalar) -> Bool {
            switch self {
            case .literal(let literal): literal == scalar
            case .any: true
            case .star: false
            case .set(let ranges, let negated): ranges.contains { $0.contains(scalar) } != negated
            }
        }
    }

    /// `a{b,c{d,e}}f` → `abf`, `acdf`, `acef`; a brace without a matching one or a comma is literal.
    private static func expandBraces(_ pattern: [Unicode.Scalar]) -> [[Unicode.Scalar]] {
        var open = 0
        while open < pattern.count {
            if pattern[open] == "\\" {
                open += 2
                continue
            }
            if pattern[open] == "{" {
                var depth = 0
                var bounds = [open]
                var index = open
                while index < pattern.count {
                    switch pattern[index] {
                    case "\\": index += 1
                    case "{": depth += 1
                    case "}": depth -= 1
                    case "," where depth == 1: bounds.append(index)
                    default: break
                    }
                    if depth == 0 { break }
                    index += 1
                }
                if index < pattern.count, bounds.count > 1 {
                    bounds.append(index)
                    let prefix = pattern[..<open], suffix = pattern[(index + 1)...]
                    return zip(bounds, bounds.dropFirst()).flatMap { start, end in
                        expandBraces(Array(prefix + pattern[(start + 1)..<end] + suffix))
                    }
                }
            }
            open += 1
        }
        return [pattern]
    }

    private static func segments(_ pattern: [Unicode.Scalar]) -> [Segment] {
        pattern.split(separator: "/").filter { $0 != ["."] }.map { part in
            part.elementsEqual("**".unicodeScalars) ? .anyDepth : .name(tokens(part))
        }
    }

    private static func tokens(_ part: ArraySlice<Unicode.Scalar>) -> [Token] {
        var tokens: [Token] = []
        var index = part.startIndex
        while index < part.endIndex {
            let scalar = part[index]
            index += 1
            switch scalar {
            case "\\" where index < part.endIndex:
                tokens.append(.literal(part[index]))
                index += 1
            case "*":
                if case .star = tokens.last { continue }
                tokens.append(.star)
            case "?":
                tokens.append(.any)
            case "[":
                if let (set, end) = characterSet(part, from: index) {
                    tokens.append(set)
                    index = end
                } else {
                    tokens.append(.literal("["))
                }
            default:
                tokens.append(.literal(scalar))
            }
        }
        return tokens
    }

    /// The set whose `[` came just before `start`, and the index past its `]`; nil when it is never closed.
    private static func characterSet(_ part: ArraySlice<Unicode.Scalar>, from start: Int) -> (Token, Int)? {
        var index = start
        let negated = index < part.endIndex && (part[index] == "!" || part[index] == "^")
        if negated { index += 1 }
        var ranges: [ClosedRange<Unicode.Scalar>] = []
        // A `]` right after `[` or `[!` is a member, not the end.
        var first = true
        while index < part.endIndex, part[index] != "]" || first {
            first = false
            var low = part[index]
            if low == "\\", index + 1 < part.endIndex {
                index += 1
                low = part[index]
            }
            if index + 2 < part.endIndex, part[index + 1] == "-", part[index + 2] != "]" {
                let high = part[index + 2]
                if low <= high { ranges.append(low...high) }
                index += 3
            } else {
                ranges.append(low...low)
                index += 1
            }
        }
        guard index < part.endIndex else { return nil }
        return (.set(ranges: ranges, negated: negated), index + 1)
    }

    // MARK: - Matching

    private static func names(_ path: String) -> [[Unicode.Scalar]] {
        path.split(separator: "/").filter { $0 != "." }.map { Array($0.unicodeScalars) }
    }

    /// Segments against path names: `**` spans any number of names. The classic wildcard walk, which
    /// backtracks only to the latest `**`, is exact here because every other segment takes exactly one name.
    private static func match(_ segments: ArraySlice<Segment>, _ names: ArraySlice<[Unicode.Scalar]>) -> Bool {
        var segment = segments.startIndex, name = names.startIndex
        var resume: (segment: Int, name: Int)?
        while name < names.endIndex {
            if segment < segments.endIndex, case .anyDepth = segments[segment] {
                resume = (segment, name)
                segment += 1
            } else if segment < segments.endIndex, case .name(let tokens) = segments[segment],
                      match(tokens[...], names[name][...]) {
                segment += 1
                name += 1
            } else if let last = resume {
                resume = (last.segment, last.name + 1)
                segment = last.segment + 1
                name = last.name + 1
            } else {
                return false
            }
        }
        return segments[segment...].allSatisfy { if case .anyDepth = $0 { true } else { false } }
    }

    /// Tokens against one name, the same walk one level down: `*` spans any number of characters.
    private static func match(_ tokens: ArraySlice<Token>, _ name: ArraySlice<Unicode.Scalar>) -> Bool {
        var token = tokens.startIndex, scalar = name.startIndex
        var resume: (token: Int, scalar: Int)?
        while scalar < name.endIndex {
            if token < tokens.endIndex, case .star = tokens[token] {
                resume = (token, scalar)
                token += 1
            } else if token < tokens.endIndex, tokens[token].matches(name[scalar]) {
                token += 1
                scalar += 1
            } else if let last = resume {
                resume = (last.token, last.scalar + 1)
                token = last.token + 1
                scalar = last.scalar + 1
            } else {
                return false
            }
        }
        return tokens[token...].allSatisfy { if case .star = $0 { true } else { false } }
    }
}
