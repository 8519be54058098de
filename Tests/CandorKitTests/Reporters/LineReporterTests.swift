import Testing
@testable import CandorKit

struct LineReporterTests {
    @Test func matchesGolden() throws {
        try Golden.check(ReporterFixture.output(LineReporter()), file: "line.txt")
    }

    @Test func everyLineIsValesShape() throws {
        let lines = try ReporterFixture.output(LineReporter()).split(separator: "\n")
        #expect(!lines.isEmpty)
        for line in lines {
            #expect(line.wholeMatch(of: /[^:]+:\d+:\d+:[A-Za-z]+\.[A-Za-z]+:.+/) != nil, "\(line)")
        }
    }
}
