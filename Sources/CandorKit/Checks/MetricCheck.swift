/// Vale's `metric`: a formula over the post's variables (see `Metrics`), flagged when the condition holds.
/// The finding spans the whole post; the message's `%s` is the formula's value.
struct MetricCheck: Check {
    /// The formula and condition, compiled over `Metrics` slots, then `BlockVariables`' ones.
    let program: MetricProgram
    /// Whether the formula reads Vale's block counts (`heading.h2`, `list`, ...).
    private let readsBlocks: Bool
    /// Vale writes a metric's value with two decimals ("1.00"); a rule of a Vale style does too.
    private let valeFormat: Bool

    init(formula: MetricExpression, condition: MetricCondition, valeFormat: Bool = false) {
        var readsBlocks = false
        program = MetricProgram(formula: formula, condition: condition) { name in
            if let slot = Metrics.slot(of: name) { return slot }
            readsBlocks = true
            return BlockVariables.slot(of: name)
        }
        self.readsBlocks = readsBlocks
        self.valeFormat = valeFormat
    }

    var patterns: [String] { [] }

    func run(_ context: PostContext, scope: Scope, emit: (CheckMatch) -> Void) throws(MatchError) {
        let slots = readsBlocks ? context.metrics.values + BlockVariables.values(of: context.post) : context.metrics.values
        let (value, holds) = program.run(slots: slots)
        guard holds else { return }
        let text = context.post.text
        // Trailing blank lines are no part of the finding.
        var end = text.count
        while end > 0, Metrics.isSpace(text[end - 1]) { end -= 1 }
        emit(CheckMatch(range: 0..<end, arguments: [valeFormat ? MetricCheck.twoDecimals(value) : MetricCheck.format(value)]))
    }

    /// `value` with two decimals, as Go's `%.2f` writes it.
    static func twoDecimals(_ value: Double) -> String {
        guard value.isFinite else { return String(value) }
        let hundredths = Int((abs(value) * 100).rounded())
        let fraction = hundredths % 100
        return (value < 0 && hundredths > 0 ? "-" : "") + "\(hundredths / 100)." + (fraction < 10 ? "0" : "") + "\(fraction)"
    }

    static func format(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        let hundredths = (value * 100).rounded() / 100
        return String(hundredths)
    }
}
