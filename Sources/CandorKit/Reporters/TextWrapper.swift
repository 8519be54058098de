/// Lays out a line of the text report within a terminal's width: it breaks only between words, never inside
/// one (a rule id, a position, a URL in a message stay whole), and continues under a hanging indent. With no
/// width (output not a terminal) every line stays one line, for grep.
///
/// Written here rather than taken from a library: none of the packages the project uses wraps text, and the
/// report needs its own notion of a word (a styled piece such as a rule id is one, however it is spelled).
struct TextWrapper {
    /// The terminal's columns; nil: no wrapping.
    let width: Int?

    /// A word of the line: its text as shown (already escaped), its text with colour, and how many spaces
    /// go before it when it follows another word on the same line.
    struct Word {
        let text: String
        let painted: String
        let gap: Int
    }

    /// The line's words, each piece of `text` split at spaces when `breakable`, else kept whole.
    static func words(_ text: String, gap: Int, breakable: Bool, paint: (String) -> String = { $0 }) -> [Word] {
        guard breakable else { return [Word(text: text, painted: paint(text), gap: gap)] }
        return text.split(separator: " ", omittingEmptySubsequences: true).enumerated().map { index, word in
            Word(text: String(word), painted: paint(String(word)), gap: index == 0 ? gap : 1)
        }
    }

    /// The line, wrapped: `indent` spaces before the first word, `hanging` before each continuation.
    func layout(_ words: [Word], indent: Int, hanging: Int) -> String {
        var output = String(repeating: " ", count: indent)
        var column = indent
        var lineHasWord = false
        for word in words {
            let length = word.text.count
            if let width, lineHasWord, column + word.gap + length > width {
                output += "\n" + String(repeating: " ", count: hanging)
                column = hanging
            } else if lineHasWord {
                output += String(repeating: " ", count: word.gap)
                column += word.gap
            }
            output += word.painted
            column += length
            lineHasWord = true
        }
        return output + "\n"
    }
}
