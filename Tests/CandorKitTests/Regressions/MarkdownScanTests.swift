import Testing
@testable import CandorKit

/// Regression: the Markdown scan looked ahead from every `[`, `(`, backtick run and suppression comment, and
/// recursed into each link's text. A line of 40,000 brackets took 15 s in a debug build (quadratic, so a
/// 1 MB draft took hours), a line of 6,000 `candor-disable-line` comments 4 s, and links nested 20,000 deep
/// overflowed a test thread's stack. Delimiters are now matched in one pass (`InlineDelimiters`) and links
/// scanned without recursion; these hold the results to what the old scan gave on small inputs.
@Suite(.hangLimit)
struct MarkdownScanTests {
    private func structure(_ text: String) -> MarkdownStructure { MarkdownStructure(Array(text.utf8)) }
    private func prose(_ text: String) -> String { String(decoding: structure(text).prose, as: UTF8.self) }

    @Test func linksNestedBeyondAnyStackAreMasked() {
        let depth = 100_000
        let text = String(repeating: "[", count: depth) + "word" + String(repeating: "](x)", count: depth)
        #expect(prose(text) == String(repeating: " ", count: depth) + "word" + String(repeating: " ", count: 4 * depth))
    }

    @Test func aLineOfBracketsWithoutDestinationsStaysProse() {
        let text = String(repeating: "[", count: 100_000) + "x" + String(repeating: "]", count: 100_000)
        #expect(prose(text) == text)
        let unclosed = String(repeating: "[a](", count: 50_000) + "\n" + String(repeating: "[a][", count: 50_000)
        #expect(prose(unclosed) == unclosed)
    }

    @Test func backtickRunsOfEveryWidthWithoutClosers() {
        let text = (1...1000).map { String(repeating: "`", count: $0) + "x" }.joined()
        #expect(prose(text) == text)
    }

    @Test func aLineOfSuppressionCommentsSuppressesItsLine() {
        let comment = "<!-- candor-disable-line Candor.Jargon -->"
        let line = String(repeating: comment + " leverage ", count: 20_000)
        let found = structure(line + "\nnext").suppressions
        #expect(found.count == 20_000)
        #expect(found.allSatisfy { $0.range == 0..<line.utf8.count && $0.rules == ["Candor.Jargon"] })
        let disables = String(repeating: "<!-- candor-disable --> a <!--candor-enable --> ", count: 20_000)
        let ranges = structure(disables).suppressions.map(\.range)
        #expect(ranges.count == 20_000)
        #expect(ranges.allSatisfy { $0.count == 3 })
    }

    /// The cases the one-pass matching must get exactly as the scans did.
    @Test(arguments: [
        // An escaped `]` does not close link text; an escaped `[` still opens it.
        ("[a \\] b](x) c", " a \\] b     c"),
        ("\\[a](x)", "\\ a    "),
        ("[a [b] c](x)", " a [b] c    "),
        ("[a](b (c) d) e", " a           e"),
        ("[a][ref] b", " a       b"),
        // A destination on the next line, or link text across a blank line: no link.
        ("[a]\n(x)", "[a]\n(x)"),
        ("[a\n\nb](x)", "[a\n\nb](x)"),
        ("`a [b](c)` [d](e)", "            d    "),
        // A run of three backticks has no closer of its width.
        ("``a`` `b` ```c``", "          ```c``"),
    ])
    func matchesAsTheScanDid(text: String, expected: String) {
        #expect(prose(text) == expected, "\(text)")
    }
}
