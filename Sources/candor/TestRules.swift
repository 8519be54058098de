import ArgumentParser
import CandorKit

struct TestRules: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "test-rules",
        abstract: "Run every rule's examples; print each failure with its file and line; exit 1 on any failure.")

    @Argument(help: "Packs to test (built-in names, folders, or the names of the configuration's packs); default: the active packs.")
    var packs: [String] = []
    @Option(help: "Configuration file instead of the .candor.yml search.") var config: String?
    @Flag(help: "Ignore every configuration file.") var noConfig = false
    @Option(help: "Instead of the examples, show how many posts of this file or folder each rule flags.")
    var corpus: String?

    func run() throws {
        let rules: [Rule]
        if packs.isEmpty {
            rules = try ActiveRules.load(config: config, noConfig: noConfig)
        } else {
            do {
                let loader = ConfigLoader(explicitFile: config, disabled: noConfig)
                var configuration = Configuration()
                configuration.packs = try RuleSet.packs(named: packs, in: loader.load(loader.files(for: ".")))
                rules = try RuleSet.rules(for: configuration)
            } catch {
                Output.error("candor: \(error)")
                throw ExitCode(2)
            }
        }
        if let corpus {
            let linter: Linter
            do { linter = try Linter(rules: rules) } catch {
                Output.error("candor: \(error)")
                throw ExitCode(2)
            }
            let survey = CorpusSurvey.run(path: corpus, linter: linter)
            var output = Output()
            output.write(survey.text)
            survey.notices.forEach { Output.error("candor: \($0)") }
            survey.problems.forEach { Output.error("candor: \($0)") }
            if !survey.problems.isEmpty { throw ExitCode(2) }
            return
        }
        let failures = ExampleRunner.failures(of: rules)
        var output = Output()
        for failure in failures { output.write("\(failure)\n") }
        let examples = rules.reduce(0) { $0 + $1.examples.count }
        output.write("\(examples - failures.count) of \(Counted.text(examples, "example")) of \(Counted.text(rules.count, "rule")) pass.\n")
        if !failures.isEmpty { throw ExitCode(1) }
    }
}
