import Testing
@testable import CandorKit

/// Which sources a command line names: paths as given, stdin when there is no path and stdin is piped, and
/// the current folder when there is no path and stdin is a terminal or empty (never "nothing").
struct SourceChoiceTests {
    @Test func anEmptyStdinWithNoPathLintsTheCurrentFolder() {
        var options = LintOptions()
        var reads = 0
        let choice = options.chooseSources(paths: [], inputIsTerminal: false) { reads += 1; return [] }
        #expect(choice == .currentFolder(standardInputWasEmpty: true))
        #expect(options.paths == ["."])
        #expect(!options.readStandardInput)
        #expect(reads == 1)
    }

    @Test func aPipedStdinWithNoPathIsTheSource() {
        var options = LintOptions()
        let choice = options.chooseSources(paths: [], inputIsTerminal: false) { Array("Hello.\n".utf8) }
        #expect(choice == .standardInput)
        #expect(options.paths.isEmpty)
        #expect(options.readStandardInput)
        #expect(options.standardInput == Array("Hello.\n".utf8))
    }

    @Test func aTerminalIsNeverReadAndPathsAreTakenAsGiven() {
        var options = LintOptions()
        #expect(options.chooseSources(paths: [], inputIsTerminal: true) { Issue.record("read a terminal"); return [] }
            == .currentFolder(standardInputWasEmpty: false))
        #expect(options.paths == ["."])
        var named = LintOptions()
        #expect(named.chooseSources(paths: ["b.md", "-"], inputIsTerminal: false) { Issue.record("read early"); return [] } == .paths)
        #expect(named.paths == ["b.md", "-"])
        #expect(named.readStandardInput)
        #expect(named.standardInput == nil)
    }
}
