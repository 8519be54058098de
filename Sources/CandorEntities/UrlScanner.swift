/// Finds URLs as twitter-text's `extractURLsWithIndices` does: its `VALID_URL` pattern searched left to right,
/// then its checks on the match (no bare domain after `-_./`, t.co slugs of at most 40 characters, a host that
/// IDNA accepts and a URL of at most 4,096 characters).
///
/// The pattern backtracks over how many of a domain's labels are subdomains; this scanner remembers, per
/// label, which domain it ends up in, so a long dotted run is read in linear time however many candidate
/// starts share it.
struct UrlScanner {
    /// Finds the URLs in `text`; with `requiringScheme` only those written with `http://` or `https://`.
    static func urls(in text: ScalarText, requiringScheme: Bool = false) -> [ScannedEntity] {
        guard text.contains(".") else { return [] }
        var scanner = UrlScanner(text: text, requiresScheme: requiringScheme)
        return scanner.scan()
    }

    private struct Match {
        let start: Int
        /// The scalar the pattern took before the URL; nil at the start of the text.
        let preceding: Unicode.Scalar?
        let hasScheme: Bool
        let host: Range<Int>
        let end: Int
    }

    /// A run of label characters (`URL_VALID_CHARS`, `-`, `_`) and where its last `_` is.
    private struct LabelRun {
        let start: Int
        let end: Int
        let lastUnderscore: Int?
    }

    /// A label (`(?:C[C\-_]*)?C\.`, C being `URL_VALID_CHARS`): the dot that ends it, and whether it has an
    /// underscore, which a subdomain may have and a domain name may not.
    private struct Label {
        let dot: Int
        let hasUnderscore: Bool
    }

    private static let maxURLLength = 4096
    private static let maxTcoSlugLength = 40
    /// The longest name in `TLDList`, in scalars (a test checks it against the lists): computing it would
    /// hash both lists again at every start.
    static let longestTLD = 18

    private let text: ScalarText
    private let requiresScheme: Bool
    /// The run read for the last candidate start; later starts inside it reuse it rather than read it again.
    private var candidateRun = LabelRun(start: 0, end: 0, lastUnderscore: nil)
    /// `dottedDomainEnd(fromLabel:)` by label start, `topLevelDomainEnd(at:)` by start; a nil value is "none".
    private var dottedDomainEnds: [Int: Int?] = [:]
    private var topLevelDomainEnds: [Int: Int?] = [:]

    private mutating func scan() -> [ScannedEntity] {
        var urls: [ScannedEntity] = []
        var position = 0
        // A URL's host has a dot before any white space: the candidate starts up to the next white space
        // can be skipped when it comes before the next dot, and all of them when no dot is left.
        var dot = -1, space = -1
        while position < text.count {
            if dot < position { dot = nextIndex(from: position) { $0 == "." } }
            guard dot < text.count else { break }
            if space <= position { space = nextIndex(from: position + 1) { $0.isJavaWhitespace } }
            if space < dot {
                position = space
                continue
            }
            // The pattern opens with one preceding scalar, or with the start of the text when that fails.
            let preceding = text.scalars[position]
            var match = Self.canPrecedeURL(preceding) ? self.match(at: position + 1, after: preceding) : nil
            if match == nil, position == 0 {
                match = self.match(at: 0, after: nil)
            }
            guard let match else {
                position += 1
                continue
            }
            if let url = accepted(match) {
                urls.append(url)
            }
            position = match.end
        }
        return urls
    }

    /// The first index from `start` whose scalar satisfies `predicate`, or the text's end.
    private func nextIndex(from start: Int, where predicate: (Unicode.Scalar) -> Bool) -> Int {
        var index = start
        while index < text.count, !predicate(text.scalars[index]) { index += 1 }
        return index
    }

    /// `(https?://)? domain (:port)? (/path)? (?query)?` at `start`, with the scheme if it leads to a domain.
    private mutating func match(at start: Int, after preceding: Unicode.Scalar?) -> Match? {
        // Every URL starts with a scheme or a label, or follows a scheme; most starts are neither.
        guard let first = text[start], Self.isValidCharacter(first) || followsScheme(start) else { return nil }
        if let hostStart = schemeEnd(at: start), let hostEnd = domainEnd(at: hostStart, afterScheme: true) {
            return Match(
                start: start, preceding: preceding, hasScheme: true, host: hostStart..<hostEnd,
                end: tailEnd(after: hostEnd))
        }
        guard !requiresScheme, let hostEnd = domainEnd(at: start, afterScheme: followsScheme(start)) else {
            return nil
        }
        return Match(
            start: start, preceding: preceding, hasScheme: false, host: start..<hostEnd,
            end: tailEnd(after: hostEnd))
    }

