import CandorBytes

/// When a `metric` or `feed` rule fires. Vale's form compares the rule's formula with a bound (`> 8`);
/// candor also takes whole comparisons joined by `&&` and `||` (`posts >= 5 && broadcast_share > 0.6`),
/// where `&&` binds tighter. A comparison with nothing on its left compares the formula.
public struct MetricCondition: Sendable, Equatable {
    public enum Operator: String, Sendable, CaseIterable {
        // Two-character operators first, so `>=` is not read as `>`.
        case greaterOrEqual = ">=", lessOrEqual = "<=", equal = "==", notEqual = "!=", greater = ">", less = "<"

        /// `left op right`.
        func compares(_ left: Double, _ right: Double) -> Bool {
            switch self {
            case .greaterOrEqual: left >= right
            case .lessOrEqual: left <= right
            case .equal: left == right
            case .notEqual: left != right
            case .greater: left > right
            case .less: left < right
            }
        }
    }

    struct Comparison: Sendable, Equatable {
        let lhs: MetricExpression?
        let op: Operator
        let rhs: MetricExpression
    }

    /// Any of these groups, each holding when all its comparisons hold.
    let clauses: [[Comparison]]

    /// Whether some comparison compares the formula (so the rule needs one).
    public var readsFormula: Bool { clauses.joined().contains { $0.lhs == nil } }

    public var variables: Set<String> {
        clauses.joined().reduce(into: Set()) { set, comparison in
            set.formUnion(comparison.rhs.variables)
            if let lhs = comparison.lhs { set.formUnion(lhs.variables) }
        }
    }

    public static func parse(_ text: String, isVariable: @escaping (String) -> Bool) throws(MetricExpression.ParseError) -> MetricCondition {
        var clauses: [[Comparison]] = []
        for clause in split(text, on: ["||", " or "]) {
            var comparisons: [Comparison] = []
            for part in split(clause, on: ["&&", " and "]) {
                comparisons.append(try comparison(part, isVariable: isVariable))
            }
            clauses.append(comparisons)
        }
        return MetricCondition(clauses: clauses)
    }

    public func holds(for value: Double, _ variables: (String) -> Double) -> Bool {
        clauses.contains { clause in
            clause.allSatisfy { comparison in
                let left = comparison.lhs?.evaluate(variables) ?? value
                let right = comparison.rhs.evaluate(variables)
                return comparison.op.compares(left, right)
            }
        }
    }

    private static func comparison(_ text: String, isVariable: @escaping (String) -> Bool) throws(MetricExpression.ParseError) -> Comparison {
        for op in Operator.allCases {
            guard let range = text.firstASCIIRange(of: op.rawValue) else { continue }
            let left = text[..<range.lowerBound].trimmingSpaces()
            let lhs = left.isEmpty ? nil : try MetricExpression.parse(String(left), isVariable: isVariable)
            let rhs = try MetricExpression.parse(String(text[range.upperBound...]), isVariable: isVariable)
            return Comparison(lhs: lhs, op: op, rhs: rhs)
        }
        throw .init(message: "'\(text.trimmingSpaces())' compares nothing: use >, >=, <, <=, == or !=", offset: 0)
    }

    private static func split(_ text: String, on separators: [String]) -> [String] {
        var parts = [text]
        for separator in separators {
            parts = parts.flatMap { $0.components(separatedBy: separator) }
        }
        return parts
    }
}

private extension StringProtocol {
    /// Where an ASCII `needle` (every operator and separator here is one) first occurs, found on the UTF-8
    /// bytes: `range(of:)` compares characters, and was most of the time it takes to load a metric rule.
    func firstASCIIRange(of needle: String) -> Range<Index>? {
        guard let found = ByteSearch.firstRange(of: Array(needle.utf8), in: Array(utf8)) else { return nil }
        let lower = utf8.index(startIndex, offsetBy: found.lowerBound)
        return lower..<utf8.index(lower, offsetBy: found.count)
    }
}

private extension String {
    func components(separatedBy separator: String) -> [String] {
        var parts: [String] = []
        var rest = self[...]
        while let range = rest.firstASCIIRange(of: separator) {
            parts.append(String(rest[..<range.lowerBound]))
            rest = rest[range.upperBound...]
        }
        parts.append(String(rest))
        return parts
    }
}
