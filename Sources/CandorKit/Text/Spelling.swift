/// Near misses for "did you mean ...?": a mistyped subcommand, a rule's short name. Levenshtein distance
/// over characters, case ignored; written here since it is a dozen lines and the project's packages have none.
public enum Spelling {
    /// The edits (insert, delete, replace one character) that turn `a` into `b`, case ignored.
    public static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a.lowercased()), b = Array(b.lowercased())
        guard !a.isEmpty, !b.isEmpty else { return max(a.count, b.count) }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }

    /// The candidates `word` is a near miss of, closest first: within two edits (one for a word of four
    /// characters or fewer, where two edits make anything of anything), or the start of a candidate at least
    /// three characters long.
    public static func nearMisses(of word: String, among candidates: [String]) -> [String] {
        let allowed = word.count <= 4 ? 1 : 2
        let scored = candidates.compactMap { candidate -> (String, Int)? in
            let edits = distance(word, candidate)
            if edits <= allowed { return (candidate, edits) }
            if word.count >= 3, candidate.lowercased().hasPrefix(word.lowercased()) { return (candidate, allowed + 1) }
            return nil
        }
        return scored.sorted { $0.1 != $1.1 ? $0.1 < $1.1 : $0.0 < $1.0 }.map(\.0)
    }
}