    /// Applies twitter-text's checks on a match: nil drops it (its text is still consumed).
    private func accepted(_ match: Match) -> ScannedEntity? {
        if !match.hasScheme, ["-", "_", ".", "/"].contains(match.preceding) {
            return nil
        }
        var end = match.end
        if match.hasScheme, match.host.count == 4, text.hasPrefix("t.co/", at: match.host.lowerBound) {
            // A t.co link is its slug and an optional query: nothing else of the path belongs to it.
            let slugStart = match.host.upperBound + 1
            var slugEnd = slugStart
            while slugEnd < match.end, text.scalars[slugEnd].isASCIIAlphanumeric {
                slugEnd += 1
            }
            if slugEnd > slugStart {
                guard slugEnd - slugStart <= Self.maxTcoSlugLength else { return nil }
                end = slugEnd
                if text[slugEnd] == "?", let queryEnd = queryEnd(from: slugEnd + 1, limit: match.end) {
                    end = queryEnd
                }
            }
        }
        guard let asciiHostLength = IDNA.asciiLength(ofHost: text.scalars[match.host]) else { return nil }
        let urlLength = utf16Length(match.start..<end) - utf16Length(match.host) + asciiHostLength
        // twitter-text assumes `https://` for a URL written without a scheme, as the t.co backend stores it.
        guard urlLength + (match.hasScheme ? 0 : 8) <= Self.maxURLLength else { return nil }
        let range = match.start..<end
        return ScannedEntity(kind: .url, scalarRange: range, value: text.string(range))
    }

    // MARK: Scheme and domain

    private func schemeEnd(at start: Int) -> Int? {
        guard text[start]?.asciiLowercased == "h" else { return nil }
        if text.hasPrefix("https://", at: start) { return start + 8 }
        if text.hasPrefix("http://", at: start) { return start + 7 }
        return nil
    }

    /// The pattern's `(?<=https?://)`: true even when the scheme was not taken as part of the match.
    private func followsScheme(_ index: Int) -> Bool {
        text[index - 1] == "/"
            && (text.hasPrefix("http://", at: index - 7) || text.hasPrefix("https://", at: index - 8))
    }

    private mutating func domainEnd(at start: Int, afterScheme: Bool) -> Int? {
        if let end = dottedDomainEnd(from: start) { return end }
        return afterScheme ? unicodeDomainEnd(at: start) : nil
    }

    /// `URL_VALID_SUBDOMAIN* URL_VALID_DOMAIN_NAME (gTLD | ccTLD | punycode)` from a candidate start, which
    /// may be inside a label (after a `-`, `_` or accented letter).
    private mutating func dottedDomainEnd(from start: Int) -> Int? {
        if !(candidateRun.start..<candidateRun.end).contains(start) {
            candidateRun = labelRun(from: start)
        }
        guard let label = label(at: start, in: candidateRun) else { return nil }
        return domainEnd(afterLabel: label)
    }

    /// The domain a label starts: as many further labels as subdomains as still leave a domain name and a
    /// TLD, like the pattern's greedy `*`, so the domain after the next label if there is one, else this
    /// label as the domain name with a TLD after its dot.
    private mutating func domainEnd(afterLabel label: Label) -> Int? {
        if let end = dottedDomainEnd(fromLabel: label.dot + 1) { return end }
        return label.hasUnderscore ? nil : topLevelDomainEnd(at: label.dot + 1)
    }

    /// `dottedDomainEnd(from:)` for a label after a dot, remembered. The labels ahead are walked to one whose
    /// answer is known, then answered backward, so a long run of labels is not walked again from each dot.
    private mutating func dottedDomainEnd(fromLabel start: Int) -> Int? {
        var chain: [(start: Int, label: Label)] = []
        var position = start
        // A lookup is nil while a label's answer is unknown, and `.some(nil)` once it is known to be none.
        var known = dottedDomainEnds[position]
        while known == nil {
            guard let label = label(at: position, in: labelRun(from: position)) else {
                dottedDomainEnds.updateValue(nil, forKey: position)
                known = .some(nil)
                break
            }
            chain.append((position, label))
            position = label.dot + 1
            known = dottedDomainEnds[position]
        }
        var end = known!
        for (labelStart, label) in chain.reversed() {
            if end == nil, !label.hasUnderscore {
                end = topLevelDomainEnd(at: label.dot + 1)
            }
            dottedDomainEnds.updateValue(end, forKey: labelStart)
        }
        return end
    }

