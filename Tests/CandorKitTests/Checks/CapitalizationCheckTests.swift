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

/// Vale's capitalization keys: phrase exceptions, punctuation around an exception, `indicators`, `prefix`,
/// `threshold`, a paragraph at a time, and the title-cased text as the message's second `%s`.
struct ValeCapitalizationTests {
    private let sentence = """
        extends: capitalization
        message: "'%s' should be sentence-cased"
        scope: heading
        match: $sentence
        exceptions: [Axon Server, Section]
        indicators: [":"]
        prefix: '^[a-z]\\.\\s'
        """

    @Test func sentenceCaseWithPhrasesIndicatorsAndPrefix() throws {
        let text = "## Axon Server connection\n\n## a. An unimportant heading\n\n## B. An unimportant heading\n\n## 1. An important heading\n\n## Note: Capitals after a colon\n\n## An unimportant Heading\n"
        #expect(try findings(sentence, on: text).map(\.message) == [
            "'B. An unimportant heading' should be sentence-cased",
            "'An unimportant Heading' should be sentence-cased",
        ])
    }

    @Test func titleCaseExceptionsIgnorePunctuationAndSecondArgumentIsTheTitle() throws {
        let title = "extends: capitalization\nmessage: \"'%s' should be in title case ('%s').\"\nscope: heading\nmatch: $title\nexceptions: [foo, bar]\n"
        #expect(try findings(title, on: "# foo, bar, and More Things\n").isEmpty)
        #expect(try findings(title, on: "# intro to the topic\n").map(\.message) == ["'intro to the topic' should be in title case ('Intro to the Topic')."])
    }

    @Test func thresholdAndParagraphs() throws {
        let custom = "extends: capitalization\nmessage: \"'%s'\"\nmatch: $sentence\nthreshold: 0.9\n"
        #expect(try findings(custom, on: "Section about the MacBook pro ultimate edition").count == 1)
        let lenient = custom.replacingOccurrences(of: "0.9", with: "0.8")
        #expect(try findings(lenient, on: "Section about the MacBook pro ultimate edition").isEmpty)
        let any = "extends: capitalization\nmessage: \"'%s'\"\nmatch: $sentence\n"
        #expect(try findings(any, on: "Test\n\nTry the test.\n\nAnd another one.").isEmpty)
    }
}
