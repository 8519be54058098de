import CandorBytes

/// The shape of one Markdown post: which bytes are prose, its blocks, and its `candor-disable` comments.
struct MarkdownStructure {
    private(set) var prose: [UInt8]
    private(set) var blocks: [Post.Block] = []
    private(set) var suppressions: [Post.Suppression] = []
    private let text: [UInt8]
    private let lines: [Line]
    private let delimiters: InlineDelimiters?
    /// The last search for each spelling of a `candor-enable` comment, reused by the `candor-disable`s after it.
    private var enableSearches: [(from: Int, found: Int?)?] = [nil, nil]
    private static let enableComments = [Array("<!-- candor-enable".utf8), Array("<!--candor-enable".utf8)]
    /// Each Vale comment that switches a rule back on (`vale on` under ""), by rule, where it starts; listed
    /// at the first Vale comment that needs it.
    private var valeEnables: [String: [Int]]?

    init(_ text: [UInt8]) {
        self.text = text
        prose = text
        lines = Line.split(text)
        delimiters = InlineDelimiters(text)
        scanBlocks()
        scanInline(from: 0, to: text.count)
    }

    /// What a post takes from the structure: its prose, blocks and suppressions.
    var parts: (prose: [UInt8], blocks: [Post.Block], suppressions: [Post.Suppression]) { (prose, blocks, suppressions) }

    /// Plain text (`.txt`): only the suppression comments are read, and blanked.
    static func suppressionsOnly(_ text: [UInt8]) -> (prose: [UInt8], blocks: [Post.Block], suppressions: [Post.Suppression]) {
        var structure = MarkdownStructure(empty: text)
        var index = 0
        while let open = structure.find([0x3C, 0x21, 0x2D, 0x2D], from: index, to: text.count) {
            index = structure.comment(at: open)
        }
        return (structure.prose, structure.blocks, structure.suppressions)
    }

    private init(empty text: [UInt8]) {
        self.text = text
        prose = text
        lines = Line.split(text)
        delimiters = nil
    }

    // MARK: Blocks

    private mutating func scanBlocks() {
        var index = 0
        var fence: Fence?
        var fenceStart = 0
        var open: (kind: Post.Block.Kind, start: Int, end: Int)?
        // The kind of the block a blank line last closed: an indented line after a list continues the list.
        var lastClosed: Post.Block.Kind?

        func close(_ open: inout (kind: Post.Block.Kind, start: Int, end: Int)?, into blocks: inout [Post.Block]) {
            if let block = open {
                blocks.append(Post.Block(kind: block.kind, range: block.start..<block.end))
                lastClosed = block.kind
            }
            open = nil
        }

        while index < lines.count {
            let line = lines[index]
            defer { index += 1 }
            if let current = fence {
                mask(line.start..<line.end)
                if current.closes(line, in: text) {
                    blocks.append(Post.Block(kind: .code, range: fenceStart..<line.end))
                    fence = nil
                }
                continue
            }
            if let opened = Fence.opening(line, in: text) {
                close(&open, into: &blocks)
                fence = opened
                fenceStart = line.start
                mask(line.start..<line.end)
                continue
            }
            if line.isBlank(text) {
                close(&open, into: &blocks)
                continue
            }
            // An indented code block (four spaces or a tab), which cannot interrupt a paragraph: code, as a
            // fenced block is. One after a list is the list's own text.
            if open == nil || open?.kind == .code, lastClosed != .list, indentedCode(line) {
                mask(line.start..<line.end)
                if open == nil { open = (.code, line.start, line.end) }
                open?.end = line.end
                continue
            }
            if open?.kind == .code { close(&open, into: &blocks) }
            var content = line.start
            while content < line.end, text[content] == 0x20, content - line.start < 3 { content += 1 }

            if let level = headingLevel(at: content, end: line.end) {
                close(&open, into: &blocks)
                mask(content..<content + level)
                // A closing run of #s is markup too.
                var tail = line.end
                while tail > content + level, text[tail - 1] == 0x20 || text[tail - 1] == 0x0D { tail -= 1 }
                var hashes = tail
                while hashes > content + level, text[hashes - 1] == UInt8(ascii: "#") { hashes -= 1 }
                if hashes < tail, hashes > content + level, text[hashes - 1] == 0x20 { mask(hashes..<tail) }
                blocks.append(Post.Block(kind: .heading, range: line.start..<line.end, level: level))
                continue
            }
            if referenceDefinition(line) {
                mask(line.start..<line.end)
                continue
            }
            if text[content] == UInt8(ascii: ">") {
                mask(content..<content + 1)
                if open?.kind != .blockquote { close(&open, into: &blocks); open = (.blockquote, line.start, line.end) }
                open?.end = line.end
                continue
            }
            if let marker = listMarker(at: content, end: line.end) {
                mask(content..<marker)
                if open?.kind != .list { close(&open, into: &blocks); open = (.list, line.start, line.end) }
                open?.end = line.end
                continue
            }
            if open == nil { open = (.paragraph, line.start, line.end) }
            open?.end = line.end
        }
        if fence != nil { blocks.append(Post.Block(kind: .code, range: fenceStart..<text.count)) }
        close(&open, into: &blocks)
    }

