import Foundation
import Testing
@testable import CandorKit

/// `CANDOR_UPDATE_GOLDEN=1` rewrites the golden files, which passes every golden test: CI refuses it.
struct GoldenTests {
    @Test func goldensAreComparedUnlessAskedToRewrite() {
        #expect(Golden.updateMode([:]) == .compare)
        #expect(Golden.updateMode(["CI": "true"]) == .compare)
        #expect(Golden.updateMode(["CANDOR_UPDATE_GOLDEN": "0"]) == .compare)
        #expect(Golden.updateMode(["CANDOR_UPDATE_GOLDEN": "1"]) == .rewrite)
        // A CI variable set to say "not CI" is no CI.
        #expect(Golden.updateMode(["CANDOR_UPDATE_GOLDEN": "1", "CI": "false"]) == .rewrite)
        #expect(Golden.updateMode(["CANDOR_UPDATE_GOLDEN": "1", "CI": ""]) == .rewrite)
    }

    @Test func rewritingUnderCIIsRefused() {
        guard case .refused(let reason) = Golden.updateMode(["CANDOR_UPDATE_GOLDEN": "1", "CI": "true"]) else {
            Issue.record("CANDOR_UPDATE_GOLDEN=1 under CI=true was not refused")
            return
        }
        #expect(reason.hasPrefix("CANDOR_UPDATE_GOLDEN=1 is refused under CI (CI=true)"))
        #expect(Golden.updateMode(["CANDOR_UPDATE_GOLDEN": "1", "CI": "1"]) != .rewrite)
    }

    /// The refusal is a failing test, not a pass: `check` records an issue and writes nothing.
    @Test func aGoldenCheckUnderCIFailsAndWritesNothing() throws {
        let path = Golden.sourceFolder + "/json.json"
        let before = try String(contentsOfFile: path, encoding: .utf8)
        withKnownIssue("a golden check asked to rewrite under CI fails") {
            try Golden.check("not the golden", file: "json.json", environment: ["CANDOR_UPDATE_GOLDEN": "1", "CI": "true"])
        }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == before)
    }
}
