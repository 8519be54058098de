/// One rule, loaded from one YAML file: what it checks, how it reports, and how to test it.
public struct Rule: Sendable {
    /// `Pack.FileStem`, e.g. `Candor.LinkOnly`.
    public let id: String
    public let pack: String
    /// The check type the `extends` key names: `existence`, `substitution`, ..., `metric`, `feed`.
    public let kind: Kind
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
    /// The languages the rule reads (candor's `lang` key: `en`, or a list); nil for a rule that reads any
    /// language (lengths, hashtags, counts). A post in another language is not checked by it.
    public var languages: Set<String>? = nil
    /// What `candor explain` shows of the rule's own keys beyond its patterns: a metric's formula and
    /// condition, a substitution's whole swap table, as written.
    public var details: [String] = []
    let body: Body
    /// A Vale style's rule, loaded through a Vale configuration: it reads the prose as Vale's rendered text
    /// reads (`PostContext.valeProse`).
    var isValeStyle = false

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

    /// A rule's check type (`CheckType`): its `extends` name, and what candor does with its matches.
    public struct Kind: Sendable, Equatable, CustomStringConvertible {
        let type: any CheckType.Type

        init(_ type: any CheckType.Type) { self.type = type }

        /// As the rule file writes it in `extends`, and as listings print it.
        public var name: String { type.name }
        public var description: String { type.name }
        /// `accept` lets its matches go, and the language server offers to accept one (`CheckType.matchesWords`).
        public var matchesWords: Bool { type.matchesWords }
        /// A finding stands where the check puts it (`CheckType.placesItsFindings`).
        public var placesItsFindings: Bool { type.placesItsFindings }
        /// `candor explain` lists its patterns (`CheckType.explainsPatterns`).
        public var explainsPatterns: Bool { type.explainsPatterns }

        public static func == (left: Kind, right: Kind) -> Bool { left.type == right.type }
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
    /// n-th argument (see `MessageTemplate`; the linter keeps one per rule rather than cutting it per call).
    public func message(for arguments: [String], firstArgumentQuoted: Bool = false) -> String {
        MessageTemplate(message).render(arguments, firstArgumentQuoted: firstArgumentQuoted)
    }
}
