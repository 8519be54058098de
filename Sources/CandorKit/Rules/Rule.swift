/// One rule, loaded from one YAML file: what it checks, how it reports, and how to test it.
public struct Rule: Sendable {
    /// `Pack.FileStem`, e.g. `Candor.LinkOnly`.
    public let id: String
    public let pack: String
    /// The `extends` key: `existence`, `substitution`, ..., `metric`, `feed`.
    public let kind: String
    public var level: Level
    /// The configuration file that set `level`, when one did (`rules: {Candor.Jargon: error}`).
    public var levelOrigin: String?
    /// The message template; `%s` takes the match (see each check for what it fills in).
    public let message: String
    public let description: String?
    public let link: String?
    public let scope: Scope
    /// Vale's `limit`: at most this many findings of the rule per post.
    public let limit: Int?
    public let action: Action?
    /// The rule's pull on the score; nil: the level's default (see `Scorer`).
    public let weight: Double?
    public let examples: [Example]
    /// Where the rule came from: a file path, or `Candor/LinkOnly.yml (built in)`.
    public let source: String
    let body: Body

    enum Body: Sendable {
        case post(any Check)
        case feed(formula: MetricExpression?, condition: MetricCondition)
    }

    /// The regular expressions the rule runs.
    public var patterns: [String] {
        if case .post(let check) = body { return check.patterns }
        return []
    }

    public var isFeedRule: Bool {
        if case .feed = body { return true }
        return false
    }

    /// Vale's `action`: what `--fix` may do (`replace` with its `params`, `remove`, ...).
    public struct Action: Sendable, Equatable {
        public let name: String
        public let params: [String]
    }

    /// One of the rule's `examples`: text that must (`flag`) or must not (`pass`) make the rule fire.
    public struct Example: Sendable, Equatable {
        public enum Expectation: String, Sendable { case flag, pass }
        public let expectation: Expectation
        /// As written, `⟦ ⟧` markers included.
        public let text: String
        /// Line of the example in the rule file.
        public let line: Int
    }

    /// The message with each `%s` replaced, in order, by the match's arguments, and each `%[n]s` by the
    /// n-th argument (Vale formats messages with Go's `fmt.Sprintf`, so Vale styles use both).
    public func message(for arguments: [String], firstArgumentQuoted: Bool = false) -> String {
        // Byte by byte: this runs once a finding, and a queue can have millions of findings.
        let template = Array(message.utf8)
        let percent = UInt8(ascii: "%"), quote = UInt8(ascii: "'")
        // A quoted first argument (a list of suggestions) drops the quotes around the first `'%s'`.
        var unquoted: Range<Int>?
        if firstArgumentQuoted {
            unquoted = template.firstRange(of: Array("'%s'".utf8)) ?? template.firstRange(of: Array("'%[1]s'".utf8))
        }
        var result: [UInt8] = []
        result.reserveCapacity(template.count + arguments.reduce(0) { $0 + $1.utf8.count })
        var next = 0
        var index = 0
        while index < template.count {
            let byte = template[index]
            if byte == quote, let unquoted, index == unquoted.lowerBound || index == unquoted.upperBound - 1 {
                index += 1
                continue
            }
            guard byte == percent, index + 1 < template.count else {
                result.append(byte)
                index += 1
                continue
            }
            if template[index + 1] == UInt8(ascii: "s") {
                if next < arguments.count { result += arguments[next].utf8 }
                next += 1
                index += 2
            } else if template[index + 1] == UInt8(ascii: "["),
                      let close = template[(index + 2)...].firstIndex(of: UInt8(ascii: "]")),
                      close + 1 < template.count, template[close + 1] == UInt8(ascii: "s"),
                      let position = Int(String(decoding: template[(index + 2)..<close], as: UTF8.self)) {
                if position >= 1, position <= arguments.count { result += arguments[position - 1].utf8 }
                next = position
                index = close + 2
            } else {
                result.append(byte)
                index += 1
            }
        }
        return String(decoding: result, as: UTF8.self)
    }
}
