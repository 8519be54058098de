import CandorRegex

/// Vale's `metric`: a formula over the post's variables (see `Metrics`), flagged when the condition holds.
/// The finding spans the whole post from its first prose, or what the formula counts (`MetricAnchor`); the
/// message's `%s` is the formula's value, `%[2]s` the platform's name and `%[3]s` its limit.
struct MetricCheck: Check {
    /// The formula and condition, compiled over `Metrics` slots, then `BlockVariables`' ones.
    let program: MetricProgram
    /// Whether the formula reads Vale's block counts (`heading.h2`, `list`, ...).
    private let readsBlocks: Bool
    /// A rule of a Vale style: it reads Vale's counts of words and sentences (`ValeMetrics`), writes its value
    /// with two decimals ("1.00"), as Vale does, and reports from the document's first byte.
    private let valeFormat: Bool

    /// Where a finding points, for a formula that counts something in the post (`MetricAnchor`).
    let anchor: MetricAnchor?

    init(formula: MetricExpression, condition: MetricCondition, valeFormat: Bool = false) {
        var readsBlocks = false
        program = MetricProgram(formula: formula, condition: condition) { name in
            if let slot = Metrics.slot(of: name) { return slot }
            readsBlocks = true
            return BlockVariables.slot(of: name)
        }
        self.readsBlocks = readsBlocks
        self.valeFormat = valeFormat
        anchor = MetricAnchor(formula: formula)
    }

    var patterns: [String] { [] }

    func run(_ context: PostContext, scope: Scope, emit: (CheckMatch) -> Void) throws(MatchError) {
        // A Vale style's metric reads Vale's document counts (`ValeMetrics`); candor's own read `Metrics`.
        let metrics = valeFormat ? ValeMetrics.values(of: context) : context.metrics.values
        let slots = readsBlocks ? metrics + BlockVariables.values(of: context.post) : metrics
        let (value, holds) = program.run(slots: slots)
        guard holds else { return }
        let text = context.post.text
        // Trailing blank lines are no part of the finding, nor are comments before the first prose: a
        // finding about the post starts where the post does, and a `candor-disable` comment before it covers it.
        var end = text.count
        while end > 0, Metrics.isSpace(text[end - 1]) { end -= 1 }
        // A Vale style's metric is about the document, from its first byte, as Vale reports it.
        let start = valeFormat ? 0 : min(context.post.proseStart, end)
        let range = anchor?.range(in: context, end: end) ?? start..<end
        // The formula's value, then the platform's name and limit: "329 characters; X stops at 280".
        let shown = valeFormat ? MetricCheck.twoDecimals(value) : MetricCheck.format(value)
        emit(CheckMatch(range: range, arguments: [shown, context.platform.displayName, String(context.platform.limit)]))
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

extension MetricCheck: CheckType {
    static let name = "metric"
    static let keys: Set<String> = ["formula", "condition"]
    static var placesItsFindings: Bool { true }

    static func decode(_ keys: inout YAMLMapping, cache: ContentCache?, vale: Bool) throws(LoadError) -> Rule.Body {
        let (formula, condition) = try formulaAndCondition(
            &keys, of: name, isVariable: Metrics.isPostVariable, known: Metrics.names + BlockVariables.names)
        return .post(MetricCheck(formula: formula ?? .number(0), condition: condition, valeFormat: vale))
    }

    static func details(_ keys: inout YAMLMapping) throws(LoadError) -> [String] {
        var lines: [String] = []
        if let formula = try keys.string("formula") { lines.append("formula:   \(formula)") }
        if let condition = try keys.string("condition") { lines.append("condition: \(condition)") }
        return lines
    }

    /// The `formula` (optional) and `condition` of a `kind` rule (a metric, or a feed rule) over the variables
    /// `isVariable` takes; an error lists the `known` ones.
    static func formulaAndCondition(
        _ keys: inout YAMLMapping, of kind: String, isVariable: @escaping @Sendable (String) -> Bool, known: [String]
    ) throws(LoadError) -> (MetricExpression?, MetricCondition) {
        var formula: MetricExpression?
        if let text = try keys.string("formula") {
            do { formula = try MetricExpression.parse(text, isVariable: isVariable) } catch {
                throw keys.error("formula", "\(error.message) (variables: \(known.joined(separator: ", ")))")
            }
        }
        guard let conditionText = try keys.string("condition") else {
            throw LoadError(path: keys.path, line: 1, key: "condition", message: "a \(kind) rule needs a 'condition'")
        }
        let condition: MetricCondition
        do { condition = try MetricCondition.parse(conditionText, isVariable: isVariable) } catch {
            throw keys.error("condition", "\(error.message) (variables: \(known.joined(separator: ", ")))")
        }
        if condition.readsFormula && formula == nil {
            throw keys.error("condition", "compares the formula, but the rule has no 'formula'")
        }
        return (formula, condition)
    }
}
