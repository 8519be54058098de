import CandorEntities

/// What `candor init` writes: a commented `.candor.yml` that works as written and, with a pack name, a house
/// pack with one example rule of each common kind, each with examples that pass `candor test-rules`.
public enum Starter {
    /// Where the JSON Schemas of `schemas/` are published. Each file `init` writes opens with the
    /// yaml-language-server's modeline naming its schema, so an editor with a YAML extension completes and
    /// checks its keys.
    public static let schemaBase = "https://raw.githubusercontent.com/candor-lint/candor/main/schemas/"
    public static let configurationSchema = schemaBase + "candor-config.schema.json"
    public static let ruleSchema = schemaBase + "candor-rule.schema.json"

    /// `# yaml-language-server: $schema=URL`, the line YAML editors read a file's schema from.
    public static func modeline(_ schema: String) -> String {
        "# yaml-language-server: $schema=\(schema)\n"
    }

    public static func configuration(pack: String?) -> String {
        let packs = pack.map { "[Candor, ./styles/\($0)]" } ?? "[Candor]"
        return modeline(configurationSchema) + """
        # candor configuration: found upward from each linted file; nearer files win.
        # Every key is optional. `candor config` shows what is in effect and where it came from.

        # Built-in packs by name, house packs as folders (Vale style folders work too).
        packs: \(packs)

        # The platform of posts whose metadata names none: \(Platform.caseNames).
        platform: x

        # Lowest level reported, and lowest level that fails the run (exit 1).
        level: suggestion
        fail-on: error

        # Per-rule levels, or off.
        rules:
          Candor.Passive: suggestion
          # Candor.WeVoice: off

        # Words no existence or substitution rule flags.
        accept: []

        # The names the account goes by, for Candor.ThirdPersonSelf.
        account:
          names: []

        # Which files a folder walk lints (globs relative to the current folder): every format candor reads.
        # Narrow it to where your drafts and queues live, e.g. ["posts/**/*.md", "queue/*.csv"].
        include: \(includeList)
        exclude: []

        # The score is a model fitted to labelled posts. Fit one to your own with `candor calibrate` and name it
        # here; the thresholds (below broadcast-below is broadcast, from authentic-from up is authentic)
        # default to the model's own, and score.packs names packs whose rules move the score.
        # score:
        #   model: candor-score.yml
        #   broadcast-below: 48
        #   authentic-from: 55
        #   packs: [House]

        """
    }

    /// One glob for every extension a reader takes, in the registry's order, so the starter's `include`
    /// leaves no format candor reads unlinted.
    static var includeList: String {
        "[\"**/*.{" + ReaderRegistry.readers.flatMap { $0.extensions }.joined(separator: ",") + "}\"]"
    }

    /// File name to YAML for a house pack, each file opening with the rule schema's modeline.
    public static func pack(_ name: String) -> [(file: String, yaml: String)] {
        packRules.map { ($0.file, modeline(ruleSchema) + $0.yaml) }
    }

    private static let packRules: [(file: String, yaml: String)] = {
        [
            ("Banned.yml", """
            # existence: flags every listed word or phrase.
            extends: existence
            message: "Avoid '%s' in posts: it is not how we talk."
            level: warning
            ignorecase: true
            tokens:
              - synergy
              - circle back
            examples:
              flag:
                - "Let's ⟦circle back⟧ tomorrow."
                - "Real ⟦synergy⟧ at work."
              pass:
                - "Let's talk tomorrow."
                - "The team worked well together."

            """),
            ("Plain.yml", """
            # substitution: observed: preferred (a|b offers a choice).
            extends: substitution
            message: "Say '%s' rather than '%s'."
            level: suggestion
            ignorecase: true
            swap:
              purchase: buy
              assist: help
            examples:
              flag:
                - "You can ⟦purchase⟧ it online."
                - "We are here to ⟦assist⟧."
              pass:
                - "You can buy it online."
                - "We are here to help."

            """),
            ("Exclamations.yml", """
            # occurrence: flags a post with more than `max` matches of `token`.
            extends: occurrence
            message: "%s exclamation marks: one is plenty."
            level: suggestion
            token: '!'
            max: 1
            examples:
              flag:
                - "Great news! Huge news! Read it!"
                - "Wow! Thanks!"
              pass:
                - "Thanks for coming!"
                - "See you there."

            """),
            ("Short.yml", """
            # metric: a formula over the post's variables, flagged when the condition holds.
            extends: metric
            message: "Only %s words: say a little more about why this matters."
            level: suggestion
            formula: prose_words
            condition: "< 4 && links > 0"
            examples:
              flag:
                - "Read this https://example.com"
                - "New https://example.com/post"
              pass:
                - "I wrote up what broke in last week's release and how we fixed it: https://example.com/post"
                - "No link, no problem."

            """),
        ]
    }()
}
