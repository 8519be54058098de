/// Quick fixes for a finding: apply one of its substitution's suggestions, switch its rule off for the line
/// (`<!-- candor-disable-next-line Rule -->` above it, in a draft), or accept the matched word into the
/// nearest `.candor.yml`.
extension LanguageServer {
    func codeActions(_ params: JSON) throws(ResponseError) -> JSON {
        let (document, report) = try report(try uri(params))
        guard let range = byteRange(params["range"], in: document) else { throw .invalidParams("missing 'range'") }
        var actions: [JSON] = []
        for placed in report.findings(meeting: range) {
            let finding = placed.finding
            let diagnostics = JSON.array([diagnostic(placed, in: document, report)])
            for suggestion in finding.suggestions {
                actions.append(action(
                    "Replace '\(finding.match)' with '\(suggestion)'", diagnostics, preferred: finding.suggestions.count == 1,
                    edit: edit(document.uri, [textEdit(placed.range, suggestion, in: document)])))
            }
            if report.takesComments {
                let line = document.line(containing: placed.range.lowerBound)
                let start = document.lineStart(line)
                actions.append(action(
                    "Add 'candor-disable-next-line \(finding.rule)' above", diagnostics, preferred: false,
                    edit: edit(document.uri, [textEdit(start..<start, "<!-- candor-disable-next-line \(finding.rule) -->" + document.lineBreak, in: document)])))
            }
            if let rule = report.rules[finding.rule], rule.kind.matchesWords,
               !finding.match.isEmpty, let accept = acceptEdit(finding.match, report.acceptTarget) {
                actions.append(action("Accept '\(finding.match)' in .candor.yml", diagnostics, preferred: false, edit: accept))
            }
        }
        return .array(actions)
    }

    private func action(_ title: String, _ diagnostics: JSON, preferred: Bool, edit: JSON) -> JSON {
        var members: [(String, JSON)] = [("title", .string(title)), ("kind", .string("quickfix")), ("diagnostics", diagnostics)]
        if preferred { members.append(("isPreferred", .bool(true))) }
        members.append(("edit", edit))
        return .object(members)
    }

    private func edit(_ uri: String, _ edits: [JSON]) -> JSON {
        .object([("changes", .object([(uri, .array(edits))]))])
    }

    private func textEdit(_ range: Range<Int>, _ text: String, in document: TextDocument) -> JSON {
        .object([("range", self.range(range, in: document)), ("newText", .string(text))])
    }

    /// The workspace edit that adds `word` to the `accept` list of `target`: an edit of the file (as the
    /// editor holds it, if open), or a new file when the client can create one.
    private func acceptEdit(_ word: String, _ target: DocumentReport.AcceptTarget?) -> JSON? {
        guard let target else { return nil }
        let uri = DocumentURI.uri(ofPath: target.path)
        switch target {
        case .existing(let path):
            let bytes: [UInt8]
            if let open = documents[uri] {
                bytes = open.bytes
            } else {
                do { bytes = try FileIO.readAll(path, limit: .configuration) } catch { return nil }
            }
            guard let change = AcceptListEdit(configuration: bytes, word: word) else { return nil }
            let file = TextDocument(uri: uri, path: path, version: 0, text: String(decoding: bytes, as: UTF8.self))
            return edit(uri, [textEdit(change.range, change.text, in: file)])
        case .create:
            guard clientCreatesFiles, let change = AcceptListEdit(configuration: [], word: word) else { return nil }
            return .object([("documentChanges", .array([
                .object([("kind", .string("create")), ("uri", .string(uri)), ("options", .object([("ignoreIfExists", .bool(true))]))]),
                .object([
                    ("textDocument", .object([("uri", .string(uri)), ("version", .null)])),
                    ("edits", .array([.object([
                        ("range", .object([("start", Position(line: 0, character: 0).json), ("end", Position(line: 0, character: 0).json)])),
                        ("newText", .string(change.text)),
                    ])])),
                ]),
            ]))])
        }
    }
}
