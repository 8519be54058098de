import CandorBytes

/// What CSV, JSON and YAML queues share: which field holds a post's text, the `candor-disable` field, and how
/// a record becomes a post (README, "Using it").
enum QueueFields {
    /// The field that switches rules off for its post, compared without regard to case; never metadata.
    static let suppressionField = "candor-disable"

    /// The position in `names` of the field holding the post text: `--text-field` if given, else the first of
    /// `ReadOptions.textFieldNames` present, compared without regard to case.
    static func textField(in names: [String], options: ReadOptions) -> Int? {
        let wanted = options.textField.map { [$0.lowercased()] } ?? ReadOptions.textFieldNames
        return wanted.lazy.compactMap { field in names.firstIndex { isName($0, field) } }.first
    }

    static func isSuppressionField(_ name: String) -> Bool { isName(name, suppressionField) }

    /// Whether `name` is `field` (lowercase) in any case; the length check spares most names a lowercased copy.
    private static func isName(_ name: String, _ field: String) -> Bool {
        name.utf8.count == field.utf8.count && name.lowercased() == field
    }

    /// The end of the message for a record without its text: `no text field (text, content, ...)`, or with
    /// `--text-field`, `no 'caption' field (the --text-field)`; `kind` is "field" or "column".
    static func missingText(_ kind: String, _ options: ReadOptions) -> String {
        if let field = options.textField { return "no '\(field)' \(kind) (the --text-field)" }
        return "no text \(kind) (one of \(ReadOptions.textFieldNames.joined(separator: ", ")))"
    }

    /// The post a record makes, or nil when its text is blank: such a record is skipped and takes no index.
    ///
    /// `disabled` is the `candor-disable` value: rule ids separated by commas; `all` or `true` for every rule;
    /// nil, `false` or an empty value for none. An empty value is no suppression, in every format alike: an empty
    /// CSV cell, `""` in JSON or `''` in YAML switching every rule off would pass a post unchecked, unsaid.
    static func post(
        file: SourceFile, index: Int, text: MappedText, metadata: [String: String], disabled: String?
    ) -> Post? {
        guard text.bytes.contains(where: { !isBlank($0) }) else { return nil }
        return Post(file: file, index: index, text: text.bytes, offsets: text.offsets, metadata: metadata,
                    suppressions: suppressions(disabled, length: text.bytes.count))
    }

    /// The suppression a `candor-disable` value makes over a post of `length` bytes (also a draft's
    /// front-matter key, which covers each post of the thread).
    static func suppressions(_ disabled: String?, length: Int) -> [Post.Suppression] {
        guard let disabled else { return [] }
        let rules = disabled.split(separator: ",").map { String($0.trimmingSpaces()) }.filter { !$0.isEmpty }
        let word = rules.count == 1 ? rules[0].lowercased() : nil
        if rules.isEmpty || word == "false" { return [] }
        let everyRule = word == "all" || word == "true"
        return [Post.Suppression(rules: everyRule ? nil : Set(rules), range: 0..<length)]
    }

    /// Space, tab, carriage return or line feed.
    static func isBlank(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0A
    }
}
