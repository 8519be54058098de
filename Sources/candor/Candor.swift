import ArgumentParser
import CandorKit

/// The root command only lists the subcommands; `lint` is the default, so `candor draft.md` works.
struct Candor: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "candor",
        abstract: "Lint outbound social posts for broadcast-only patterns, and score how much each sounds like a person.",
        // ArgumentParser keeps its completion option out of the generated help; it is said here.
        discussion: """
            Shell completions: candor --generate-completion-script bash|zsh|fish prints the script for a shell \
            (make install puts them where the shells look). The manual: man candor.
            """,
        version: CandorVersion.string,
        subcommands: [Lint.self, Score.self, Calibrate.self, Rules.self, Explain.self, TestRules.self, ConfigCommand.self, Init.self, Hook.self, LanguageServerCommand.self],
        defaultSubcommand: Lint.self
    )
}

extension Candor {
    /// What a mistyped word on the command line most likely meant, as a command to run: a subcommand's name
    /// (`candor explian` → `candor explain`), or one of the root's options people type as words
    /// (`candor completion bash` → `candor --generate-completion-script bash`). `words` is the command line
    /// after `candor`; only its first word is looked at, and only when it cannot be a file name.
    static func suggestion(for words: [String]) -> String? {
        guard let word = words.first, !word.contains("/"), !word.contains("."), !word.hasPrefix("-") else { return nil }
        let rest = words.dropFirst()
        var commands: [String: String] = [:]
        for subcommand in configuration.subcommands {
            guard let name = subcommand.configuration.commandName else { continue }
            commands[name] = (["candor", name] + rest).joined(separator: " ")
        }
        commands["completion"] = "candor --generate-completion-script " + (rest.first ?? "bash|zsh|fish")
        commands["version"] = "candor --version"
        return Spelling.nearMisses(of: word, among: commands.keys.sorted()).first.flatMap { commands[$0] }
    }
}
