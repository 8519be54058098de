import CandorBytes

/// Vale's built-in `Vale` style, as far as candor has its checks: `Vale.Repetition` (a word repeated),
/// and the rules a configuration's vocabularies make (`Vocab = Name`): `Vale.Terms` flags an accepted term
/// written in another case ("Use 'Log4j' instead of 'log4j'."), `Vale.Avoid` flags a rejected one. Accepted
/// terms are also exceptions to every existence and substitution rule (the configuration's `accept`).
/// `Vale.Spelling` has no candor equivalent. Each rule is composed as the YAML of an ordinary rule and
/// loaded as one, so it behaves as a rule file with the same keys would.
enum ValeBuiltins {
    static let style = "Vale"

    /// The accepted and rejected terms of these vocabulary folders, in order, comment lines (`#`) and blank
    /// lines left out.
    static func vocabulary(_ folders: [String]) -> (accept: [String], reject: [String]) {
        var accept: [String] = [], reject: [String] = []
        for folder in folders {
            for name in ["accept.txt", "reject.txt"] {
                guard let bytes = try? FileIO.readAll(Path.join(folder, name), limit: .configuration) else { continue }
                let lines = String(decoding: bytes, as: UTF8.self).split(whereSeparator: \.isNewline)
                    .map { String($0.trimmingSpaces()) }.filter { !$0.isEmpty && !$0.hasPrefix("#") }
                if name == "accept.txt" { accept += lines } else { reject += lines }
            }
        }
        return (accept, reject)
    }

    /// The built-in rules, from the vocabularies' terms.
    static func rules(accept: [String], reject: [String]) throws(LoadError) -> [Rule] {
        var rules: [Rule] = []
        let repetition = """
            extends: repetition
            message: "'%s' is repeated!"
            level: error
            alpha: true
            tokens: ['[^\\s]+']
            """
        rules.append(try RuleLoader.rule(yaml: repetition, pack: style, file: "Repetition.yml", source: "Vale.Repetition (built in)"))
        // Vale keeps one spelling per term, the last vocabulary's winning, and only plain words and
        // phrases: a pattern such as `[pP]y.*\b` is an exception, never a term to enforce.
        var terms: [String: String] = [:]
        var order: [String] = []
        for term in accept where isPhrase(term) {
            let key = term.lowercased()
            if terms[key] == nil { order.append(key) }
            terms[key] = term
        }
        if !order.isEmpty {
            let swap = order.map { "  \(quoted(escaped($0))): \(quoted(terms[$0]!))" }.joined(separator: "\n")
            let yaml = "extends: substitution\nmessage: \"Use '%s' instead of '%s'.\"\nlevel: error\nignorecase: true\nswap:\n" + swap + "\n"
            rules.append(try RuleLoader.rule(yaml: yaml, pack: style, file: "Terms.yml", source: "Vale.Terms (built in, from Vocab)"))
        }
        if !reject.isEmpty {
            let tokens = reject.map { "  - \(quoted($0))" }.joined(separator: "\n")
            let yaml = "extends: existence\nmessage: \"Avoid using '%s'.\"\nlevel: error\ntokens:\n" + tokens + "\n"
            rules.append(try RuleLoader.rule(yaml: yaml, pack: style, file: "Avoid.yml", source: "Vale.Avoid (built in, from Vocab)"))
        }
        return rules
    }

    /// Letters, digits, spaces, hyphens and apostrophes only: a term, not a pattern.
    static func isPhrase(_ term: String) -> Bool {
        term.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || ("0"..."9").contains($0) || " -'’.".unicodeScalars.contains($0) }
    }

    private static func escaped(_ term: String) -> String {
        var result = ""
        for character in term {
            if character == "." { result.append("\\") }
            result.append(character)
        }
        return result
    }

    /// A YAML single-quoted scalar.
    private static func quoted(_ text: String) -> String {
        "'" + text.split(separator: "'", omittingEmptySubsequences: false).joined(separator: "''") + "'"
    }
}

