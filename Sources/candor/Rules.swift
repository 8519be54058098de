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
