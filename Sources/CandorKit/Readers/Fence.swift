/// A fenced code block's opening: three or more backticks or tildes, indented at most three spaces.
struct Fence {
    let marker: UInt8
    let count: Int

    static func opening(_ line: Line, in bytes: [UInt8]) -> Fence? {
        var index = line.start
        var indent = 0
        while index < line.end, bytes[index] == 0x20, indent < 4 { index += 1; indent += 1 }
        guard indent < 4, index < line.end, bytes[index] == UInt8(ascii: "`") || bytes[index] == UInt8(ascii: "~")
        else { return nil }
        let marker = bytes[index]
        var count = 0
        while index < line.end, bytes[index] == marker { index += 1; count += 1 }
        guard count >= 3 else { return nil }
        // A backtick fence's info string may not contain a backtick (CommonMark 4.5).
        if marker == UInt8(ascii: "`"), bytes[index..<line.end].contains(marker) { return nil }
        return Fence(marker: marker, count: count)
    }

    func closes(_ line: Line, in bytes: [UInt8]) -> Bool {
        let text = line.trimmed(bytes)
        return text.utf8.count >= count && text.utf8.allSatisfy { $0 == marker }
    }
}
