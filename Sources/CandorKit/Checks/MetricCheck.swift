/// Vale's `metric`: a formula over the post's variables (see `Metrics`), flagged when the condition holds.
/// The finding spans the whole post; the message's `%s` is the formula's value.
struct MetricCheck: Check {
    let formula: MetricExpression
    let condition: MetricCondition

    /// The formula and condition with their variables resolved to `Metrics` slots.
    init(formula: MetricExpression, condition: MetricCondition) {
        self.formula = formula.resolving(Metrics.slot(of:))
        self.condition = condition.resolving(Metrics.slot(of:))
    }

    var patterns: [String] { [] }

    func run(_ context: PostContext, scope: Scope, emit: (CheckMatch) -> Void) throws(MatchError) {
        let metrics = context.metrics
        let value = formula.evaluate({ metrics[$0] }, slots: metrics.values)
        guard condition.holds(for: value, { metrics[$0] }, slots: metrics.values) else { return }
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