    private func labelRun(from start: Int) -> LabelRun {
        var end = start
        var lastUnderscore: Int?
        while let scalar = text[end], Self.isLabelCharacter(scalar) {
            if scalar == "_" { lastUnderscore = end }
            end += 1
        }
        return LabelRun(start: start, end: end, lastUnderscore: lastUnderscore)
    }

    /// The label from `start`, which lies in `run`: valid when it starts and ends with `URL_VALID_CHARS`
    /// and a dot follows the run.
    private func label(at start: Int, in run: LabelRun) -> Label? {
        guard start < run.end, Self.isValidCharacter(text.scalars[start]),
            Self.isValidCharacter(text.scalars[run.end - 1]), text[run.end] == "."
        else { return nil }
        return Label(dot: run.end, hasUnderscore: run.lastUnderscore.map { $0 >= start } ?? false)
    }

    /// `URL_VALID_UNICODE_DOMAIN_NAME (gTLD | ccTLD)`: one label of any non-punctuation, non-space scalars,
    /// which twitter-text allows only right after `http://` or `https://`.
    private func unicodeDomainEnd(at start: Int) -> Int? {
        guard let first = text[start], Self.isUnicodeDomainCharacter(first) else { return nil }
        var end = start + 1
        while let scalar = text[end], Self.isUnicodeDomainCharacter(scalar) || scalar == "-" {
            end += 1
        }
        guard text[end] == ".", Self.isUnicodeDomainCharacter(text.scalars[end - 1]) else { return nil }
        return namedTopLevelDomainEnd(at: end + 1)
    }

    private mutating func topLevelDomainEnd(at start: Int) -> Int? {
        if let known = topLevelDomainEnds[start] { return known }
        let end = namedTopLevelDomainEnd(at: start) ?? punycodeEnd(at: start)
        topLevelDomainEnds.updateValue(end, forKey: start)
        return end
    }

    /// The end of a generic TLD at `start`, else of a country TLD: the longest one not followed by
    /// `[a-z0-9@+-]`, as the pattern's alternation of names (sorted so longer names come first) finds.
    private func namedTopLevelDomainEnd(at start: Int) -> Int? {
        // The candidate's UTF-8, and where each of its scalars ends in it: each shorter name is a prefix of
        // the bytes (removing the last scalar of a string view cost more than the lookup).
        var candidate: [UInt8] = []
        var scalarEnds: [Int] = []
        while scalarEnds.count < Self.longestTLD, let scalar = text[start + scalarEnds.count], scalar.isLetterOrMark {
            UTF8.encode(scalar.asciiLowercased) { candidate.append($0) }
            scalarEnds.append(candidate.count)
        }
        for list in [TLDList.generic, TLDList.country] {
            for length in stride(from: scalarEnds.count, to: 0, by: -1) where Self.canFollowTLD(text[start + length]) {
                if list.contains(String(decoding: candidate[..<scalarEnds[length - 1]], as: UTF8.self)) { return start + length }
            }
        }
        return nil
    }

    /// `xn--[-0-9a-z]+`: an IDN TLD written in its ASCII form.
    private func punycodeEnd(at start: Int) -> Int? {
        guard text.hasPrefix("xn--", at: start) else { return nil }
        var end = start + 4
        while let scalar = text[end], scalar.isASCIIAlphanumeric || scalar == "-" {
            end += 1
        }
        return end > start + 4 ? end : nil
    }

    // MARK: Port, path and query

    private func tailEnd(after hostEnd: Int) -> Int {
        var end = hostEnd
        if text[end] == ":", text[end + 1]?.isASCIIDigit == true {
            end += 1
            while text[end]?.isASCIIDigit == true {
                end += 1
            }
        }
        if text[end] == "/" {
            end = pathEnd(from: end + 1)
        }
        if text[end] == "?", let queryEnd = queryEnd(from: end + 1, limit: text.count) {
            end = queryEnd
        }
        return end
    }

    /// The end of the longest run of path characters and balanced parentheses from `start` that ends in a
    /// path-ending character or a closing parenthesis, so `/foo.` leaves the period out.
    private func pathEnd(from start: Int) -> Int {
        var index = start
        var end = start
        while let scalar = text[index] {
            if Self.isPathCharacter(scalar) {
                index += 1
                if Self.isPathEndingCharacter(scalar) { end = index }
            } else if let close = balancedParenthesesEnd(at: index) {
                index = close
                end = index
            } else {
                break
            }
        }
        return end
    }

