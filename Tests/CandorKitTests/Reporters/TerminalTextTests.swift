import Testing
@testable import CandorKit

struct TerminalTextTests {
    @Test func controlCharactersBecomeVisibleEscapes() {
        #expect(TerminalText.escaped("a\u{1B}[2Jb") == #"a\x1b[2Jb"#)
        #expect(TerminalText.escaped("1\n2\r3\t4") == #"1\n2\r3\t4"#)
        #expect(TerminalText.escaped("\u{0}\u{7}\u{1F}\u{7F}") == #"\x00\x07\x1f\x7f"#)
        // C1 controls, written as their code points: CSI, NEL, and the ends of the range.
        #expect(TerminalText.escaped("\u{9B}31m\u{85}\u{80}\u{9F}") == #"\x9b31m\x85\x80\x9f"#)
        #expect(TerminalText.escaped("\r\n") == #"\r\n"#)
    }

    /// Every backslash starts an escape, so a name that spells an escape is told from one that needed it.
    @Test func backslashIsDoubledSoNoEscapeIsAmbiguous() {
        #expect(TerminalText.escaped(#"a\x1b"#) == #"a\\x1b"#)
        #expect(TerminalText.escaped("a\u{1B}") == #"a\x1b"#)
        #expect(TerminalText.escaped(#"\"#) == #"\\"#)
        #expect(TerminalText.escaped(#"\\n"#) == #"\\\\n"#)
    }

    @Test func printableTextIsUnchanged() {
        for text in ["", "posts/launch.md", "We leverage \"synergy\" 😀 to deliver.", "café £5 ©\u{A0}x", "ĀĂ\u{A0}\u{BF}", String(repeating: "abcdefgh", count: 40)] {
            #expect(!TerminalText.needsEscaping(text), "\(text)")
            #expect(TerminalText.escaped(text) == text)
        }
    }

    /// The fast path reads eight bytes at a time: a control anywhere, in a word or in the tail, is found.
    @Test func controlIsFoundAtEveryOffset() {
        for length in 1...20 {
            for offset in 0..<length {
                for special in ["\u{1B}", "\n", "\u{7F}", "\\", "\u{85}"] {
                    var scalars = Array(repeating: "x", count: length)
                    scalars[offset] = special
                    let text = scalars.joined()
                    #expect(TerminalText.needsEscaping(text), "\(length) \(offset) \(special.unicodeScalars.first!.value)")
                }
            }
        }
    }

    @Test func lineBreaksCanBeLeftToTheFormat() {
        #expect(TerminalText.escaped("a\r\nb\u{1B}c\\", keepingLineBreaks: true) == "a\r\nb\\x1bc\\\\")
    }
}
