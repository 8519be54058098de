import Foundation
import Yams
@testable import CandorKit

/// Writes `docs/rules.md`, the reference of the default pack, from `Rules/Candor/`: each rule's message, what
/// it catches (its description and the comment that opens its file), its check, its examples and how to tune
/// it. Generated, so it cannot drift from the rules: `RulesReferenceTests` fails when the committed file
/// differs, and `CANDOR_UPDATE_GOLDEN=1 swift test --filter DocsTests` rewrites it.
enum RulesReference {
    static let repositoryRoot: String = {
        var url = URL(fileURLWithPath: #filePath)  // Tests/CandorKitTests/Docs/RulesReference.swift
        for _ in 0..<4 { url.deleteLastPathComponent() }
        return url.path
    }()

    /// The heading anchor GitHub gives `## Name`: lower case, spaces to hyphens, other punctuation dropped.
    static func anchor(_ heading: String) -> String {
        String(heading.lowercased().unicodeScalars.compactMap { scalar -> Character? in
            if scalar == " " { return "-" }
            if scalar == "-" || scalar == "_" || CharacterSet.alphanumerics.contains(scalar) { return Character(scalar) }
            return nil
        })
    }

    static func markdown() throws -> String {
        let rules = try requireRules()
        let model = try ScoreModel.load(path: repositoryRoot + "/Rules/Candor/candor-score.yml")
        var out = """
            <!-- Generated from Rules/Candor by Tests/CandorKitTests/Docs/RulesReference.swift; do not edit by hand.
                 After changing a rule: CANDOR_UPDATE_GOLDEN=1 swift test --filter DocsTests -->
            # The default pack: Candor

            The rules candor runs unless a configuration says otherwise, built into the binary from `Rules/Candor/`.
            Each section gives the rule's message, what it catches, the check behind it, examples it flags and
            passes (they are its tests: `candor test-rules Candor`; `⟦ ⟧` marks the span a finding covers) and how to
            tune it. `candor explain Candor.RULE` prints a rule's message, patterns and examples from the binary you run. How the rules move the
            score: [score.md](score.md). Writing rules of your own: [../Rules/WRITING.md](../Rules/WRITING.md).

            ## Turning rules up, down and off

            Every rule's level can be changed, or the rule turned off, in `.candor.yml`
            ([configuration.md](configuration.md)):

            ```yaml
            rules:
              Candor.Jargon: error        # suggestion, warning, error or off
              Candor.WeVoice: off
            ```

            One post can be let off in a draft with `<!-- candor-disable-next-line Candor.Jargon -->` (or
            `<!-- candor-disable Candor.Jargon -->` ... `<!-- candor-enable -->`), and in a queue with a
            `candor-disable` column naming the rules. A rule turned down, or below the reported `level`, still
            weighs on the score when the score model knows it; a rule turned off no longer fires, so it no longer
            lowers any score. A model fitted to your own posts (`candor calibrate`, [score.md](score.md)) sets how
            much each rule weighs.

            | rule | level | catches |
            | --- | --- | --- |

            """
        for rule in rules {
            out += "| [\(rule.id)](#\(anchor(name(rule)))) | \(rule.level.rawValue) | \(cell(rule.description ?? "")) |\n"
        }
        for rule in rules {
            out += "\n" + (try section(rule, model: model))
        }
        return out
    }

    private static func name(_ rule: Rule) -> String {
        String(rule.id.dropFirst(rule.pack.count + 1))
    }

    private static func section(_ rule: Rule, model: ScoreModel) throws -> String {
        let file = repositoryRoot + "/Rules/Candor/" + name(rule) + ".yml"
        let text = try String(contentsOfFile: file, encoding: .utf8)
        guard let yaml = try Yams.load(yaml: text) as? [String: Any] else { throw RulesReferenceError.notAMapping(file) }
        var out = "## \(name(rule))\n\n"
        out += "`\(rule.id)`, \(rule.level.rawValue). \(rule.description ?? "")\n\n"
        out += "**Message.** \(rule.message)\n\n"
        let comment = leadingComment(text)
        if !comment.isEmpty { out += "**What it catches.** \(comment)\n\n" }
        out += "**Check.** " + check(rule, yaml: yaml) + "\n\n"
        for (title, expectation) in [("Flagged", Rule.Example.Expectation.flag), ("Passes", .pass)] {
            let examples = rule.examples.filter { $0.expectation == expectation }
            guard !examples.isEmpty else { continue }
            out += "**\(title):**\n\n"
            out += examples.map { example($0.text) }.joined(separator: "\n")
            out += "\n"
        }
        out += "**Tuning.** " + tuning(rule, yaml: yaml, model: model) + "\n"
        return out
    }

    /// The comment lines a rule file opens with, joined into one paragraph.
    private static func leadingComment(_ text: String) -> String {
        var lines: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            guard line.hasPrefix("#") else { break }
            lines.append(line.dropFirst().trimmingCharacters(in: .whitespaces))
        }
        return lines.joined(separator: " ")
    }

