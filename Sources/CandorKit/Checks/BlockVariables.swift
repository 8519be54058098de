/// Vale's metric variables that count a document's blocks: `heading.h1` ... `heading.h6`, `list`,
/// `blockquote` and `pre` (code blocks), read from a post's Markdown blocks. They follow `Metrics`' slots in
/// what a `MetricProgram` reads, so a formula compiles over both.
enum BlockVariables {
    static let names = (1...6).map { "heading.h\($0)" } + ["list", "blockquote", "pre"]

    static func isKnown(_ name: String) -> Bool { names.contains(name) }

    /// The variable's position after `Metrics`' own.
    static func slot(of name: String) -> Int? { names.firstIndex(of: name).map { Metric.count + $0 } }

    /// Each variable's count in `post`, in the order of `names`.
    static func values(of post: Post) -> [Double] {
        var counts = [Double](repeating: 0, count: names.count)
        for block in post.blocks {
            switch block.kind {
            case .heading: if (1...6).contains(block.level) { counts[block.level - 1] += 1 }
            case .list: counts[6] += 1
            case .blockquote: counts[7] += 1
            case .code: counts[8] += 1
            default: break
            }
        }
        return counts
    }
}

extension Metrics {
    /// A metric rule's variable: one of `Metrics`' or one of Vale's block counts (`BlockVariables`).
    @Sendable static func isPostVariable(_ name: String) -> Bool { isKnown(name) || BlockVariables.isKnown(name) }
}
