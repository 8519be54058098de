import ArgumentParser
import CandorKit

struct LanguageServerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lsp", abstract: "Run the language server (LSP 3.17) over stdin and stdout, for editors.",
        discussion: "Each open draft or queue is linted as 'candor lint' lints its file, with the configuration found for its path. README, \"Editors\", shows the setup for Neovim, VS Code and Helix.")

    @Flag(help: "Talk over stdin and stdout (the only transport; accepted because editors pass it).")
    var stdio = false

    func run() throws {
        Output.flush()
        throw ExitCode(StdioTransport.run(version: CandorVersion.string))
    }
}
