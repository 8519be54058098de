/// How `candor rules` and `candor explain` print rules.
public enum RuleListing {
    /// One line a rule: id, kind, level, source, description; columns aligned.
    public static func table(_ rules: [Rule]) -> [String] {
        let idWidth = rules.map(\.id.count).max() ?? 0
        let kindWidth = rules.map(\.kind.name.count).max() ?? 0
        let lines = rules.map { rule in
            let id = rule.id.padding(idWidth), kind = rule.kind.name.padding(kindWidth)
            let level = (rule.level.rawValue + (rule.levelOrigin == nil ? "" : "*")).padding(11)
            return "\(id)  \(kind)  \(level)  \(rule.source)  \(rule.description ?? "")"
        }
        let changed = Set(rules.compactMap(\.levelOrigin)).sorted()
        return changed.isEmpty ? lines : lines + ["* level set by \(changed.joined(separator: ", "))"]
    }

    public static func json(_ rules: [Rule]) -> String {
        JSON.array(rules.map { rule in
            .object([
                ("id", .string(rule.id)), ("kind", .string(rule.kind.name)), ("level", .string(rule.level.rawValue)),
                ("levelOrigin", rule.levelOrigin.map(JSON.string) ?? .null),
                ("source", .string(rule.source)), ("description", rule.description.map(JSON.string) ?? .null),
                ("link", rule.link.map(JSON.string) ?? .null), ("weight", rule.weight.map(JSON.number) ?? .null),
                ("scope", .string(rule.scope.description)), ("patterns", .array(rule.patterns.map(JSON.string))),
            ])
        }).text
    }

    public static func explanation(_ rule: Rule) -> String {
        var lines = ["\(rule.id) (\(rule.kind.name), \(rule.level.rawValue)\(rule.levelOrigin.map { ", level set by \($0)" } ?? ""))"]
        if let description = rule.description { lines.append("  \(description)") }
        lines.append("message: \(rule.message)")
        if let link = rule.link { lines.append("link:    \(link)") }
        lines.append("scope:   \(rule.scope)")
        if let weight = rule.weight { lines.append("weight:  \(MetricCheck.format(weight))") }
        lines.append("source:  \(rule.source)")
        lines += rule.details
        // A substitution's table says what its patterns say, readably. A pattern built from a long word list
        // is cut: the list itself is in the rule file.
        if !rule.patterns.isEmpty && rule.kind.explainsPatterns {
            lines.append("patterns:")
            lines += rule.patterns.map { "  \($0.count > 300 ? String($0.prefix(300)) + "… (\($0.count) characters; the rule file lists them)" : $0)" }
        }
        for expectation in [Rule.Example.Expectation.flag, .pass] {
            let examples = rule.examples.filter { $0.expectation == expectation }
            guard !examples.isEmpty else { continue }
            lines.append("\(expectation.rawValue):")
            lines += examples.map { "  \($0.text)" }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

extension String {
    func padding(_ width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}
