import CandorKit
import FuzzSupport

/// libFuzzer entry point: the input as a rule file. A rule that loads is run on `FuzzHarness.samplePost`, so
/// its compiled patterns are exercised too.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzRuleLoader(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let yaml = String(decoding: FuzzHarness.bytes(data, size), as: UTF8.self)
    guard let rule = try? RuleLoader.rule(yaml: yaml, pack: "Fuzz", file: "Rule.yml", source: "Fuzz/Rule.yml"),
          let linter = try? Linter(rules: [rule])
    else { return 0 }
    FuzzHarness.lint(FuzzHarness.samplePost, with: linter)
    return 0
}

LibFuzzer.run(fuzzRuleLoader)

