/// What linting one open document gave: each post's result, the findings placed at byte offsets of the
/// document, and what kept parts of it from being linted (a row that does not parse, a broken configuration).
struct DocumentReport {
    /// A finding, or a problem with no rule, at a byte range of the document.
    struct Placed {
        let finding: Finding
        let range: Range<Int>
    }

    /// Something that is not a finding in a post but the writer must see: a syntax error at its line, a
    /// configuration that does not load, a rule that could not run, a `feed` rule that fired on the document.
    struct Problem {
        let message: String
        let range: Range<Int>
        let level: Level
        /// The rule, for a feed finding or a rule's failure.
        var rule: String?
    }

    /// Where `accept` a word: the nearest `.candor.yml`, or a new one beside the document when none applies.
    enum AcceptTarget: Equatable {
        case existing(String)
        case create(String)

        var path: String {
            switch self {
            case .existing(let path), .create(let path): path
            }
        }
    }

    let version: Int
    var posts: [(result: PostResult, offset: Int)] = []
    var findings: [Placed] = []
    var problems: [Problem] = []
    /// The active rules by id, for hover.
    var rules: [String: Rule] = [:]
    var acceptTarget: AcceptTarget?
    /// Whether the document is Markdown or text, where a comment can switch a rule off for a line.
    var takesComments = false

    /// The findings whose range holds `offset` (a range that ends there too, so a cursor just after the word counts).
    func findings(at offset: Int) -> [Placed] {
        findings.filter { $0.range.lowerBound <= offset && offset <= $0.range.upperBound }
    }

    /// The findings whose range meets `range`.
    func findings(meeting range: Range<Int>) -> [Placed] {
        findings.filter { $0.range.lowerBound <= range.upperBound && range.lowerBound <= $0.range.upperBound }
    }
}