    /// `\((?:P+|P*\(P+\)P*)\)` at `start`: parentheses holding path characters, nested at most once, as in
    /// Wikipedia's `/Primer_(film)`.
    private func balancedParenthesesEnd(at start: Int) -> Int? {
        guard text[start] == "(" else { return nil }
        var index = start + 1
        let outerStart = index
        skipPathCharacters(&index)
        if text[index] == ")" {
            return index > outerStart ? index + 1 : nil
        }
        guard text[index] == "(" else { return nil }
        index += 1
        let innerStart = index
        skipPathCharacters(&index)
        guard index > innerStart, text[index] == ")" else { return nil }
        index += 1
        skipPathCharacters(&index)
        return text[index] == ")" ? index + 1 : nil
    }

    private func skipPathCharacters(_ index: inout Int) {
        while let scalar = text[index], Self.isPathCharacter(scalar) {
            index += 1
        }
    }

    /// The end of the longest run of query characters from `start` (before `limit`) that ends in a
    /// query-ending character; nil when there is none and the `?` is not part of the URL.
    private func queryEnd(from start: Int, limit: Int) -> Int? {
        var end: Int?
        var index = start
        while index < limit, Self.isQueryCharacter(text.scalars[index]) {
            if Self.isQueryEndingCharacter(text.scalars[index]) { end = index + 1 }
            index += 1
        }
        return end
    }

    private func utf16Length(_ range: Range<Int>) -> Int {
        text.scalars[range].reduce(0) { $0 + UTF16.width($1) }
    }

    // MARK: Character classes

    /// `URL_VALID_PRECEDING_CHARS`: anything but letters, digits, `@`, `#`, `$` and noncharacters.
    private static func canPrecedeURL(_ scalar: Unicode.Scalar) -> Bool {
        !(scalar.isASCIIAlphanumeric || scalar.isAtSign || scalar.isHashSign || scalar == "$"
            || scalar == "\u{FFFE}" || scalar == "\u{FEFF}" || scalar == "\u{FFFF}")
    }

    /// `URL_VALID_CHARS`: what a label of a dotted domain is made of, besides inner `-` and `_`.
    private static func isValidCharacter(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCIIAlphanumeric || scalar.isLatinAccent
    }

    private static func isLabelCharacter(_ scalar: Unicode.Scalar) -> Bool {
        isValidCharacter(scalar) || scalar == "-" || scalar == "_"
    }

    /// `URL_VALID_UNICODE_CHARS`: not ASCII punctuation (but `\`), whitespace, a separator or General
    /// Punctuation.
    private static func isUnicodeDomainCharacter(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            return !(scalar.isASCIIPunctuation && scalar != "\\") && !scalar.isJavaWhitespace
        }
        switch scalar.properties.generalCategory {
        case .spaceSeparator, .lineSeparator, .paragraphSeparator: return false
        default: return !(0x2000...0x206F).contains(scalar.value)
        }
    }

    /// The TLD pattern's lookahead `(?=[^a-z0-9@+-]|$)`.
    private static func canFollowTLD(_ scalar: Unicode.Scalar?) -> Bool {
        guard let scalar else { return true }
        return !(scalar.isASCIIAlphanumeric || scalar == "@" || scalar == "+" || scalar == "-")
    }

    /// `URL_VALID_GENERAL_PATH_CHARS`.
    private static func isPathCharacter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "!", "*", "'", ";", ":", "=", "+", ",", ".", "$", "/", "%", "#", "[", "]", "-", "_", "~", "|", "&", "@",
            "\u{2013}":
            true
        default:
            scalar.isASCIIAlphanumeric || scalar.isLatinAccent || scalar.isCyrillic
        }
    }

    /// `URL_VALID_PATH_ENDING_CHARS`, less the balanced parentheses.
    private static func isPathEndingCharacter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "=", "_", "#", "/", "-", "+": true
        default: scalar.isASCIIAlphanumeric || scalar.isLatinAccent || scalar.isCyrillic
        }
    }

    /// `URL_VALID_URL_QUERY_CHARS`.
    private static func isQueryCharacter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "!", "?", "*", "'", "(", ")", ";", ":", "&", "=", "+", "$", "/", "%", "#", "[", "]", "-", "_", ".", ",",
            "~", "|", "@":
            true
        default:
            scalar.isASCIIAlphanumeric
        }
    }

    /// `URL_VALID_URL_QUERY_ENDING_CHARS`.
    private static func isQueryEndingCharacter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "-", "_", "&", "=", "#", "/": true
        default: scalar.isASCIIAlphanumeric
        }
    }
}
