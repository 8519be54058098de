import CandorBytes

/// Text for the human-readable outputs (the `text`, `line` and `github` formats, `candor score` as text or
/// CSV, the file headers of `--diff`, and diagnostics on stderr), where a file name, a rule's message or the
/// text it quotes is data that a terminal or a CI log would otherwise act on: ESC starts a sequence that
/// clears the screen or recolours what follows, and a line break splits a one-line record in two, so that a
/// second line can pass for a finding or a `::error::` command of its own.
///
/// Each control character is written as a visible escape, in one form:
/// - `\n`, `\r` and `\t` for line feed, carriage return and tab;
/// - `\xHH`, two lowercase hex digits, for any other C0 control (U+0000 to U+001F), DEL (U+007F) and any C1
///   control (U+0080 to U+009F): the code point U+00HH, so ESC is `\x1b` and NEL is `\x85`;
/// - `\\` for a backslash, always, so that every backslash in the output starts an escape: `\x1b` in a
///   report is never a file's own text, which would read `\\x1b`.
///
/// JSON, SARIF, JUnit and Checkstyle escape by their own rules instead, and `--diff` leaves a file's lines as
/// they are, so that the patch applies. Most strings hold none of these bytes: they are checked eight bytes at
/// a time and returned as they are.
public enum TerminalText {
    /// `text` with its control characters and backslashes escaped. `keepingLineBreaks` leaves line feeds and
    /// carriage returns for a format that escapes them its own way (`github`'s `%0A`).
    public static func escaped(_ text: String, keepingLineBreaks: Bool = false) -> String {
        guard needsEscaping(text) else { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count + 8)
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x5C: result += "\\\\"
            case 0x0A where keepingLineBreaks, 0x0D where keepingLineBreaks: result.unicodeScalars.append(scalar)
            case 0x0A: result += "\\n"
            case 0x0D: result += "\\r"
            case 0x09: result += "\\t"
            case 0x00..<0x20, 0x7F...0x9F:
                result += "\\x"
                result.unicodeScalars.append(hexDigits[Int(scalar.value >> 4)])
                result.unicodeScalars.append(hexDigits[Int(scalar.value & 0xF)])
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    private static let hexDigits: [Unicode.Scalar] = Array("0123456789abcdef".unicodeScalars)

    /// Whether `text` holds a byte that `escaped` rewrites: below 0x20, DEL, a backslash, or the lead byte 0xC2
    /// of a C1 control (0xC2 0x80 to 0xC2 0x9F in UTF-8).
    static func needsEscaping(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var index = 0
            if let base = UnsafeRawPointer(bytes.baseAddress) {
                while index + 8 <= bytes.count {
                    let word = base.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                    guard !ByteWord.hasByte(below: 0x20, in: word), !ByteWord.has(0x7F, in: word),
                        !ByteWord.has(UInt8(ascii: "\\"), in: word), !ByteWord.has(0xC2, in: word)
                    else { break }
                    index += 8
                }
            }
            while index < bytes.count {
                let byte = bytes[index]
                if byte < 0x20 || byte == 0x7F || byte == UInt8(ascii: "\\") { return true }
                // A valid 0xC2 sequence continues with 0x80 to 0xBF; below 0xA0 it is a C1 control.
                if byte == 0xC2, index + 1 < bytes.count, bytes[index + 1] < 0xA0 { return true }
                index += 1
            }
            return false
        }
    }
}
