import Yams

/// Finds where the characters of a YAML scalar stand in its file. Yams (libyaml) reports only where a scalar
/// starts (its `Mark`) and its value; the locator walks the source from that mark beside the value, passing
/// over what the value leaves out (anchors and tags, quotes, a block header, indentation, blanks before a line
/// break) and mapping what it changes (escapes, `''`, folded line breaks) to where it was written. If the walk
/// meets source it cannot pair with the value, the rest of the value maps to where it stopped.
struct YAMLScalarLocator {
    private let bytes: [UInt8]
    /// Where each line starts, as libyaml counts lines: after `\n`, `\r\n`, `\r`, NEL, LS or PS. (Yams names
    /// the encoding, so libyaml counts a byte order mark as a column, as `SourceFile` does.)
    private let lineStarts: [Int]

    init(_ file: SourceFile) {
        bytes = file.bytes
        var starts = [0]
        var index = 0
        while index < bytes.count {
            if let length = Self.lineBreak(in: bytes, at: index, unicode: true) {
                index += length
                starts.append(index)
            } else {
                index += 1
            }
        }
        lineStarts = starts
    }

    /// The last mark located, and its offset.
    private final class LastMark {
        var line = 0, column = 1, offset = 0
    }
    private let last = LastMark()

    /// The byte offset of a mark (libyaml counts columns in Unicode scalars). Marks come in document order,
    /// so the walk goes on from the last one when it is earlier on the same line: a queue written on one line
    /// (`[{text: a}, {text: b}, ...]`) would otherwise take a walk from the line's start per post.
    func offset(of mark: Mark) -> Int {
        let line = max(1, min(mark.line, lineStarts.count))
        var column = 1
        var offset = lineStarts[line - 1]
        if last.line == line, last.column <= mark.column {
            column = last.column
            offset = last.offset
        }
        while column < mark.column, offset < bytes.count {
            offset += 1
            while offset < bytes.count, bytes[offset] & 0xC0 == 0x80 { offset += 1 }
            column += 1
        }
        (last.line, last.column, last.offset) = (line, max(column, 1), offset)
        return offset
    }

    /// The scalar's value, mapped back to the file.
    func text(of scalar: Node.Scalar) -> MappedText {
        let value = Array(scalar.string.utf8)
        let block = scalar.style == .literal || scalar.style == .folded
        var cursor = skipProperties(from: scalar.mark.map(offset(of:)) ?? 0)
        switch scalar.style {
        case .singleQuoted, .doubleQuoted:
            cursor += 1
        case .literal, .folded:
            // The content starts on the line after the header (`|`, `>-`, `|2 # comment`).
            while cursor < bytes.count, lineBreak(at: cursor) == nil { cursor += 1 }
            cursor += lineBreak(at: cursor) ?? 0
        default:
            break
        }
        var text = MappedText()
        var position = 0
        var atLineStart = block
        while position < value.count, cursor < bytes.count {
            if atLineStart {
                cursor += block ? blockIndentation(at: cursor, before: value[position...]) : blanks(at: cursor)
                atLineStart = false
                continue
            }
            let byte = bytes[cursor]
            if let length = lineBreak(at: cursor) {
                // A line break kept as "\n" or folded into a space; a break folded away maps nothing.
                if value[position] == 0x0A || value[position] == 0x20 {
                    text.append(unescaped: value[position...position], at: cursor)
                    position += 1
                }
                cursor += length
                atLineStart = true
            } else if scalar.style == .doubleQuoted, byte == UInt8(ascii: "\\"), cursor + 1 < bytes.count {
                if let length = lineBreak(at: cursor + 1) {
                    // An escaped line break joins the lines.
                    cursor += 1 + length
                    atLineStart = true
                    continue
                }
                let length = Self.utf8Length(value[position])
                text.append(unescaped: value[position..<min(position + length, value.count)], at: cursor)
                position += length
                cursor += Self.escapeLength(bytes[cursor + 1])
            } else if scalar.style == .singleQuoted, byte == UInt8(ascii: "'"), value[position] == byte,
                      cursor + 1 < bytes.count, bytes[cursor + 1] == byte {
                text.append(unescaped: [byte], at: cursor)
                position += 1
                cursor += 2
            } else if byte == value[position] {
                text.append(verbatim: CollectionOfOne(byte), at: cursor)
                position += 1
                cursor += 1
            } else if byte == 0x20 || byte == 0x09 {
                cursor += 1
            } else {
                break
            }
        }
        // Lost: each byte left maps to where the walk stopped, so none points past the scalar.
        for byte in value[position...] { text.append(unescaped: [byte], at: cursor) }
        text.end(at: cursor)
        return text
    }

    /// Past the anchors (`&a`) and tags (`!!str`) that may come before a scalar, and the space after them.
    private func skipProperties(from start: Int) -> Int {
        var cursor = start
        while cursor < bytes.count, bytes[cursor] == UInt8(ascii: "&") || bytes[cursor] == UInt8(ascii: "!") {
            while cursor < bytes.count, bytes[cursor] != 0x20, bytes[cursor] != 0x09, lineBreak(at: cursor) == nil {
                cursor += 1
            }
            while cursor < bytes.count, bytes[cursor] == 0x20 || bytes[cursor] == 0x09 || lineBreak(at: cursor) != nil {
                cursor += 1
            }
        }
        return cursor
    }

    /// The indentation to pass over at the start of a block scalar's line: all its spaces but those the value
    /// keeps (a more indented line keeps its extra spaces).
    private func blockIndentation(at cursor: Int, before value: ArraySlice<UInt8>) -> Int {
        let spaces = bytes[cursor...].prefix(while: { $0 == 0x20 }).count
        let kept = value.prefix(while: { $0 == 0x20 }).count
        return max(0, spaces - kept)
    }

    private func blanks(at cursor: Int) -> Int {
        bytes[cursor...].prefix(while: { $0 == 0x20 || $0 == 0x09 }).count
    }

    /// The length of the `\n`, `\r\n` or `\r` at `cursor`, if one is there.
    private func lineBreak(at cursor: Int) -> Int? {
        Self.lineBreak(in: bytes, at: cursor, unicode: false)
    }

    /// The length of the line break at `index`; with `unicode`, NEL, LS and PS count too.
    private static func lineBreak(in bytes: [UInt8], at index: Int, unicode: Bool) -> Int? {
        guard index < bytes.count else { return nil }
        switch bytes[index] {
        case 0x0A: return 1
        case 0x0D: return index + 1 < bytes.count && bytes[index + 1] == 0x0A ? 2 : 1
        case 0xC2 where unicode && bytes[index...].starts(with: [0xC2, 0x85]): return 2
        case 0xE2 where unicode && bytes[index...].starts(with: [0xE2, 0x80]) && index + 2 < bytes.count
            && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9):
            return 3
        default: return nil
        }
    }

    /// The length of a double-quoted escape from the letter after its backslash (`\x41`, `\u00e9`, `\U0001F600`).
    private static func escapeLength(_ letter: UInt8) -> Int {
        switch letter {
        case UInt8(ascii: "x"): 4
        case UInt8(ascii: "u"): 6
        case UInt8(ascii: "U"): 10
        default: 2
        }
    }

    /// The length of the UTF-8 sequence a lead byte begins.
    private static func utf8Length(_ lead: UInt8) -> Int {
        switch lead {
        case ..<0xC0: 1
        case ..<0xE0: 2
        case ..<0xF0: 3
        default: 4
        }
    }
}
