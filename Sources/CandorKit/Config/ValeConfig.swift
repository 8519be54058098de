/// Reads a Vale configuration (`.vale.ini`) into candor's, so a team that uses Vale lints with its existing
/// styles and no new config: `StylesPath`, `MinAlertLevel`, and each section's `BasedOnStyles` and
/// `Style.Rule = NO|YES|level`. candor has no per-glob settings, so every section's settings apply to all
/// files; what candor cannot honour is a warning naming the key. candor's own pack stays on beside the styles.
enum ValeConfig {
    static let fileName = ".vale.ini"

    static func merge(_ text: String, from file: String, into configuration: inout Configuration) throws(LoadError) {
        let folder = Path.parent(Path.absolute(file)) ?? "."
        var stylesPath = folder
        var styles: [String] = []
        var section = ""
        for (number, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.trimmingSpaces()
            guard !line.isEmpty, !line.hasPrefix("#"), !line.hasPrefix(";") else { continue }
            if line.hasPrefix("[") {
                guard line.hasSuffix("]") else {
                    throw LoadError(path: file, line: number + 1, message: "a section header must end with ']'")
                }
                section = String(line.dropFirst().dropLast())
                if section != "*" && !section.hasPrefix("*.") {
                    configuration.warnings.append("\(file):\(number + 1): section [\(section)]: candor applies its settings to every file")
                }
                continue
            }
            guard let equals = line.firstIndex(of: "=") else {
                throw LoadError(path: file, line: number + 1, message: "expected 'Key = value'")
            }
            let key = String(line[..<equals].trimmingSpaces())
            let value = String(line[line.index(after: equals)...].trimmingSpaces())
            switch key {
            case "StylesPath":
                stylesPath = value.hasPrefix("/") ? value : Path.join(folder, value)
            case "MinAlertLevel":
                guard let level = Level(rawValue: value) else {
                    throw LoadError(path: file, line: number + 1, key: key, message: "'\(value)' is not suggestion, warning or error")
                }
                configuration.level = level
                configuration.origins["level"] = file
            case "BasedOnStyles":
                for style in value.split(separator: ",").map({ String($0.trimmingSpaces()) }) where !style.isEmpty {
                    if style == "Vale" {
                        configuration.warnings.append("\(file):\(number + 1): BasedOnStyles: Vale's built-in 'Vale' style (spelling) has no candor equivalent")
                    } else if !styles.contains(style) {
                        styles.append(style)
                    }
                }
            default:
                if key.contains(".") {
                    let setting = value.lowercased()
                    switch setting {
                    case "no", "false", "off": configuration.rules[key] = .some(nil)
                    case "yes", "true", "on": configuration.rules.removeValue(forKey: key)
                    default:
                        guard let level = Level(rawValue: setting) else {
                            throw LoadError(path: file, line: number + 1, key: key, message: "'\(value)' is not YES, NO or a level")
                        }
                        configuration.rules[key] = level
                    }
                    configuration.origins["rules.\(key)"] = file
                } else {
                    configuration.warnings.append("\(file):\(number + 1): \(key): not a setting candor honours")
                }
            }
        }
        // candor's own pack stays on: the Vale styles come in beside it.
        if !styles.isEmpty {
            configuration.packs = ["Candor"] + styles.map { Path.join(stylesPath, $0) }
            configuration.origins["packs"] = file
        }
    }
}
