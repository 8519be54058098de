import Testing
@testable import CandorKit

/// Vale's `capitalization` over headings: `$title`, `$sentence`, `$lower`, `$upper`, a pattern, exceptions.
struct CapitalizationCheckTests {
    private func rule(_ match: String, exceptions: [String] = []) -> String {
        var yaml = "extends: capitalization\nmessage: \"'%s' should be in the right case.\"\nscope: heading\nmatch: \(match)\n"
        if !exceptions.isEmpty { yaml += "exceptions: [\(exceptions.joined(separator: ", "))]\n" }
        return yaml
    }

    @Test func titleCase() throws {
        let found = try findings(rule("$title"), on: "# the quick guide to Swift\n\nbody text here")
        #expect(found.map(\.match) == ["the quick guide to Swift"])
        #expect(found.first?.start == Location(line: 1, column: 3))
        #expect(found.first?.message == "'the quick guide to Swift' should be in the right case.")
        #expect(try findings(rule("$title"), on: "# The Quick Guide to Swift\n\nbody text here").isEmpty)
    }

    @Test func sentenceCase() throws {
        #expect(try matches(rule("$sentence"), on: "## The quick guide\n\nBody.").isEmpty)
        #expect(try matches(rule("$sentence"), on: "## The Quick Guide\n\nBody.") == ["The Quick Guide"])
        #expect(try matches(rule("$sentence"), on: "## Getting started with Swift") == ["Getting started with Swift"])
        #expect(try matches(rule("$sentence", exceptions: ["Swift"]), on: "## Getting started with Swift").isEmpty)
    }

    @Test func lowerUpperAndPattern() throws {
        #expect(try matches(rule("$lower"), on: "# all quiet") == [])
        #expect(try matches(rule("$lower"), on: "# All quiet") == ["All quiet"])
        #expect(try matches(rule("$upper"), on: "# LOUD NEWS") == [])
        #expect(try matches(rule("$upper"), on: "# Loud news") == ["Loud news"])
        #expect(try matches(rule("'[A-Z][a-z ]+'"), on: "# Fine title") == [])
        #expect(try matches(rule("'[A-Z][a-z ]+'"), on: "# fine title") == ["fine title"])
    }

    @Test func onlyTheScopeIsChecked() throws {
        #expect(try matches(rule("$title"), on: "a paragraph in lower case").isEmpty)
    }
}
