/// A post's suppressions, sorted so that asking whether one covers a match looks at the few that start
/// before it and still reach it, not at all of them: a draft of 20,000 `candor-disable-next-line` comments
/// with a finding under each took 40 s in a debug build, checking every comment for every finding.
struct SuppressionIndex {
    /// Sorted by where they start.
    private let suppressions: [Post.Suppression]
    /// `reach[i]`: the furthest end among `suppressions[...i]`, so a backward search stops where nothing
    /// earlier reaches the offset.
    private let reach: [Int]

    init(_ suppressions: [Post.Suppression]) {
        self.suppressions = suppressions.sorted { $0.range.lowerBound < $1.range.lowerBound }
        var furthest = Int.min
        reach = self.suppressions.map { suppression in
            furthest = max(furthest, suppression.range.upperBound)
            return furthest
        }
    }

    /// Whether a suppression covers `rule` at byte `offset` of the post's text; `readsRaw`: the rule reads
    /// the raw text, which Vale's comments leave alone.
    func covers(rule: String, at offset: Int, readsRaw: Bool = false) -> Bool {
        // The last suppression that starts at or before `offset`, then back while any earlier one may reach it.
        var low = 0, high = suppressions.count
        while low < high {
            let mid = (low + high) / 2
            if suppressions[mid].range.lowerBound <= offset { low = mid + 1 } else { high = mid }
        }
        var index = low - 1
        while index >= 0, reach[index] > offset {
            if suppressions[index].covers(rule: rule, at: offset), !(readsRaw && suppressions[index].sparesRaw) { return true }
            index -= 1
        }
        return false
    }
}
