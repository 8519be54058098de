/// The document counts a Vale style's `metric` rule reads (`words`, `sentences`, `syllables`, `characters`,
/// `complex_words`/`polysyllabic_words`, `long_words`), counted as Vale counts them, apart from `Metrics`
/// (which the score model reads and which stay as they are). Vale summarises a document from its paragraphs,
/// block quotes and lists, leaving out headings, code and tables, and its sentence tokenizer reads a line
/// break inside a paragraph as a space: "... with 100 being\nthe highest score." is one sentence, where
/// candor's own `sentences` reads a post's lines as sentences.
enum ValeMetrics {
    /// The metrics Vale's summary counts; the others keep `Metrics`' values.
    static let counted: [Metric] = [.words, .sentences, .syllables, .characters, .complexWords, .longWords]

    /// `context.metrics.values` with Vale's counts in place of candor's for `counted`.
    static func values(of context: PostContext) -> [Double] {
        var values = context.metrics.values
        let summary = summaryRanges(of: context.post)
        var counts = WordCounts()
        var sentences = 0
        context.prose.withUnsafeBufferPointer { buffer in
            var next = 0
            for word in context.proseWords {
                while next < summary.count, summary[next].upperBound <= word.lowerBound { next += 1 }
                guard next < summary.count, summary[next].contains(word.lowerBound) else { continue }
                counts.add(word: word, in: buffer, tagged: false)
            }
            for range in summary {
                sentences += Metrics.sentences(in: buffer, range: range, lineBreakEnds: false).count
            }
        }
        values[Metric.words.rawValue] = Double(counts.words)
        values[Metric.sentences.rawValue] = Double(counts.words > 0 ? max(sentences, 1) : sentences)
        values[Metric.syllables.rawValue] = Double(counts.syllables)
        values[Metric.characters.rawValue] = Double(counts.characters)
        values[Metric.complexWords.rawValue] = Double(counts.complexWords)
        values[Metric.longWords.rawValue] = Double(counts.longWords)
        return values
    }

    /// What Vale's summary reads: the paragraphs, block quotes and lists of a Markdown post, in order and not
    /// overlapping (a list's paragraphs inside a block quote count once); the whole post when it has none.
    static func summaryRanges(of post: Post) -> [Range<Int>] {
        let kinds: Set<Post.Block.Kind> = [.paragraph, .blockquote, .list]
        let blocks = post.blocks.filter { kinds.contains($0.kind) }.map(\.range).sorted { $0.lowerBound < $1.lowerBound }
        guard !blocks.isEmpty else { return post.blocks.isEmpty ? [0..<post.text.count] : [] }
        var merged: [Range<Int>] = []
        for block in blocks {
            if let last = merged.last, block.lowerBound < last.upperBound {
                merged[merged.count - 1] = last.lowerBound..<max(last.upperBound, block.upperBound)
            } else {
                merged.append(block)
            }
        }
        return merged
    }
}