    private func indentedCode(_ line: Line) -> Bool {
        var column = 0
        var index = line.start
        while index < line.end, column < 4 {
            if text[index] == 0x20 { column += 1 } else if text[index] == 0x09 { column = 4 } else { return false }
            index += 1
        }
        return column >= 4 && index < line.end
    }

    private func headingLevel(at index: Int, end: Int) -> Int? {
        var level = 0
        while index + level < end, text[index + level] == UInt8(ascii: "#") { level += 1 }
        guard (1...6).contains(level) else { return nil }
        return index + level == end || text[index + level] == 0x20 || text[index + level] == 0x09 ? level : nil
    }

    /// The offset just past a list marker (`- `, `* `, `+ `, `1. `, `1) `), if the line starts with one.
    private func listMarker(at index: Int, end: Int) -> Int? {
        guard index < end else { return nil }
        let byte = text[index]
        if byte == UInt8(ascii: "-") || byte == UInt8(ascii: "*") || byte == UInt8(ascii: "+") {
            return index + 1 < end && text[index + 1] == 0x20 ? index + 2 : nil
        }
        var digits = index
        while digits < end, digits - index < 9, (0x30...0x39).contains(text[digits]) { digits += 1 }
        guard digits > index, digits + 1 < end,
              text[digits] == UInt8(ascii: ".") || text[digits] == UInt8(ascii: ")"), text[digits + 1] == 0x20
        else { return nil }
        return digits + 2
    }

    /// `[label]: destination`: a link reference definition, all markup.
    private func referenceDefinition(_ line: Line) -> Bool {
        var index = line.start
        while index < line.end, text[index] == 0x20 { index += 1 }
        guard index < line.end, text[index] == UInt8(ascii: "["),
              let close = find([UInt8(ascii: "]")], from: index + 1, to: line.end),
              close + 1 < line.end, text[close + 1] == UInt8(ascii: ":") else { return false }
        return true
    }

    // MARK: Inline

    private mutating func scanInline(from start: Int, to end: Int) {
        var index = start
        while index < end {
            guard prose[index] == text[index] || Line.isBreak(text, at: index) else { index += 1; continue }  // masked already
            switch text[index] {
            case UInt8(ascii: "`"):
                index = codeSpan(at: index)
            case UInt8(ascii: "<"):
                if text[index...].starts(with: [0x3C, 0x21, 0x2D, 0x2D]) {
                    index = comment(at: index)
                } else {
                    index = angleBracket(at: index)
                }
            case UInt8(ascii: "["):
                index = link(at: index)
            default:
                index += 1
            }
        }
    }

