import ArgumentParser
import CandorKit

struct Explain: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain", abstract: "Show a rule: description, message, link, patterns and examples.")

    @Argument(help: "Rule id, e.g. Candor.LinkOnly, or its short name, LinkOnly, when one active rule has it.") var rule: String
    @Option(help: "Configuration file instead of the .candor.yml search.") var config: String?
    @Flag(help: "Ignore every configuration file.") var noConfig = false

    func run() throws {
        let rules = try ActiveRules.load(config: config, noConfig: noConfig)
        switch RuleLookup.find(rule, in: rules) {
        case .found(let id):
            var output = Output()
            output.write(RuleListing.explanation(rules.first { $0.id == id }!))
        case .ambiguous(let ids):
            Output.error("candor: '\(rule)' is the name of several active rules: \(ids.joined(separator: ", ")); give the whole id")
            throw ExitCode(2)
        case .missing(let near):
            let hint = near.isEmpty ? "" : "; did you mean \(near.prefix(3).joined(separator: ", "))?"
            Output.error("candor: no active rule '\(rule)'\(hint) (see 'candor rules')")
            throw ExitCode(2)
        }
    }
}