    private static func check(_ rule: Rule, yaml: [String: Any]) -> String {
        switch rule.kind.name {
        case "metric", "feed":
            let condition = "\(yaml["condition"] ?? "")"
            let formula = yaml["formula"].map { "\($0)" }
            // A condition that opens with a comparison compares the formula; any other names its own variables.
            let test = condition.first.map { "<>=!".contains($0) } == true
                ? "`\(formula ?? "") \(condition)`"
                : "`\(condition)`" + (formula.map { " (the message shows `\($0)`)" } ?? "")
            let subject = rule.kind.name == "feed" ? "over the whole run of posts (a feed rule)" : "for the post"
            return "`\(rule.kind.name)`: fires when \(test) holds, \(subject); the variables are listed in [WRITING.md](../Rules/WRITING.md#\(rule.kind.name == "feed" ? "feed-variables-feed-rules" : "post-variables-metric-rules"))."
        case "substitution":
            let swap = (yaml["swap"] as? [String: Any])?.count ?? 0
            return "`substitution`: \(swap) words and phrases, each with the plain word to use instead; `--fix` applies a swap that offers one."
        case "existence":
            if let tokens = yaml["tokens"] as? [Any] {
                return "`existence`: a list of \(tokens.count) words and phrases\(yaml["ignorecase"] as? Bool == true ? ", in any case" : "")."
            }
            return "`existence`: a PCRE2 pattern (see `candor explain \(rule.id)`)\(yaml["ignorecase"] as? Bool == true ? ", in any case" : "")."
        default:
            return "`\(rule.kind.name)`."
        }
    }

    private static func tuning(_ rule: Rule, yaml: [String: Any], model: ScoreModel) -> String {
        var parts = ["Turn it off or change its level under `rules:` (above)."]
        switch rule.kind.name {
        case "existence" where yaml["tokens"] == nil:
            parts.append("What it matches is the pattern in `Rules/Candor/\(name(rule)).yml`: to change it, copy the file into a house pack (`packs: [Candor, ./styles/House]`), edit it, and turn `\(rule.id)` off.")
        case "existence", "substitution":
            parts.append("A word your readers do use can be let go everywhere with `accept: [word]`, which no existence or substitution rule flags.")
        case "metric", "feed":
            parts.append("Its threshold is the `condition` of `Rules/Candor/\(name(rule)).yml`: to move it, copy the file into a house pack (`packs: [Candor, ./styles/House]`) with another condition, and turn `\(rule.id)` off.")
        default:
            break
        }
        if rule.id == "Candor.ThirdPersonSelf" {
            parts.append("It knows the account's names from `account: { names: [...] }` in the configuration or a post's `account` metadata.")
        }
        if rule.id == "Candor.Length" {
            parts.append("The limit is the post's platform's (`platform:` in the configuration, or the post's `platform` metadata).")
        }
        if model.coefficient(of: .rule(rule.id)) != nil {
            parts.append("The score model knows it: when it fires it moves the score by the weight `Rules/Candor/candor-score.yml` gives it, which `candor calibrate` refits to your posts.")
        }
        return parts.joined(separator: " ")
    }

    private static func example(_ text: String) -> String {
        if text.contains("\n") || text.contains("`") {
            return "```text\n\(text)\n```\n"
        }
        return "    \(text)\n"
    }

    private static func cell(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|")
    }
}

/// The default pack's rules, in id order.
private func requireRules() throws -> [Rule] {
    guard let rules = try RuleLoader.loadEmbedded("Candor") else { throw RulesReferenceError.noPack }
    return rules.sorted { $0.id < $1.id }
}

enum RulesReferenceError: Error { case noPack, notAMapping(String) }
