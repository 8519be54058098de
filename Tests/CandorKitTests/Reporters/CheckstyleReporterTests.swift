import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import CandorKit

struct CheckstyleReporterTests {
    @Test func matchesGolden() throws {
        try Golden.check(ReporterFixture.output(CheckstyleReporter()), file: "checkstyle.xml")
    }

    @Test func aFileElementForEachFileAndAnErrorForEachFinding() throws {
        let document = try XMLDocument(data: Data(ReporterFixture.output(CheckstyleReporter()).utf8))
        let root = try #require(document.rootElement())
        #expect(root.name == "checkstyle")
        let files = root.elements(forName: "file")
        #expect(files.map { $0.attribute(forName: "name")?.stringValue } == ["posts/launch.md", "posts/reply.md", "<feed>"])
        #expect(files.map { $0.elements(forName: "error").count } == [5, 0, 1])
        let first = try #require(files[0].elements(forName: "error").first)
        #expect(first.attribute(forName: "line")?.stringValue == "5")
        #expect(first.attribute(forName: "column")?.stringValue == "4")
        #expect(first.attribute(forName: "severity")?.stringValue == "warning")
        #expect(first.attribute(forName: "message")?.stringValue == #"Use "use" instead of "leverage"."#)
        #expect(first.attribute(forName: "source")?.stringValue == "Test.Jargon")
        let severities = Set(files[0].elements(forName: "error").compactMap { $0.attribute(forName: "severity")?.stringValue })
        #expect(severities == ["error", "warning", "info"])
    }

    @Test func emptyRunIsStillADocument() throws {
        var reporter = CheckstyleReporter()
        var output = ""
        reporter.finish(RunSummary(), to: &output)
        #expect(output == "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<checkstyle version=\"4.3\">\n</checkstyle>\n")
    }

    /// XML cannot carry ESC at all: it becomes U+FFFD; line breaks in attributes are character references.
    /// Tab and line feed are XML's own in character data.
    @Test func controlCharactersAreEscapedByXMLsOwnRules() throws {
        let output = try HostileFixture.output(CheckstyleReporter())
        #expect(!output.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" && $0 != "\t" })
        #expect(output.contains("evil\u{FFFD}[2J\u{9B}31m&#10;name\\x1b.md"), "\(output)")
    }
}
