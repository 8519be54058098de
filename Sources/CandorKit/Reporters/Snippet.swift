/// The first words of a post, for a person to find it by ("post 14" of a 50-row calendar says little): its
/// prose with every run of whitespace made one space, cut after whole words at `limit` characters (Unicode
/// scalars, as columns are counted). Made on the lanes for each post the text report lists, so it reads the
/// bytes once, from only as much of the post as can show, decoding only what is not ASCII.
public enum Snippet {
    public static let limit = 40

    public static func of(_ prose: [UInt8], limit: Int = Snippet.limit) -> String {
        let end = min(prose.count, limit * 8)
        var result: [UInt8] = []
        result.reserveCapacity(limit + 8)
        var count = 0
        // The bytes of `result` up to the end of its last whole word but the one being read.
        var wordsEnd = 0
        var pendingSpace = false
        var cut = false
        prose.withUnsafeBufferPointer { bytes in
            var index = 0
            while index < end {
                let lead = bytes[index]
                var length = 1
                let isSpace: Bool
                if lead < 0x80 {
                    isSpace = lead == 0x20 || (lead >= 0x09 && lead <= 0x0D)
                } else {
                    let (scalar, scalarLength) = WordScanner.decode(at: index, in: bytes)
                    length = min(scalarLength, end - index)
                    isSpace = scalar.properties.isWhitespace
                }
                if isSpace {
                    pendingSpace = count > 0
                    index += length
                    continue
                }
                if pendingSpace {
                    wordsEnd = result.count
                    // The next word starts past the limit: what there is are whole words.
                    guard count + 1 < limit else {
                        cut = true
                        return
                    }
                    result.append(0x20)
                    count += 1
                    pendingSpace = false
                }
                guard count < limit else {
                    // Inside a word: back to the last whole one, unless this is the first (then it is cut).
                    if wordsEnd > 0 { result.removeSubrange(wordsEnd...) }
                    cut = true
                    return
                }
                result.append(contentsOf: bytes[index..<index + length])
                count += 1
                index += length
            }
        }
        return String(decoding: result, as: UTF8.self) + (cut || prose.count > end ? "…" : "")
    }
}
