/// Vale's `metric`: a formula over the post's variables (see `Metrics`), flagged when the condition holds.
/// The finding spans the whole post from its first prose, or what the formula counts (`MetricAnchor`); the
/// message's `%s` is the formula's value, `%[2]s` the platform's name and `%[3]s` its limit.
struct MetricCheck: Check {
    /// The formula and condition, compiled over `Metrics` slots.
    let program: MetricProgram

    /// Where a finding points, for a formula that counts something in the post (`MetricAnchor`).
    let anchor: MetricAnchor?

    init(formula: MetricExpression, condition: MetricCondition) {
        program = MetricProgram(formula: formula, condition: condition, slot: Metrics.slot(of:))
        anchor = MetricAnchor(formula: formula)
    }

    var patterns: [String] { [] }

    func run(_ context: PostContext, scope: Scope, emit: (CheckMatch) -> Void) throws(MatchError) {
        let (value, holds) = program.run(slots: context.metrics.values)
        guard holds else { return }
        let text = context.post.text
        // Trailing blank lines are no part of the finding, nor are comments before the first prose: a
        // finding about the post starts where the post does, and a `candor-disable` comment before it covers it.
        var end = text.count
        while end > 0, Metrics.isSpace(text[end - 1]) { end -= 1 }
        let start = min(context.post.proseStart, end)
        let range = anchor?.range(in: context, end: end) ?? start..<end
        // The formula's value, then the platform's name and limit: "329 characters; X stops at 280".
        emit(CheckMatch(range: range, arguments: [
            MetricCheck.format(value), context.platform.displayName, String(context.platform.limit),
        ]))
    }

    static func format(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        let hundredths = (value * 100).rounded() / 100
        return String(hundredths)
    }
}
