import Testing
@testable import CandorKit

/// Check types own their YAML: the loader finds a rule's type in a registry (`RuleLoader.checkTypes`), and a
/// type defined here, outside the library, loads, explains and lints once it is in the list the loader is given.
struct CheckTypeTests {
    private static let shoutingRule = """
        extends: shouting
        message: "Write '%s' in lower case."
        min: 3
        allow: [NASA]
        """

    private func load(_ yaml: String, types: [any CheckType.Type]) throws(LoadError) -> Rule {
        try RuleLoader.rule(
            document: YAMLMapping.document(yaml: yaml, path: "House/Shout.yml"), pack: "House", file: "Shout.yml",
            source: "House/Shout.yml", checkTypes: types)
    }

    @Test func aCheckTypeOutsideTheLibraryLoadsAndLintsOnceRegistered() throws {
        let rule = try load(Self.shoutingRule, types: RuleLoader.checkTypes + [ShoutingCheck.self])
        #expect(rule.kind == Rule.Kind(ShoutingCheck.self))
        #expect(rule.kind.name == "shouting")
        #expect(rule.details == ["min: 3"])
        #expect(RuleListing.explanation(rule).hasPrefix("House.Shout (shouting, warning)\n"))
        let result = try lint("We are SO EXCITED that NASA and the ESA agree.", rules: [rule])
        #expect(result.findings.map(\.match) == ["EXCITED", "ESA"])
        #expect(result.findings.first?.message == "Write 'EXCITED' in lower case.")
    }

    @Test func aCheckTypeNotInTheRegistryIsUnknown() throws {
        let error = #expect(throws: LoadError.self) { try load(Self.shoutingRule, types: RuleLoader.checkTypes) }
        #expect(error?.key == "extends")
        #expect(error?.message.hasPrefix("unknown check type 'shouting' (candor knows capitalization, conditional,") == true)
        // Registered, it is listed among the known ones, in order.
        let listed = #expect(throws: LoadError.self) {
            try load("extends: shout\nmessage: m\n", types: RuleLoader.checkTypes + [ShoutingCheck.self])
        }
        #expect(listed?.message.contains("repetition, shouting, substitution)") == true)
    }

    @Test func aRegisteredTypeTakesItsOwnKeysAndReportsItsOwnErrors() throws {
        let types = RuleLoader.checkTypes + [ShoutingCheck.self]
        let unknown = #expect(throws: LoadError.self) { try load("extends: shouting\nmessage: m\ntokens: [a]\n", types: types) }
        #expect(unknown?.key == "tokens")
        #expect(unknown?.message.hasSuffix("(it takes action, allow, description, examples, extends, lang, level, limit, link, message, min, scope, weight)") == true)
        let bad = #expect(throws: LoadError.self) { try load("extends: shouting\nmessage: m\nmin: 0\n", types: types) }
        #expect(bad?.key == "min")
        #expect(bad?.line == 3)
        // A registered type's key stays unknown to the others.
        #expect(throws: LoadError.self) { try load("extends: existence\nmessage: m\ntokens: [a]\nallow: [b]\n", types: types) }
    }

    @Test func theRegistryNamesEachTypeOnce() {
        let names = RuleLoader.checkTypes.map { $0.name }
        #expect(Set(names).count == names.count)
        #expect(names.sorted() == [
            "capitalization", "conditional", "consistency", "existence", "feed", "metric", "occurrence", "repetition",
            "substitution",
        ])
    }

    /// What used to be tests of the `extends` text in the linter, the language server and `explain` is a
    /// property of the type.
    @Test func whatCandorDoesWithAMatchIsThePropertyOfItsType() {
        let types = RuleLoader.checkTypes
        #expect(types.filter { $0.matchesWords }.map { $0.name } == ["existence", "substitution"])
        #expect(types.filter { $0.placesItsFindings }.map { $0.name } == ["metric"])
        #expect(types.filter { !$0.explainsPatterns }.map { $0.name } == ["substitution"])
        #expect(!ShoutingCheck.matchesWords && !ShoutingCheck.placesItsFindings && ShoutingCheck.explainsPatterns)
    }
}
