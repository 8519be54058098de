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

    /// A rule whose linter cannot be built fails each of its examples, saying why; the other rules still run.
    @Test func ruleWhoseLinterCannotBeBuiltFailsEveryExample() throws {
        let broken = try makeRule(rule + "  flag:\n    - We leverage it.\n  pass:\n    - We use it.\n", name: "Jargon", pack: "House")
        // The next rule's example fails of itself: it was run.
        let next = try makeRule(rule + "  flag:\n    - We use it.\n", name: "Next", pack: "House")
        let found = ExampleRunner.failures(of: [broken, next]) { rules throws(LoadError) in
            guard rules.map(\.id) != ["House.Jargon"] else { throw LoadError(path: "configuration", key: "accept", message: "no") }
            return try Linter(rules: rules)
        }
        #expect(found.map { "\($0.rule):\($0.line)" } == ["House.Jargon:6", "House.Jargon:8", "House.Next:6"])
        #expect(found.first?.reason == "the rule's linter could not be built: configuration: 'accept': no")
    }

    /// An example that cannot be read (front matter never closed) fails, `pass` as well as `flag`: it was
    /// never linted, so it shows nothing about the rule.
    @Test func exampleThatCannotBeReadFails() throws {
        let found = try failures(rule + "  pass:\n    - \"---\\nWe use it.\"\n  flag:\n    - \"---\\nWe leverage it.\"\n")
        #expect(found.map(\.line).sorted() == [6, 8])
        #expect(found.allSatisfy { $0.reason == "the example could not be read: front matter opened with '---' is never closed" })
    }

    /// A `pass` example that holds no post (only front matter) would pass whatever the rule did.
    @Test func exampleWithoutAPostFails() throws {
        let found = try failures(rule + "  pass:\n    - \"---\\nplatform: x\\n---\\n\"\n")
        #expect(found.map(\.line) == [6])
        #expect(found.first?.reason.hasPrefix("the example holds no post") == true)
    }
}
