import ArgumentParser
import CandorKit

/// The entry point: runs the command line, and turns every error into a message and an exit status.
@main
enum Main {
    /// Parses and runs, with the exit statuses the README gives: usage errors are 2 (argument-parser's default is 64),
    /// and no error ever ends in a stack trace.
    static func main() {
        EmbeddedPacks.preload()
        do {
            var command = try Candor.parseAsRoot()
            try command.run()
        } catch let exit as ExitCode {
            Output.flush()
            terminate(exit.rawValue)
        } catch {
            Output.flush()
            let code = Candor.exitCode(for: error)
            if code == .success {
                print(Candor.fullMessage(for: error))
                terminate(0)
            }
            // argument-parser's message may take several lines; each is a diagnostic of its own.
            let lines = Candor.message(for: error).split(separator: "\n", omittingEmptySubsequences: false)
            for (index, line) in lines.enumerated() { Output.error(index == 0 ? "candor: \(line)" : String(line)) }
            if error is ValidationError || "\(type(of: error))".contains("CommandError") {
                Output.error("Run 'candor --help' for usage.")
            }
            terminate(2)
        }
        Output.flush()
    }
}
