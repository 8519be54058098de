import CandorBytes

/// Reads a Vale configuration (`.vale.ini`, `_vale.ini`, `.vale`, `_vale`) into candor's, so a team that uses
/// Vale lints with its existing styles and no new config: `StylesPath`, `MinAlertLevel` (Vale's default,
/// `warning`, when it sets none), `Vocab`, and each section's `BasedOnStyles` and `Style.Rule = NO|YES|level`,
/// per file as Vale applies them (see `ValeSettings`). What candor cannot honour is a warning naming the key.
/// candor's own pack stays on beside the styles.
enum ValeConfig {
    /// The names Vale looks for, in its order of preference.
    static let fileNames = [".vale.ini", "_vale.ini", ".vale", "_vale"]

    /// Whether `path` names a Vale configuration rather than a `.candor.yml`: one of Vale's names, or any
    /// `.ini` file (`--config styles/docs.ini`).
    static func isValeFile(_ path: String) -> Bool {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        return fileNames.contains(name) || name.hasSuffix(".ini")
    }

    /// Keys Vale reads that candor does not honour (a warning names each).
    static let unhonoured: Set<String> = [
        "SkippedScopes", "IgnoredClasses", "Transform", "Packages", "Lang", "WordTemplate", "NLPEndpoint", "Parser",
        "CommentDelimiters",
    ]

    /// A list of patterns split at the commas outside parentheses and brackets.
    static func splitPatterns(_ value: String) -> [String] {
        var patterns: [String] = [], current = "", depth = 0, escaped = false
        for character in value {
            if escaped { current.append(character); escaped = false; continue }
            switch character {
            case "\\": escaped = true; current.append(character)
            case "(", "[", "{": depth += 1; current.append(character)
            case ")", "]", "}": depth -= 1; current.append(character)
            case "," where depth <= 0:
                patterns.append(String(current.trimmingSpaces())); current = ""
            default: current.append(character)
            }
        }
        patterns.append(String(current.trimmingSpaces()))
        return patterns.filter { !$0.isEmpty }
    }

    /// Merges the Vale configuration `text`, read from `file`, whose relative paths start at `folder`.
    static func merge(_ text: String, from file: String, folder: String, into configuration: inout Configuration) throws(LoadError) {
        var stylesPath = folder
        var settings = ValeSettings(folder: folder)
        var vocab: [String] = []
        var section: Int?  // index into settings.sections; nil: the global part or `[*]`
        var inFormats = false
        var sawLevel = false
        for (number, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.trimmingSpaces()
            guard !line.isEmpty, !line.hasPrefix("#"), !line.hasPrefix(";") else { continue }
            if line.hasPrefix("[") {
                guard line.hasSuffix("]") else {
                    throw LoadError(path: file, line: number + 1, message: "a section header must end with ']'")
                }
                let name = String(line.dropFirst().dropLast()).trimmingSpaces()
                inFormats = name == "formats"
                if inFormats || name == "*" {
                    section = nil
                } else {
                    settings.sections.append(ValeSettings.Section(pattern: String(name)))
                    section = settings.sections.count - 1
                }
                continue
            }
            guard let equals = line.firstIndex(of: "=") else {
                throw LoadError(path: file, line: number + 1, message: "expected 'Key = value'")
            }
            let key = String(line[..<equals].trimmingSpaces())
            let value = String(line[line.index(after: equals)...].trimmingSpaces())
            if inFormats {
                configuration.warnings.append("\(file):\(number + 1): [formats] \(key) = \(value): candor reads only Markdown and text by their own extensions")
                continue
            }
            switch key {
            case "StylesPath":
                stylesPath = value.hasPrefix("/") ? value : Path.join(folder, value)
            case "MinAlertLevel":
                guard let level = Level(rawValue: value.lowercased()) else {
                    throw LoadError(path: file, line: number + 1, key: key, message: "'\(value)' is not suggestion, warning or error")
                }
                configuration.level = level
                configuration.origins["level"] = file
                sawLevel = true
            case "Vocab":
                vocab += value.split(separator: ",").map { String($0.trimmingSpaces()) }.filter { !$0.isEmpty }
            case "TokenIgnores", "BlockIgnores", "IgnorePatterns":
                // Each a regular expression; Vale separates them with commas outside parentheses.
                let patterns = ValeConfig.splitPatterns(value)
                if let section { settings.sections[section].ignores += patterns } else { settings.global.ignores += patterns }
            case "IgnoredScopes":
                for scope in value.split(separator: ",").map({ String($0.trimmingSpaces()) }) where !scope.isEmpty {
                    if let pattern = ValeSettings.inlineScopePatterns[scope] {
                        settings.scopeIgnores.append(pattern)
                    } else if scope != "code" && scope != "tt" {
                        configuration.warnings.append("\(file):\(number + 1): IgnoredScopes: candor cannot leave out '\(scope)'")
                    }
                }
            case "BasedOnStyles":
                let styles = value.split(separator: ",").map { String($0.trimmingSpaces()) }.filter { !$0.isEmpty }
                if let section { settings.sections[section].styles = styles } else { settings.global.styles = styles }
            default:
                guard key.contains("."), !key.hasPrefix("."), !key.hasSuffix(".") else {
                    let what = ValeConfig.unhonoured.contains(key) ? "a Vale setting candor does not honour" : "not a setting candor honours"
                    configuration.warnings.append("\(file):\(number + 1): \(key): \(what)")
                    continue
                }
                let on: Bool
                switch value.lowercased() {
                case "no", "false", "off": on = false
                case "yes", "true", "on": on = true
                default:
                    guard let level = Level(rawValue: value.lowercased()) else {
                        throw LoadError(path: file, line: number + 1, key: key, message: "'\(value)' is not YES, NO or a level")
                    }
                    settings.levels[key] = level
                    configuration.origins["rules.\(key)"] = file
                    on = true
                }
                if let section { settings.sections[section].checks[key] = on } else { settings.global.checks[key] = on }
            }
        }
        // Vale's own default, when the configuration sets none.
        if !sawLevel {
            configuration.level = .warning
            configuration.origins["level"] = file
        }
        if let entries = try? Directory.entries(stylesPath) {
            for name in entries where !name.hasPrefix(".") && name != "config" && name != "Vocab" {
                let path = Path.join(stylesPath, name)
                if Directory.isDirectory(path) { settings.styleFolders[name] = path }
            }
        }
        for name in vocab {
            // Vale 3 keeps vocabularies under config/vocabularies; Vale 2 under Vocab.
            let candidates = [Path.join(stylesPath, "config/vocabularies/" + name), Path.join(stylesPath, "Vocab/" + name)]
            if let found = candidates.first(where: Directory.isDirectory) {
                settings.vocabularies.append(found)
            } else {
                configuration.warnings.append("\(file): Vocab: no vocabulary '\(name)' under \(stylesPath)")
            }
        }
        for style in (([settings.global] + settings.sections).flatMap { $0.styles ?? [] })
        where settings.styleFolders[style] == nil && style != "Vale" {
            configuration.warnings.append("\(file): BasedOnStyles: no style '\(style)' under \(stylesPath)")
        }
        // Accepted terms are exceptions to every existence and substitution rule, as in Vale.
        configuration.accept += ValeBuiltins.vocabulary(settings.vocabularies).accept
        // candor's own pack stays on: the Vale styles come in beside it.
        configuration.packs = ["Candor"] + settings.packFolders
        configuration.origins["packs"] = file
        configuration.vale = settings
    }
}
