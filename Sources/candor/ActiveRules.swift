import ArgumentParser
import CandorKit

/// The rules the configuration of the current folder turns on, or exit 2 with the load error.
enum ActiveRules {
    static func load(config: String?, noConfig: Bool) throws -> [Rule] {
        do {
            let loader = ConfigLoader(explicitFile: config, disabled: noConfig)
            return try RuleSet.rules(for: loader.load(loader.files(for: ".")))
        } catch {
            Output.error("candor: \(error)")
            throw ExitCode(2)
        }
    }
}
