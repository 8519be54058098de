/// Text saved as UTF-16 with a byte order mark (what Windows Notepad calls "Unicode"), read as UTF-8. Every
/// reader works on UTF-8, so such a file is transcoded whole before it is read, without its mark: its lines
/// and its columns (Unicode scalars, the first character of the file in column 1) stay what they were.
enum UTF16Text {
    /// Whether `bytes` are UTF-16: they start with its byte order mark, little- or big-endian (but not
    /// UTF-32's little-endian mark, FF FE 00 00, which starts the same way), and a NUL byte follows within
    /// `BinaryContent.probedBytes`, as it does in UTF-16 holding any ASCII character, a space or a line break.
    /// The files taken are those that were otherwise binary; a mark followed by no NUL is broken UTF-8 as
    /// before, read with replacement characters.
    static func hasByteOrderMark(_ bytes: some Collection<UInt8>) -> Bool {
        let head = Array(bytes.prefix(BinaryContent.probedBytes + 2))
        guard head.count >= 4, head[0] == 0xFE && head[1] == 0xFF || head[0] == 0xFF && head[1] == 0xFE,
              !(head[0] == 0xFF && head[2] == 0 && head[3] == 0) else { return false }
        return head[2...].contains(0)
    }

    /// The text of `bytes` as UTF-8 (without the mark), or nil when they are not UTF-16 with a byte order mark.
    /// An unpaired surrogate, or an odd byte at the end, becomes U+FFFD.
    static func utf8(_ bytes: [UInt8]) -> [UInt8]? {
        guard hasByteOrderMark(bytes) else { return nil }
        let bigEndian = bytes[0] == 0xFE
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = 2
        while index + 1 < bytes.count {
            let (high, low) = bigEndian ? (bytes[index], bytes[index + 1]) : (bytes[index + 1], bytes[index])
            units.append(UInt16(high) << 8 | UInt16(low))
            index += 2
        }
        var text = Array(String(decoding: units, as: UTF16.self).utf8)
        if index < bytes.count { text += [0xEF, 0xBF, 0xBD] }
        return text
    }
}
