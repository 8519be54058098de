import ArgumentParser
import CandorKit

struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init", abstract: "Write a commented starter .candor.yml (and, with --pack, a house pack); never overwrites.")

    @Option(help: "Also write a house pack with one example rule of each common kind into styles/NAME.")
    var pack: String?

    func run() throws {
        var written: [String] = []
        do {
            var files = [(path: ConfigLoader.fileName, text: Starter.configuration(pack: pack))]
            if let pack {
                files += Starter.pack(pack).map { ("styles/\(pack)/\($0.file)", $0.yaml) }
            }
            // Check everything first, so a refusal leaves nothing half-written.
            for file in files where FileIO.exists(file.path, followingLinks: false) {
                Output.error("candor: \(file.path) already exists; init never overwrites (remove it first)")
                throw ExitCode(2)
            }
            for file in files {
                // Init never overwrites (checked above); a file made in between keeps its mode, owner and group.
                try FileIO.writeAtomically(Array(file.text.utf8), to: file.path, createFolders: true, keeping: true)
                written.append(file.path)
            }
        } catch let error as FileIO.WriteError {
            Output.error("candor: \(error)")
            throw ExitCode(2)
        }
        var output = Output()
        for path in written { output.write("wrote \(path)\n") }
    }
}
