import ArgumentParser
import CandorKit

struct Rules: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules", abstract: "List the active rules: id, kind, level, source and description.")

    @Option(help: "Configuration file instead of the .candor.yml search.") var config: String?
    @Flag(help: "Ignore every configuration file.") var noConfig = false
    @Option(help: "Output format: text or json.") var format: ListFormat = .text

    enum ListFormat: String, CaseArgument { case text, json }

    func run() throws {
        let rules = try ActiveRules.load(config: config, noConfig: noConfig)
        var output = Output()
        switch format {
        case .json:
            output.write(RuleListing.json(rules) + "\n")
        case .text:
            for line in RuleListing.table(rules) { output.write(line + "\n") }
        }
    }
}

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
