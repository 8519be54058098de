import Testing
@testable import CandorKit

/// Rules' examples as tests: each failure names the rule file and the example's line.
struct ExampleRunnerTests {
    private func failures(_ yaml: String) throws -> [ExampleRunner.Failure] {
        ExampleRunner.failures(of: [try makeRule(yaml, name: "Jargon", pack: "House")])
    }

    private let rule = "extends: existence\nmessage: m\ntokens: [leverage]\nexamples:\n"

    @Test func passingExamplesGiveNoFailures() throws {
        #expect(try failures(rule + "  flag:\n    - We ⟦leverage⟧ it.\n    - leverage\n  pass:\n    - We use it.\n").isEmpty)
    }

    @Test func unflaggedFlagExampleFailsWithItsLine() throws {
        let found = try failures(rule + "  flag:\n    - We leverage it.\n    - We use it.\n")
        #expect(found.count == 1)
        #expect(found.first?.line == 7)
        #expect(found.first?.rule == "House.Jargon")
        #expect(found.first?.reason.contains("not flagged") == true)
        #expect(found.first?.description.hasPrefix("House/Jargon.yml:7: House.Jargon: ") == true)
    }

    @Test func flaggedPassExampleFails() throws {
        let found = try failures(rule + "  pass:\n    - We use it.\n    - Leverage is fine, leverage is not.\n")
        #expect(found.map(\.line) == [7])
        #expect(found.first?.reason.contains("'leverage'") == true)
    }

    @Test func markedSpanMustBeCoveredExactly() throws {
        let found = try failures(rule + "  flag:\n    - \"⟦We leverage⟧ it.\"\n")
        #expect(found.map(\.line) == [6])
        #expect(found.first?.reason.contains("expected a finding on 'We leverage'") == true)
        // The span counts bytes after multi-byte text before it.
        #expect(try failures(rule + "  flag:\n    - \"😀 東京 ⟦leverage⟧!\"\n").isEmpty)
    }

    @Test func feedExamplesAreThreads() throws {
        let feed = """
            extends: feed
            message: m
            condition: posts >= 3
            examples:
              flag:
                - "a\\n---\\nb\\n---\\nc"
              pass:
                - "a\\n---\\nb"
                - "a\\n---\\nb\\n---\\nc"
            """
        let found = try failures(feed)
        #expect(found.map(\.line) == [9])
    }

    @Test func ruleThatCannotRunFails() throws {
        let found = try failures("""
            extends: existence
            message: m
            raw: ['(a+)+$']
            examples:
              pass:
                - "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!"
            """)
        #expect(found.first?.reason.contains("could not run") == true)
    }
}
