import ArgumentParser
import CandorKit

struct Explain: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain", abstract: "Show a rule: description, message, link, patterns and examples.")

    @Argument(help: "Rule id, e.g. Candor.LinkOnly.") var rule: String
    @Option(help: "Configuration file instead of the .candor.yml search.") var config: String?
    @Flag(help: "Ignore every configuration file.") var noConfig = false

    func run() throws {
        let rules = try ActiveRules.load(config: config, noConfig: noConfig)
        guard let found = rules.first(where: { $0.id == rule }) ?? rules.first(where: { $0.id.lowercased() == rule.lowercased() }) else {
            Output.error("candor: no active rule '\(rule)' (see 'candor rules')")
            throw ExitCode(2)
        }
        var output = Output()
        output.write(RuleListing.explanation(found))
    }
}
