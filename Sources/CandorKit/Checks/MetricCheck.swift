/// Vale's `metric`: a formula over the post's variables (see `Metrics`), flagged when the condition holds.
/// The finding spans the whole post; the message's `%s` is the formula's value.
struct MetricCheck: Check {
    /// The formula and condition, compiled over `Metrics` slots.
    let program: MetricProgram

    init(formula: MetricExpression, condition: MetricCondition) {
        program = MetricProgram(formula: formula, condition: condition, slot: Metrics.slot(of:))
    }

    var patterns: [String] { [] }

    func run(_ context: PostContext, scope: Scope, emit: (CheckMatch) -> Void) throws(MatchError) {
        let (value, holds) = program.run(slots: context.metrics.values)
        guard holds else { return }
        let text = context.post.text
        // Trailing blank lines are no part of the finding.
        var end = text.count
        while end > 0, Metrics.isSpace(text[end - 1]) { end -= 1 }
        emit(CheckMatch(range: 0..<end, arguments: [MetricCheck.format(value)]))
    }

    static func format(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        let hundredths = (value * 100).rounded() / 100
        return String(hundredths)
    }
}
