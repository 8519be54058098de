/// Where a post's inline Markdown delimiters close, found in one pass, so that `MarkdownStructure` looks each
/// one up instead of scanning ahead from it. Scanning ahead from every `[`, `(` or backtick run is quadratic on
/// a line of brackets, of unclosed links or of backtick runs of many widths: 100 KB of `[` took minutes.
///
/// The lookups give exactly what those scans gave; memory grows with the delimiters that close, not the text.
struct InlineDelimiters {
    /// For each `[`, escaped or not, whose link text closes: the `]` at which the bracket depth counted from it
    /// returns to 0. Escapes (`\x`) are skipped and a blank line ends every open bracket, as for link text.
    private var linkTextEnds: [Int: Int] = [:]
    /// For each `(` and `[` that closes on its own line: the `)` or `]` at which the count of that pair of
    /// characters returns to 0, escapes not considered, as for a link's destination or label.
    private var destinationEnds: [Int: Int] = [:]
    /// For each width of a backtick run (a maximal one), where the last run of that width starts.
    private var lastBacktickRuns: [Int: Int] = [:]

    init(_ text: [UInt8]) {
        var brackets: [Int] = []  // link-text openers, innermost last
        // Escaped `[`s are openers too (the inline scan tries them), though not for the brackets around them:
        // each closes at the first `]` that arrives while `brackets` is as deep as when it was seen.
        var escaped: [(depth: Int, offset: Int)] = []
        var lineOpeners = LineOpeners()
        var index = 0
        while index < text.count {
            let byte = text[index]
            if byte == UInt8(ascii: "\\"), index + 1 < text.count {
                // The escaped byte does not count for link text, but does for destinations.
                if text[index + 1] == UInt8(ascii: "[") { escaped.append((brackets.count, index + 1)) }
                lineOpeners.take(text[index + 1], at: index + 1, into: &destinationEnds)
                index += 2
                continue
            }
            if byte == 0x0A, index + 1 < text.count, text[index + 1] == 0x0A {
                brackets.removeAll()
                escaped.removeAll()
            } else if byte == UInt8(ascii: "[") {
                brackets.append(index)
            } else if byte == UInt8(ascii: "]") {
                while let last = escaped.last, last.depth == brackets.count {
                    linkTextEnds[last.offset] = index
                    escaped.removeLast()
                }
                if let open = brackets.popLast() { linkTextEnds[open] = index }
            }
            lineOpeners.take(byte, at: index, into: &destinationEnds)
            index += 1
        }

        // Backtick runs, escaped or not, as a code span's scan sees them.
        index = 0
        while index < text.count {
            guard text[index] == UInt8(ascii: "`") else { index += 1; continue }
            var run = index + 1
            while run < text.count, text[run] == UInt8(ascii: "`") { run += 1 }
            lastBacktickRuns[run - index] = index
            index = run
        }
    }

    /// The `(` and `[` still open on the current line.
    private struct LineOpeners {
        var parentheses: [Int] = []
        var squares: [Int] = []

        mutating func take(_ byte: UInt8, at offset: Int, into ends: inout [Int: Int]) {
            switch byte {
            case 0x0A: parentheses.removeAll(); squares.removeAll()
            case UInt8(ascii: "("): parentheses.append(offset)
            case UInt8(ascii: ")"): if let open = parentheses.popLast() { ends[open] = offset }
            case UInt8(ascii: "["): squares.append(offset)
            case UInt8(ascii: "]"): if let open = squares.popLast() { ends[open] = offset }
            default: break
            }
        }
    }

    /// The `]` that ends the link text opened by the `[` at `offset`, if any.
    func linkTextEnd(openedAt offset: Int) -> Int? { linkTextEnds[offset] }

    /// The `)` or `]` on the same line that closes the `(` or `[` at `offset`, if any.
    func destinationEnd(openedAt offset: Int) -> Int? { destinationEnds[offset] }

    /// Whether a backtick run of `width` starts at or after `offset`.
    func hasBacktickRun(of width: Int, from offset: Int) -> Bool {
        lastBacktickRuns[width].map { $0 >= offset } ?? false
    }
}
