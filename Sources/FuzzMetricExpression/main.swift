import CandorKit
import FuzzSupport

/// libFuzzer entry point: the input as a metric formula and as a condition, each evaluated when it parses.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzMetricExpression(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let text = String(decoding: FuzzHarness.bytes(data, size), as: UTF8.self)
    // Five-letter variables (words, links, emoji, limit) read 0, so that divisions by zero are reached too.
    let value: (String) -> Double = { $0.utf8.count == 5 ? 0 : Double($0.utf8.count) }
    if let formula = try? MetricExpression.parse(text, isVariable: Metrics.isKnown) {
        _ = formula.evaluate(value)
        _ = formula.variables
    }
    if let condition = try? MetricCondition.parse(text, isVariable: Metrics.isKnown) {
        _ = condition.holds(for: 1, value)
        _ = condition.variables
    }
    return 0
}

LibFuzzer.run(fuzzMetricExpression)