    private mutating func codeSpan(at start: Int) -> Int {
        var run = start
        while run < text.count, text[run] == UInt8(ascii: "`") { run += 1 }
        let width = run - start
        guard delimiters?.hasBacktickRun(of: width, from: run) ?? true else { return run }
        var index = run
        while index < text.count {
            if text[index] == UInt8(ascii: "`") {
                var close = index
                while close < text.count, text[close] == UInt8(ascii: "`") { close += 1 }
                if close - index == width {
                    mask(start..<close)
                    return close
                }
                index = close
            } else {
                index += 1
            }
        }
        return run
    }

    /// `<!-- ... -->`: blanked; a `candor-disable…` comment becomes a suppression.
    mutating func comment(at start: Int) -> Int {
        guard let close = find([0x2D, 0x2D, 0x3E], from: start + 4, to: text.count) else {
            mask(start..<text.count)
            blocks.append(Post.Block(kind: .comment, range: start..<text.count))
            return text.count
        }
        let end = close + 3
        mask(start..<end)
        blocks.append(Post.Block(kind: .comment, range: start..<end))
        let body = String(decoding: text[(start + 4)..<close], as: UTF8.self)
        let words = body.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" })
        guard let directive = words.first else { return end }
        let rulesText = words.dropFirst().joined(separator: " ")
        let names = rulesText.split(separator: ",").map { String($0.trimmingSpaces()) }.filter { !$0.isEmpty }
        let rules: Set<String>? = names.isEmpty ? nil : Set(names)
        // Lines are looked up, and the search for `candor-enable` reused, so that a line of a million such
        // comments takes a pass, not a pass per comment.
        switch directive {
        case "vale":
            valeComment(Array(words.dropFirst()).joined(separator: " "), end: end)
        case "candor-disable":
            suppressions.append(Post.Suppression(rules: rules, range: end..<nextEnable(from: end)))
        case "candor-disable-next-line":
            let line = lineIndex(of: end)
            guard line + 1 < lines.count else { break }
            suppressions.append(Post.Suppression(rules: rules, range: lines[line + 1].start..<lines[line + 1].end))
        case "candor-disable-line":
            let lineEnd = lines[lineIndex(of: end)].end
            suppressions.append(Post.Suppression(
                rules: rules, range: lines[lineIndex(of: start)].start..<(end <= lineEnd ? lineEnd : text.count)))
        default:
            break
        }
        return end
    }

    /// Vale's in-document comments: `vale off` switches every rule off until `vale on`; `vale Style.Rule = NO`
    /// (or `vale Style = NO`, a whole style) switches it off until `vale Style.Rule = YES`. Several settings
    /// may be given, separated by commas.
    private mutating func valeComment(_ setting: String, end: Int) {
        let trimmed = String(setting.trimmingSpaces())
        if trimmed == "off" {
            suppressions.append(Post.Suppression(rules: nil, range: end..<nextValeEnable(of: nil, from: end), sparesRaw: true))
            return
        }
        for pair in trimmed.split(separator: ",") {
            let parts = pair.split(separator: "=", maxSplits: 1).map { String($0.trimmingSpaces()) }
            guard parts.count == 2, !parts[0].isEmpty, parts[1].uppercased() == "NO" else { continue }
            suppressions.append(Post.Suppression(
                rules: [parts[0]], range: end..<nextValeEnable(of: parts[0], from: end), sparesRaw: true))
        }
    }

