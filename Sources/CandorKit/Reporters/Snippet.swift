/// The first words of a post, for a person to find it by ("post 14" of a 50-row calendar says little): its
/// prose with every run of whitespace made one space, cut after whole words at `limit` characters.
public enum Snippet {
    public static let limit = 40

    public static func of(_ prose: [UInt8], limit: Int = Snippet.limit) -> String {
        var result = ""
        var words = 0
        // Only what can show is decoded: a long post costs no more than its first words.
        for word in String(decoding: prose.prefix(limit * 8), as: UTF8.self).split(whereSeparator: \.isWhitespace) {
            let separator = words == 0 ? 0 : 1
            if result.count + separator + word.count > limit {
                // A first word longer than the limit is cut; a later one is left out whole.
                if words == 0 { result = String(word.prefix(limit)) }
                return result + "…"
            }
            if separator == 1 { result += " " }
            result += word
            words += 1
        }
        return prose.count > limit * 8 ? result + "…" : result
    }
}
