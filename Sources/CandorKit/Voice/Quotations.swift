/// Someone's words relayed in quotation marks, six words or more (`reported_speech`).
enum Quotations {
    /// Words a quotation must hold to count as someone's words relayed rather than a title or a phrase held up
    /// for a look (Watching "The Last Lighthouse Keeper", a so-called "fix").
    static let minimumWords = 6

    /// Quoted passages of `minimumWords` words or more: between straight double quotes, paired in order, or
    /// between curly ones (“ ... ”). An unclosed quote counts nothing.
    static func count(in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var count = 0
        var open: Int?
        var curly = false
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            var length = 1
            var mark: (opens: Bool, closes: Bool, curly: Bool)?
            if byte == UInt8(ascii: "\"") {
                mark = (true, true, false)
            } else if byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80, bytes[index + 2] == 0x9C || bytes[index + 2] == 0x9D {
                length = 3
                mark = (bytes[index + 2] == 0x9C, bytes[index + 2] == 0x9D, true)
            }
            if let mark {
                if let start = open, mark.closes, mark.curly == curly {
                    var words = 0
                    WordScanner.forEachWord(in: bytes, range: start..<index) { _ in words += 1 }
                    if words >= minimumWords { count += 1 }
                    open = nil
                } else if mark.opens {
                    open = index + length
                    curly = mark.curly
                }
            }
            index += length
        }
        return count
    }

}
