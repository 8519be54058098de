import CandorBytes

/// The edit that adds a word to the `accept` list of a `.candor.yml`, made on the text so the file keeps its
/// comments and layout (re-serialising the YAML would lose both): after the last item of a block list
/// (`accept:` then `  - word` lines), before the `]` of a one-line flow list, or a new `accept: [word]` line at
/// the end when the file has none. Nil for an `accept` written another way (a flow list over several lines).
/// Accept entries are patterns, so the word is escaped.
struct AcceptListEdit: Equatable {
    /// Byte range of the configuration's text to replace (empty: an insertion).
    let range: Range<Int>
    let text: String

    init(range: Range<Int>, text: String) {
        self.range = range
        self.text = text
    }

    init?(configuration bytes: [UInt8], word: String) {
        let entry = AcceptListEdit.yamlScalar(TokenMatcher.escape(word))
        let lines = TextDocument.lineStarts(of: bytes)
        let document = TextDocument(uri: "", path: "", version: 0, text: String(decoding: bytes, as: UTF8.self))
        let lineBreak = document.lineBreak
        func text(_ line: Int) -> String {
            String(decoding: bytes[lines[line]..<document.contentEnd(ofLine: line)], as: UTF8.self)
        }
        guard let keyLine = lines.indices.first(where: { text($0).hasPrefix("accept:") }) else {
            // No list yet: a new line at the end, after a line break if the file lacks its last one.
            let needsBreak = !bytes.isEmpty && bytes.last != 0x0A && bytes.last != 0x0D
            self.init(range: bytes.count..<bytes.count, text: (needsBreak ? lineBreak : "") + "accept: [\(entry)]" + lineBreak)
            return
        }
        let value = text(keyLine).dropFirst("accept:".count).trimmingSpaces()
        let valueWithoutComment = value.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first?.trimmingSpaces() ?? ""
        if valueWithoutComment.hasPrefix("["), valueWithoutComment.hasSuffix("]") {
            // A flow list on one line: the word before its closing bracket.
            let lineText = Array(text(keyLine).utf8)
            guard let close = lineText.lastIndex(of: UInt8(ascii: "]")), let open = lineText.firstIndex(of: UInt8(ascii: "[")) else { return nil }
            let isEmpty = lineText[(open + 1)..<close].allSatisfy { $0 == 0x20 || $0 == 0x09 }
            let offset = lines[keyLine] + close
            self.init(range: offset..<offset, text: isEmpty ? entry : ", " + entry)
            return
        }
        guard valueWithoutComment.isEmpty else { return nil }
        // A block list: the items are the indented `- ` lines (and blank or comment lines) after the key.
        var last = keyLine, indent = "  "
        var line = keyLine + 1
        while line < lines.count {
            let content = text(line)
            let trimmed = content.trimmingSpaces()
            if trimmed.isEmpty || (trimmed.hasPrefix("#") && content.first?.isWhitespace == true) { line += 1; continue }
            guard trimmed.hasPrefix("- ") || trimmed == "-" else { break }
            guard let first = content.firstIndex(where: { !$0.isWhitespace }) else { break }
            indent = String(content[..<first])
            last = line
            line += 1
        }
        let end = document.contentEnd(ofLine: last)
        self.init(range: end..<end, text: lineBreak + indent + "- " + entry)
    }

    /// The entry as YAML: plain when it is letters, digits, spaces and hyphens, else double-quoted (a JSON
    /// string is a valid YAML double-quoted scalar).
    static func yamlScalar(_ text: String) -> String {
        let plain = !text.isEmpty && text.first?.isLetter == true && text.last?.isWhitespace == false
            && text.allSatisfy { $0.isLetter || $0.isNumber || $0 == " " || $0 == "-" || $0 == "'" }
        return plain ? text : JSON.quoted(text)
    }
}
