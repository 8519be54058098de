/// Capitals shouted: three or more words in capitals in a row, the run `Hype` flags ("NOBODY ASKED FOR
/// THIS ONE", "IT'S A DISASTER DON'T EVEN ASK"). In a post of the writer's own words it is a raised voice, as stacked
/// "!!" is punctuation raised, and `Metrics` counts it in `informal`; beside a link the capitals are more often
/// a title or a listing ("VINTAGE OAK DESK - 3 DRAWERS - FREE DELIVERY <link>"), so a post with a link is left
/// to `Hype` alone.
///
/// A word in capitals is a run of upper-case letters and apostrophes between characters that are not word
/// characters ("O'NEILL", not "iPHONE" or "D1"); the words of a run are apart by white space only; the run
/// counts from its first word of two letters or more, as Hype's pattern does ("I AM SO READY" counts from
/// "AM").
enum Shouting {
    static func shouts(in prose: [UInt8]) -> Bool {
        prose.withUnsafeBufferPointer { bytes in
            var index = 0
            var run = 0
            while index < bytes.count {
                // A word: maximal run of word characters (and apostrophes inside it).
                let (isWord, _) = WordScanner.wordCharacter(at: index, in: bytes)
                guard isWord else {
                    if !Metrics.isSpace(bytes[index]) { run = 0 }
                    index += 1
                    while index < bytes.count, bytes[index] & 0xC0 == 0x80 { index += 1 }
                    continue
                }
                var letters = 0
                var capitals = true
                while index < bytes.count {
                    let (isWord, length) = WordScanner.wordCharacter(at: index, in: bytes)
                    if isWord {
                        if Self.isUppercase(at: index, in: bytes) { letters += 1 } else { capitals = false }
                    } else if bytes[index] != UInt8(ascii: "'") || letters == 0 || index + 1 >= bytes.count
                        || !WordScanner.wordCharacter(at: index + 1, in: bytes).isWord {
                        break
                    }
                    index += length
                }
                if capitals, letters > 0 {
                    // A one-letter word ("I", "A") continues a run but does not start one.
                    if run > 0 || letters >= 2 { run += 1 }
                    if run >= 3 { return true }
                } else {
                    run = 0
                }
            }
            return false
        }
    }

    /// Whether the character at `offset` is upper case. In ASCII that is A to Z alone, decided without the
    /// Unicode property lookup, which was most of the cost of this scan.
    @inline(__always)
    static func isUppercase(at offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let lead = bytes[offset]
        if lead < 0x80 { return lead >= UInt8(ascii: "A") && lead <= UInt8(ascii: "Z") }
        return WordScanner.decode(at: offset, in: bytes).0.properties.isUppercase
    }
}
