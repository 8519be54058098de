#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An arithmetic formula over a post's (or a feed's) variables, as Vale's `metric` rules write them:
/// numbers, variable names, `+ - * / %`, `^` for powers, parentheses, and the functions `sqrt`, `abs`, `log`,
/// `min`, `max`, `round`, `floor`, `ceil`. Parsed once at load; evaluation allocates nothing.
public indirect enum MetricExpression: Sendable, Equatable {
    case number(Double)
    case variable(String)
    case unary(Character, MetricExpression)
    case binary(Character, MetricExpression, MetricExpression)
    case call(String, [MetricExpression])

    public struct ParseError: Error, Equatable {
        public let message: String
        /// Character offset into the formula.
        public let offset: Int
    }

    /// The longest formula taken: far beyond any real rule's, and short enough that parsing, evaluating and
    /// freeing one (all recursive) stay well within a thread's stack however it nests.
    static let maximumLength = 500

    /// Parses `text`; every variable must satisfy `isVariable`.
    public static func parse(_ text: String, isVariable: @escaping (String) -> Bool) throws(ParseError) -> MetricExpression {
        let characters = Array(text)
        guard characters.count <= maximumLength else {
            throw ParseError(message: "formula longer than \(maximumLength) characters", offset: maximumLength)
        }
        var parser = Parser(characters: characters, isVariable: isVariable)
        let expression = try parser.expression()
        parser.skipSpaces()
        guard parser.index == parser.characters.count else {
            throw ParseError(message: "unexpected '\(parser.characters[parser.index])'", offset: parser.index)
        }
        return expression
    }

    /// The value of the formula, its variables read from `variables` (a post's are compiled instead: see
    /// `MetricProgram`).
    public func evaluate(_ variables: (String) -> Double) -> Double {
        switch self {
        case .number(let value): return value
        case .variable(let name): return variables(name)
        case .unary(_, let operand): return -operand.evaluate(variables)
        case .binary(let op, let lhs, let rhs):
            let left = lhs.evaluate(variables), right = rhs.evaluate(variables)
            switch op {
            case "+": return left + right
            case "-": return left - right
            case "*": return left * right
            // A ratio over nothing (no words, no posts) reads as 0, not infinity, so conditions stay meaningful.
            case "/": return right == 0 ? 0 : left / right
            case "%": return right == 0 ? 0 : left.truncatingRemainder(dividingBy: right)
            default: return pow(left, right)
            }
        case .call(let name, let arguments):
            let values = arguments.map { $0.evaluate(variables) }
            switch name {
            case "sqrt": return values[0] < 0 ? 0 : values[0].squareRoot()
            case "abs": return abs(values[0])
            case "log": return values[0] <= 0 ? 0 : log(values[0])
            case "round": return values[0].rounded()
            case "floor": return values[0].rounded(.down)
            case "ceil": return values[0].rounded(.up)
            case "min": return values.min() ?? 0
            default: return values.max() ?? 0
            }
        }
    }

    /// Every variable the formula reads by name.
    public var variables: Set<String> {
        switch self {
        case .number: []
        case .variable(let name): [name]
        case .unary(_, let operand): operand.variables
        case .binary(_, let lhs, let rhs): lhs.variables.union(rhs.variables)
        case .call(_, let arguments): arguments.reduce(into: Set()) { $0.formUnion($1.variables) }
        }
    }

    private static let functions: [String: ClosedRange<Int>] = [
        "sqrt": 1...1, "abs": 1...1, "log": 1...1, "round": 1...1, "floor": 1...1, "ceil": 1...1,
        "min": 1...16, "max": 1...16,
    ]

    private struct Parser {
        let characters: [Character]
        let isVariable: (String) -> Bool
        var index = 0

        /// The formula's text over `range`, a character at a time: `String.init` from a slice of characters
        /// takes a generic path at 12,000 instructions a name, half of what loading a metric rule cost.
        func text(_ range: Range<Int>) -> String {
            var text = ""
            for character in characters[range] { text.append(character) }
            return text
        }

        mutating func skipSpaces() {
            while index < characters.count, characters[index].isWhitespace { index += 1 }
        }

        mutating func peek() -> Character? {
            skipSpaces()
            return index < characters.count ? characters[index] : nil
        }

        // expression := term (('+' | '-') term)*
        mutating func expression() throws(ParseError) -> MetricExpression {
            var result = try term()
            while let op = peek(), op == "+" || op == "-" {
                index += 1
                result = .binary(op, result, try term())
            }
            return result
        }

        // term := power (('*' | '/' | '%') power)*
        mutating func term() throws(ParseError) -> MetricExpression {
            var result = try power()
            while let op = peek(), op == "*" || op == "/" || op == "%" {
                index += 1
                result = .binary(op, result, try power())
            }
            return result
        }

        // power := unary ('^' power)?
        mutating func power() throws(ParseError) -> MetricExpression {
            let base = try unary()
            if peek() == "^" {
                index += 1
                return .binary("^", base, try power())
            }
            return base
        }

        mutating func unary() throws(ParseError) -> MetricExpression {
            if peek() == "-" {
                index += 1
                return .unary("-", try unary())
            }
            if peek() == "+" { index += 1 }
            return try primary()
        }

        mutating func primary() throws(ParseError) -> MetricExpression {
            guard let next = peek() else { throw ParseError(message: "formula ends too soon", offset: index) }
            if next == "(" {
                index += 1
                let inner = try expression()
                guard peek() == ")" else { throw ParseError(message: "missing ')'", offset: index) }
                index += 1
                return inner
            }
            let start = index
            if next.isNumber || next == "." {
                while index < characters.count, characters[index].isNumber || characters[index] == "." { index += 1 }
                guard let value = Double(text(start..<index)) else {
                    throw ParseError(message: "bad number", offset: start)
                }
                return .number(value)
            }
            guard next.isLetter || next == "_" else { throw ParseError(message: "unexpected '\(next)'", offset: index) }
            // A dot joins the parts of Vale's names: `heading.h2`, `math.sqrt`.
            while index < characters.count, characters[index].isLetter || characters[index].isNumber || characters[index] == "_"
                || (characters[index] == "." && index + 1 < characters.count && characters[index + 1].isLetter) {
                index += 1
            }
            var name = text(start..<index)
            if peek() == "(" {
                // Vale's formulas call Go's math functions by their package: `math.sqrt`.
                if name.hasPrefix("math.") { name = String(name.dropFirst(5)) }
                guard let arity = MetricExpression.functions[name] else {
                    throw ParseError(message: "unknown function '\(name)'", offset: start)
                }
                index += 1
                var arguments: [MetricExpression] = []
                if peek() != ")" {
                    arguments.append(try expression())
                    while peek() == "," {
                        index += 1
                        arguments.append(try expression())
                    }
                }
                guard peek() == ")" else { throw ParseError(message: "missing ')'", offset: index) }
                index += 1
                guard arity.contains(arguments.count) else {
                    throw ParseError(message: "'\(name)' takes \(arity.lowerBound) argument(s)", offset: start)
                }
                return .call(name, arguments)
            }
            guard isVariable(name) else { throw ParseError(message: "unknown variable '\(name)'", offset: start) }
            return .variable(name)
        }
    }
}