    /// Where the comment that switches `name` (nil: every rule, `vale on`) back on starts, at or after
    /// `offset`, or the end of the text. The post's Vale comments are listed once, so a draft of many
    /// of them takes a pass and a search each.
    private mutating func nextValeEnable(of name: String?, from offset: Int) -> Int {
        if valeEnables == nil {
            var enables: [String: [Int]] = [:]
            var index = 0
            while let open = find(Array("<!--".utf8), from: index, to: text.count) {
                guard let close = find([0x2D, 0x2D, 0x3E], from: open + 4, to: text.count) else { break }
                let body = String(decoding: text[(open + 4)..<close], as: UTF8.self).trimmingSpaces()
                if body.hasPrefix("vale ") {
                    let setting = body.dropFirst(5).trimmingSpaces()
                    if setting == "on" { enables["", default: []].append(open) }
                    for pair in setting.split(separator: ",") {
                        let parts = pair.split(separator: "=", maxSplits: 1).map { String($0.trimmingSpaces()) }
                        if parts.count == 2, parts[1].uppercased() == "YES" { enables[parts[0], default: []].append(open) }
                    }
                }
                index = close + 3
            }
            valeEnables = enables
        }
        guard let starts = valeEnables?[name ?? ""] else { return text.count }
        var low = 0, high = starts.count
        while low < high {
            let mid = (low + high) / 2
            if starts[mid] < offset { low = mid + 1 } else { high = mid }
        }
        return low < starts.count ? starts[low] : text.count
    }

    /// `<https://…>` autolinks and inline HTML tags: markup, blanked.
    private mutating func angleBracket(at start: Int) -> Int {
        var index = start + 1
        guard index < text.count else { return index }
        let first = text[index]
        let isTag = first == UInt8(ascii: "/") || (first | 0x20 >= UInt8(ascii: "a") && first | 0x20 <= UInt8(ascii: "z"))
        guard isTag else { return index }
        while index < text.count, text[index] != UInt8(ascii: ">"), !Line.isBreak(text, at: index), text[index] != UInt8(ascii: "<") {
            index += 1
        }
        guard index < text.count, text[index] == UInt8(ascii: ">") else { return start + 1 }
        mask(start..<index + 1)
        return index + 1
    }

    /// `[text](destination "title")`, `![alt](src)`, `[text][ref]`: the text is prose, the rest markup.
    /// The link text ends at the `]` where the bracket depth returns to 0 (escapes skipped, within the
    /// paragraph); the destination or label after it at the `)` or `]` closing it on the same line.
    private mutating func link(at start: Int) -> Int {
        guard let delimiters, let close = delimiters.linkTextEnd(openedAt: start), close + 1 < text.count,
              text[close + 1] == UInt8(ascii: "(") || text[close + 1] == UInt8(ascii: "["),
              let end = delimiters.destinationEnd(openedAt: close + 1)
        else { return start + 1 }
        let bang = start > 0 && text[start - 1] == UInt8(ascii: "!")
        mask((bang ? start - 1 : start)..<start + 1)
        mask(close..<end + 1)
        // The link text may hold code spans or more markup: the scan goes on inside it, and passes over the
        // masked destination after it. (Not by recursion: links nested 100,000 deep would overflow the stack.)
        return start + 1
    }

    // MARK: Helpers

    /// Where the first `candor-enable` comment at or after `offset` starts, or the end of the text.
    private mutating func nextEnable(from offset: Int) -> Int {
        var first = text.count
        for (spelling, needle) in Self.enableComments.enumerated() {
            // Searches go forward, so one that started earlier and found nothing, or found a comment still
            // ahead, answers this one too.
            if let last = enableSearches[spelling], last.from <= offset, (last.found ?? .max) >= offset {
                first = min(first, last.found ?? text.count)
                continue
            }
            let found = find(needle, from: offset, to: text.count)
            enableSearches[spelling] = (offset, found)
            first = min(first, found ?? text.count)
        }
        return first
    }

    /// The index in `lines` of the line holding `offset` (a newline belongs to the line it ends).
    private func lineIndex(of offset: Int) -> Int {
        var low = 0, high = lines.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lines[mid].start <= offset { low = mid } else { high = mid - 1 }
        }
        return low
    }

    private mutating func mask(_ range: Range<Int>) {
        for index in range where !Line.isBreak(text, at: index) { prose[index] = 0x20 }
    }

    func find(_ needle: [UInt8], from start: Int, to end: Int) -> Int? {
        ByteSearch.firstRange(of: needle, in: text, from: start, to: end)?.lowerBound
    }
}
