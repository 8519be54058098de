import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import CandorKit

struct JUnitReporterTests {
    @Test func matchesGolden() throws {
        try Golden.check(ReporterFixture.output(JUnitReporter(failOn: .suggestion)), file: "junit.xml")
    }

    /// With the default `fail-on: error`, a case fails only for an error, as the exit status does; the
    /// warnings and suggestions of a passing case are its output.
    @Test func matchesGoldenFailingOnErrorsOnly() throws {
        try Golden.check(ReporterFixture.output(JUnitReporter()), file: "junit-fail-on-error.xml")
    }

    @Test func aCaseFailsOnlyForFindingsAtOrAboveFailOn() throws {
        for (failOn, expected) in [(Level.error, ["1", "0", "0"]), (.warning, ["2", "0", "1"]), (.suggestion, ["2", "0", "1"])] {
            var reporter = JUnitReporter()
            reporter.start(failOn: failOn)
            let document = try XMLDocument(data: Data(ReporterFixture.output(reporter).utf8))
            let suites = try #require(document.rootElement()).elements(forName: "testsuite")
            #expect(suites.map { $0.attribute(forName: "failures")?.stringValue } == expected, "fail-on \(failOn)")
            let first = try #require(suites.first?.elements(forName: "testcase").first)
            // Post 1 has warnings and a suggestion, no error.
            #expect(first.elements(forName: "failure").isEmpty == (failOn == .error))
            #expect(first.elements(forName: "system-out").isEmpty == (failOn != .error))
            if failOn == .error {
                #expect(first.elements(forName: "system-out").first?.stringValue?.hasPrefix("5:4 warning") == true)
            }
        }
    }

    @Test func aSuiteForEachFileAndACaseForEachPost() throws {
        let document = try XMLDocument(data: Data(ReporterFixture.output(JUnitReporter(failOn: .suggestion)).utf8))
        let root = try #require(document.rootElement())
        #expect(root.name == "testsuites")
        let suites = root.elements(forName: "testsuite")
        #expect(suites.map { $0.attribute(forName: "name")?.stringValue } == ["posts/launch.md", "posts/reply.md", "feed"])
        #expect(suites.map { $0.attribute(forName: "tests")?.stringValue } == ["2", "1", "1"])
        #expect(suites.map { $0.attribute(forName: "failures")?.stringValue } == ["2", "0", "1"])
        let launch = suites[0].elements(forName: "testcase")
        #expect(launch.map { $0.attribute(forName: "name")?.stringValue } == ["post 1 at 5:1", "post 2 at 7:1"])
        let failure = try #require(launch[0].elements(forName: "failure").first)
        #expect(failure.attribute(forName: "type")?.stringValue == "warning")
        #expect(failure.attribute(forName: "message")?.stringValue == "3 findings")
        #expect(failure.stringValue?.hasPrefix(#"5:4 warning Use "use" instead of "leverage". (Test.Jargon)"#) == true)
        // A post with no findings passes.
        let reply = try #require(suites[1].elements(forName: "testcase").first)
        #expect(reply.children == nil || reply.children?.isEmpty == true)
    }

    @Test func aRuleThatCouldNotRunIsAnError() throws {
        let rule = try makeRule("extends: existence\nmessage: m\ntokens: [never]\n")
        let clean = try lint("Hello.", rules: [rule])
        let failed = PostResult(
            path: clean.path, index: 0, location: clean.location, platform: clean.platform, metadata: [:],
            metrics: clean.metrics, voice: clean.voice, findings: [],
            failures: [RuleFailure(rule: "Test.Slow", path: clean.path, location: clean.location, reason: "match limit <exceeded>")],
            isReply: false, score: clean.score, fingerprint: clean.fingerprint)
        var reporter = JUnitReporter()
        var output = ""
        reporter.report(failed, to: &output)
        reporter.finish(RunSummary(), to: &output)
        let document = try XMLDocument(data: Data(output.utf8))
        let suite = try #require(document.rootElement()?.elements(forName: "testsuite").first)
        #expect(suite.attribute(forName: "errors")?.stringValue == "1")
        let error = try #require(suite.elements(forName: "testcase").first?.elements(forName: "error").first)
        #expect(error.attribute(forName: "message")?.stringValue == "Test.Slow could not run: match limit <exceeded>")
    }

    @Test func emptyRunIsStillADocument() throws {
        var reporter = JUnitReporter()
        var output = ""
        reporter.finish(RunSummary(), to: &output)
        #expect(output == "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"candor\">\n</testsuites>\n")
    }

    @Test func escapesWhatXMLCannotHoldAsIs() {
        #expect(XML.attribute("a\"b<c>&d\n\te\u{1}") == "\"a&quot;b&lt;c&gt;&amp;d&#10;&#9;e\u{FFFD}\"")
        #expect(XML.text("a<b>&c\n\"d\"\r") == "a&lt;b&gt;&amp;c\n\"d\"&#13;")
    }

    /// XML cannot carry ESC at all: it becomes U+FFFD; line breaks in attributes are character references.
    /// Tab and line feed are XML's own in character data.
    @Test func controlCharactersAreEscapedByXMLsOwnRules() throws {
        let output = try HostileFixture.output(JUnitReporter())
        #expect(!output.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" && $0 != "\t" })
        #expect(output.contains("evil\u{FFFD}[2J\u{9B}31m&#10;name\\x1b.md"), "\(output)")
    }
}
