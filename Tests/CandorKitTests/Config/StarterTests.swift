import Testing
@testable import CandorKit

/// `candor init`'s starter configuration loads as written, and its `include` walks every format candor reads.
struct StarterTests {
    @Test func theStarterIncludeCoversEveryFormatAReaderTakes() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let file = try folder.write(".candor.yml", Starter.configuration(pack: nil))
        let configuration = try ConfigLoader(userFile: nil).load([file])
        let globs = configuration.include.map(Glob.init)
        #expect(!globs.isEmpty)
        for ext in ReaderRegistry.extensions.sorted() {
            for path in ["queue.\(ext)", "posts/2026/queue.\(ext)"] {
                #expect(globs.contains { $0.matches(path) }, "\(path) is left out of \(configuration.include)")
            }
        }
        // What no reader takes stays out, so include is a list of formats and not "everything".
        #expect(!globs.contains { $0.matches("notes/todo.rtf") })
    }
}
