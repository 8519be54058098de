import ArgumentParser
import CandorKit

struct ConfigCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config", abstract: "Print the effective configuration and which file each value came from.")

    @Option(help: "Configuration file instead of the .candor.yml search.") var config: String?
    @Flag(help: "Ignore every configuration file.") var noConfig = false
    @Argument(help: "Show the configuration that applies to this file or folder.") var path: String = "."

    func run() throws {
        let loader = ConfigLoader(explicitFile: config, disabled: noConfig)
        let configuration: Configuration
        do {
            configuration = try loader.load(loader.files(forPath: path))
        } catch {
            Output.error("candor: \(error)")
            throw ExitCode(2)
        }
        var output = Output()
        output.write(ConfigurationListing.text(configuration))
    }
}
