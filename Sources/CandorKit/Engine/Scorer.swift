/// Scores a post: the base, less each rule that fired (its `weight`, or its level's weight; a rule counts once
/// however often it fires, so a long post is not punished for length), plus each positive signal present
/// (a mention that addresses someone, a reply, a question, "you", a person's "I", a casual voice), clamped
/// to 0...100.
/// The README documents it.
public struct Scorer: Sendable {
    public let options: ScoringOptions

    public init(options: ScoringOptions = ScoringOptions()) {
        self.options = options
    }

    /// The metrics the signals read, by position, found once: looked up by name, each was a string hashed for
    /// every post.
    private static let mentions = Metrics.slot(of: "mentions")!, attributions = Metrics.slot(of: "attributions")!
    private static let questions = Metrics.slot(of: "questions")!, secondPerson = Metrics.slot(of: "second_person")!
    private static let firstPersonSingular = Metrics.slot(of: "first_person_singular")!, informal = Metrics.slot(of: "informal")!

    func score(findings: [Finding], weights: [String: Double], metrics: Metrics, isReply: Bool) -> Score {
        var terms: [Score.Term] = [Score.Term(label: "base", points: options.base)]
        var seen: Set<String> = []
        for finding in findings where seen.insert(finding.rule).inserted {
            let weight = weights[finding.rule] ?? options.levelWeights[finding.level] ?? 0
            if weight != 0 { terms.append(Score.Term(label: finding.rule, points: -weight)) }
        }
        func signal(_ signal: ScoringOptions.Signal, _ present: Bool, _ label: String) {
            if present, let points = options.signals[signal], points != 0 {
                terms.append(Score.Term(label: label, points: points))
            }
        }
        signal(.reply, isReply, "replies to someone")
        let values = metrics.values
        signal(.mention, !isReply && values[Self.mentions] > values[Self.attributions], "mentions someone")
        signal(.question, values[Self.questions] > 0, "asks a question")
        signal(.secondPerson, values[Self.secondPerson] > 0, "says \"you\"")
        signal(.firstPersonSingular, values[Self.firstPersonSingular] > 0, "speaks as \"I\"")
        signal(.casual, values[Self.informal] > 0, "sounds casual (emoji, emoticons, laughter, lower case)")
        let total = terms.reduce(0) { $0 + $1.points }
        let value = Int(min(100, max(0, total)).rounded())
        let verdict: Verdict = value < options.broadcastBelow ? .broadcast : value >= options.authenticFrom ? .authentic : .mixed
        return Score(value: value, verdict: verdict, terms: terms)
    }
}
