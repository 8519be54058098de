/// The first words of a post, for a person to find it by ("post 14" of a 50-row calendar says little): its
/// prose with every run of whitespace made one space, cut after whole words at `limit` characters (Unicode
/// scalars, as columns are counted). Made for every post on the lanes, so it reads scalars once, from only
/// as much of the post as can show, and never counts a string twice.
public enum Snippet {
    public static let limit = 40

    public static func of(_ prose: [UInt8], limit: Int = Snippet.limit) -> String {
        var result = String.UnicodeScalarView()
        var count = 0
        // The length of `result` up to the end of its last whole word but the one being read.
        var wordsEnd = 0
        var pendingSpace = false
        var cut = false
        // Only what can show is decoded: a long post costs no more than its first words.
        for scalar in String(decoding: prose.prefix(limit * 8), as: UTF8.self).unicodeScalars {
            if scalar.properties.isWhitespace {
                pendingSpace = count > 0
                continue
            }
            if pendingSpace {
                wordsEnd = count
                // The next word starts past the limit: what there is are whole words.
                guard count + 1 < limit else {
                    cut = true
                    break
                }
                result.append(" ")
                count += 1
                pendingSpace = false
            }
            guard count < limit else {
                // Inside a word: back to the last whole one, unless this is the first (then it is cut).
                if wordsEnd > 0 {
                    result = String.UnicodeScalarView(result.prefix(wordsEnd))
                }
                cut = true
                break
            }
            result.append(scalar)
            count += 1
        }
        return String(result) + (cut || prose.count > limit * 8 ? "…" : "")
    }
}
