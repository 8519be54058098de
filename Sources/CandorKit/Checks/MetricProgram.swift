#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A `metric` rule's formula and condition compiled once into flat postfix code over a post's `Metrics`
/// slots. Walking the `MetricExpression` tree a post at a time went through an enum of indirect cases and a
/// closure for names, retaining and releasing each node; this reads an array of instructions with a stack of
/// doubles, and computes exactly what `MetricExpression.evaluate` and `MetricCondition.holds` compute, in the
/// same order of operations.
struct MetricProgram: Sendable {
    enum Instruction: Sendable, Equatable {
        case number(Double)
        case slot(Int)
        case negate
        case add, subtract, multiply, divide, remainder, power
        case sqrt, abs, log, round, floor, ceil
        /// The least or greatest of the top `count` values.
        case min(count: Int), max(count: Int)
    }

    /// Postfix code for one expression and the stack depth it needs.
    struct Code: Sendable, Equatable {
        fileprivate(set) var instructions: [Instruction] = []
        fileprivate(set) var depth = 0
    }

    struct Comparison: Sendable, Equatable {
        /// nil compares the formula's value.
        let lhs: Code?
        let op: MetricCondition.Operator
        let rhs: Code
    }

    let formula: Code
    /// Any of these groups, each holding when all its comparisons hold (as in `MetricCondition`).
    let clauses: [[Comparison]]
    /// The deepest stack any of the expressions needs.
    private let depth: Int

    /// `slot` resolves a variable's name; a name it does not know reads 0, as `Metrics[name]` does.
    init(formula: MetricExpression, condition: MetricCondition, slot: (String) -> Int?) {
        self.formula = Self.compile(formula, slot: slot)
        clauses = condition.clauses.map { clause in
            clause.map { comparison in
                Comparison(
                    lhs: comparison.lhs.map { Self.compile($0, slot: slot) }, op: comparison.op,
                    rhs: Self.compile(comparison.rhs, slot: slot))
            }
        }
        depth = clauses.joined().reduce(self.formula.depth) { deepest, comparison in
            Swift.max(deepest, comparison.rhs.depth, comparison.lhs?.depth ?? 0)
        }
    }

    /// The formula's value, and whether the condition holds for it.
    func run(slots: [Double]) -> (value: Double, holds: Bool) {
        withUnsafeTemporaryAllocation(of: Double.self, capacity: Swift.max(depth, 1)) { stack in
            slots.withUnsafeBufferPointer { slots in
                let value = Self.evaluate(formula, slots: slots, stack: stack)
                let holds = clauses.contains { clause in
                    clause.allSatisfy { comparison in
                        let left = comparison.lhs.map { Self.evaluate($0, slots: slots, stack: stack) } ?? value
                        let right = Self.evaluate(comparison.rhs, slots: slots, stack: stack)
                        return comparison.op.compares(left, right)
                    }
                }
                return (value, holds)
            }
        }
    }

    private static func evaluate(
        _ code: Code, slots: UnsafeBufferPointer<Double>, stack: UnsafeMutableBufferPointer<Double>
    ) -> Double {
        // A lone number or variable, most conditions' right-hand side, needs no stack.
        if code.instructions.count == 1 {
            switch code.instructions[0] {
            case .number(let value): return value
            case .slot(let index): return slots[index]
            default: break
            }
        }
        var top = -1
        /// `Sequence.min()` and `max()` over the top `count` values: the first, replaced by each later one
        /// that beats it.
        func reduce(_ count: Int, by beats: (Double, Double) -> Bool) {
            let first = top - count + 1
            var result = stack[first]
            for index in first..<(top + 1) where beats(stack[index], result) { result = stack[index] }
            top = first
            stack[top] = result
        }
        for instruction in code.instructions {
            switch instruction {
            case .number(let value):
                top += 1
                stack[top] = value
            case .slot(let index):
                top += 1
                stack[top] = slots[index]
            case .negate: stack[top] = -stack[top]
            case .sqrt: stack[top] = stack[top] < 0 ? 0 : stack[top].squareRoot()
            case .abs: stack[top] = Swift.abs(stack[top])
            case .log: stack[top] = stack[top] <= 0 ? 0 : log(stack[top])
            case .round: stack[top] = stack[top].rounded()
            case .floor: stack[top] = stack[top].rounded(.down)
            case .ceil: stack[top] = stack[top].rounded(.up)
            case .min(let count): reduce(count, by: <)
            case .max(let count): reduce(count, by: >)
            case .add, .subtract, .multiply, .divide, .remainder, .power:
                let right = stack[top]
                top -= 1
                let left = stack[top]
                switch instruction {
                case .add: stack[top] = left + right
                case .subtract: stack[top] = left - right
                case .multiply: stack[top] = left * right
                case .divide: stack[top] = right == 0 ? 0 : left / right
                case .remainder: stack[top] = right == 0 ? 0 : left.truncatingRemainder(dividingBy: right)
                default: stack[top] = pow(left, right)
                }
            }
        }
        return stack[top]
    }

    static func compile(_ expression: MetricExpression, slot: (String) -> Int?) -> Code {
        var code = Code()
        var height = 0
        func emit(_ instruction: Instruction, popping popped: Int, pushing pushed: Int) {
            code.instructions.append(instruction)
            height += pushed - popped
            code.depth = Swift.max(code.depth, height)
        }
        func visit(_ expression: MetricExpression) {
            switch expression {
            case .number(let value): emit(.number(value), popping: 0, pushing: 1)
            case .variable(let name): emit(slot(name).map(Instruction.slot) ?? .number(0), popping: 0, pushing: 1)
            case .unary(_, let operand):
                visit(operand)
                emit(.negate, popping: 1, pushing: 1)
            case .binary(let op, let lhs, let rhs):
                visit(lhs)
                visit(rhs)
                let instruction: Instruction = switch op {
                case "+": .add
                case "-": .subtract
                case "*": .multiply
                case "/": .divide
                case "%": .remainder
                default: .power
                }
                emit(instruction, popping: 2, pushing: 1)
            case .call(let name, let arguments):
                arguments.forEach(visit)
                let instruction: Instruction = switch name {
                case "sqrt": .sqrt
                case "abs": .abs
                case "log": .log
                case "round": .round
                case "floor": .floor
                case "ceil": .ceil
                case "min": .min(count: arguments.count)
                default: .max(count: arguments.count)
                }
                emit(instruction, popping: arguments.count, pushing: 1)
            }
        }
        visit(expression)
        return code
    }
}
