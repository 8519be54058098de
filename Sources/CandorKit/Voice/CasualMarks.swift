/// Marks of a casual voice that are not words (`informal`): text emoticons and a lower-case start.
enum CasualMarks {
    /// Text emoticons: `:)`, `:-)`, `:(`, `:D`, `:P`, `;)`, `=)`, `:'(`, `<3`. Each starts with ":", ";", "<"
    /// or "=", the bytes 0x3A to 0x3D: one comparison passes over every other byte.
    static func emoticons(in prose: [UInt8]) -> Int {
        prose.withUnsafeBufferPointer { prose in
            var count = 0
            var index = 0
            while index + 1 < prose.count {
                let byte = prose[index]
                guard byte &- UInt8(ascii: ":") <= 3 else {
                    index += 1
                    continue
                }
                if byte == UInt8(ascii: "<"), prose[index + 1] == UInt8(ascii: "3") {
                    count += 1
                    index += 2
                    continue
                }
                if byte != UInt8(ascii: "<") {
                    var next = index + 1
                    if prose[next] == UInt8(ascii: "-") || prose[next] == UInt8(ascii: "'") { next += 1 }
                    // The emoticon must end the word: ":D" yes, ":Data" no.
                    if next < prose.count, Array(")(DPp".utf8).contains(prose[next]),
                       next + 1 == prose.count || !WordScanner.isWordScalar(Unicode.Scalar(prose[next + 1])) {
                        count += 1
                        index = next + 1
                        continue
                    }
                }
                index += 1
            }
            return count
        }
    }


    /// Whether the post starts in lower case, as people type and desks do not.
    static func startsInLowerCase(_ prose: [UInt8]) -> Bool {
        guard let first = prose.first(where: { !Metrics.isSpace($0) }) else { return false }
        return first >= UInt8(ascii: "a") && first <= UInt8(ascii: "z")
    }

}
