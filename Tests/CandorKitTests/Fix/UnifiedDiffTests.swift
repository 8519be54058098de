import Testing
@testable import CandorKit

struct UnifiedDiffTests {
    private static func diff(_ before: String, _ after: String) -> String {
        UnifiedDiff(path: "a.md", original: Array(before.utf8), fixed: Array(after.utf8)).text
    }

    @Test func nothingChangedIsNoDiff() {
        #expect(Self.diff("a\nb\n", "a\nb\n") == "")
    }

    @Test func changedLinesWithThreeLinesOfContext() {
        let before = (1...9).map { "line \($0)\n" }.joined()
        let after = before.replacingOccurrences(of: "line 5", with: "LINE 5")
        #expect(Self.diff(before, after) == """
            --- a.md
            +++ a.md
            @@ -2,7 +2,7 @@
             line 2
             line 3
             line 4
            -line 5
            +LINE 5
             line 6
             line 7
             line 8

            """)
    }

    @Test func adjacentRunsOfChangesAreGrouped() {
        #expect(Self.diff("a\nb\nc\n", "A\nB\nc\n") == "--- a.md\n+++ a.md\n@@ -1,3 +1,3 @@\n-a\n-b\n+A\n+B\n c\n")
    }

    @Test func linesAddedOrRemoved() {
        #expect(Self.diff("a\nb\nc\n", "a\nb\nx\nc\n") == "--- a.md\n+++ a.md\n@@ -1,3 +1,4 @@\n a\n b\n+x\n c\n")
        #expect(Self.diff("a\nb\nc\nd\n", "a\nc\nd\ne\n") == "--- a.md\n+++ a.md\n@@ -1,4 +1,4 @@\n a\n-b\n c\n d\n+e\n")
        #expect(Self.diff("a\n", "") == "--- a.md\n+++ a.md\n@@ -1 +0,0 @@\n-a\n")
    }

    @Test func aLastLineWithoutLineBreakIsMarked() {
        #expect(Self.diff("a\nb", "a\nc") == "--- a.md\n+++ a.md\n@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+c\n\\ No newline at end of file\n")
    }

    /// The headers name the file through `TerminalText`; the lines are the file's own, so the patch applies.
    @Test func fileNameInTheHeadersIsEscaped() {
        let diff = UnifiedDiff(path: HostileFixture.path, original: Array("a\u{1B}\n".utf8), fixed: Array("b\u{1B}\n".utf8)).text
        #expect(diff == "--- \(HostileFixture.escapedPath)\n+++ \(HostileFixture.escapedPath)\n@@ -1 +1 @@\n-a\u{1B}\n+b\u{1B}\n")
    }
}
