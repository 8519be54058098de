/// The area under the ROC curve: the chance that a post of one group scores above a post of the other, ties
/// counting half (the Mann-Whitney U statistic over the product of the group sizes).
public enum ROC {
    /// How well `positives` score above `negatives`; nil when either group is empty.
    public static func area(positives: [Double], negatives: [Double]) -> Double? {
        guard !positives.isEmpty, !negatives.isEmpty else { return nil }
        let labelled = (positives.map { ($0, true) } + negatives.map { ($0, false) }).sorted { $0.0 < $1.0 }
        // Ranks from 1, tied values sharing their mean rank.
        var rankSum = 0.0
        var start = 0
        while start < labelled.count {
            var end = start
            while end + 1 < labelled.count, labelled[end + 1].0 == labelled[start].0 { end += 1 }
            let rank = Double(start + end + 2) / 2
            for index in start...end where labelled[index].1 { rankSum += rank }
            start = end + 1
        }
        let count = Double(positives.count)
        return (rankSum - count * (count + 1) / 2) / (count * Double(negatives.count))
    }
}
