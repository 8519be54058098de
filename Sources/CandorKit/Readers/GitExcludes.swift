import CandorBytes

/// The ignore files Git reads besides `.gitignore`, for one repository, as `git status` would: the file
/// `core.excludesFile` names (by default `$XDG_CONFIG_HOME/git/ignore`, or `~/.config/git/ignore`) and the
/// repository's `.git/info/exclude`, in that order (a later file's rule wins, and any `.gitignore` wins over
/// both).
///
/// `core.excludesFile` is read from the user's `$XDG_CONFIG_HOME/git/config` (or `~/.config/git/config`),
/// then `~/.gitconfig`, then the repository's `.git/config`, the last value winning, as Git does. Written by
/// hand rather than by spawning `git config`: a walk runs outside Git too, and one key of an INI-like file
/// needs no process. `[include]` and `[includeIf]` files and the system config are not followed.
struct GitExcludes {
    /// The ignore files that exist, farthest first, for the repository whose working tree is `repository`
    /// (the folder holding `.git`). `environment` reads a variable (tests pass their own).
    static func files(repository: String, environment: Environment = .process) -> [String] {
        let gitFolder = gitDirectory(of: repository)
        let home = environment.value("HOME").flatMap { $0.isEmpty ? nil : $0 }
        let xdg = environment.value("XDG_CONFIG_HOME").flatMap { $0.isEmpty ? nil : $0 } ?? home.map { $0 + "/.config" }
        var configs: [String] = []
        if let xdg { configs.append(xdg + "/git/config") }
        if let home { configs.append(home + "/.gitconfig") }
        if let gitFolder { configs.append(gitFolder + "/config") }
        var excludesFile = xdg.map { $0 + "/git/ignore" }
        for config in configs {
            guard let bytes = try? FileIO.readAll(config, limit: .configuration) else { continue }
            if let value = excludesFileValue(String(decoding: bytes, as: UTF8.self)) {
                excludesFile = expandHome(value, home: home, relativeTo: repository)
            }
        }
        var files: [String] = []
        if let excludesFile, FileIO.exists(excludesFile), !Directory.isDirectory(excludesFile) { files.append(excludesFile) }
        if let gitFolder {
            let exclude = gitFolder + "/info/exclude"
            if FileIO.exists(exclude), !Directory.isDirectory(exclude) { files.append(exclude) }
        }
        return files
    }

    /// The last `excludesFile` of a `[core]` section in a Git config file's text (keys and section names
    /// are case-insensitive; a value may be quoted, with `\"`, `\\`, `\t` and `\n` escapes, and a `#` or `;`
    /// outside quotes starts a comment). Nil when the text sets none.
    static func excludesFileValue(_ text: String) -> String? {
        var inCore = false
        var value: String?
        for rawLine in text.split(whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }) {
            var line = Substring(rawLine)
            while let first = line.first, first == " " || first == "\t" { line.removeFirst() }
            if line.hasPrefix("[") {
                guard let close = line.firstIndex(of: "]") else { continue }
                // `[core]` only; a subsection (`[core "x"]`) is another section.
                let name = line[line.index(after: line.startIndex)..<close].trimmingSpaces()
                inCore = name.lowercased() == "core"
                // A key may follow the header on the same line.
                line = line[line.index(after: close)...]
                while let first = line.first, first == " " || first == "\t" { line.removeFirst() }
                if line.isEmpty { continue }
            }
            guard inCore, let equals = line.firstIndex(of: "=") else { continue }
            guard line[..<equals].trimmingSpaces().lowercased() == "excludesfile" else { continue }
            value = parseValue(line[line.index(after: equals)...])
        }
        return value.flatMap { $0.isEmpty ? nil : $0 }
    }

    /// A config value: surrounding spaces dropped, quotes removed, escapes read, comments cut.
    private static func parseValue(_ raw: Substring) -> String {
        var result = "", pendingSpaces = "", quoted = false, escaped = false
        for character in raw {
            if escaped {
                switch character {
                case "n": result += pendingSpaces + "\n"
                case "t": result += pendingSpaces + "\t"
                default: result += pendingSpaces + String(character)
                }
                pendingSpaces = ""
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == "\"" {
                quoted.toggle()
            } else if !quoted, character == "#" || character == ";" {
                break
            } else if !quoted, character == " " || character == "\t" {
                if !result.isEmpty { pendingSpaces.append(character) }
            } else {
                result += pendingSpaces + String(character)
                pendingSpaces = ""
            }
        }
        return result
    }

    /// A path value as Git reads it: `~/` is the home folder; a relative path is relative to the working
    /// tree (where `git status` runs from its top).
    private static func expandHome(_ value: String, home: String?, relativeTo repository: String) -> String? {
        if value == "~" { return home }
        if value.hasPrefix("~/") { return home.map { $0 + value.dropFirst() } }
        return value.hasPrefix("/") ? value : Path.join(repository, value)
    }

    /// The repository's Git folder: `.git` itself, or the folder a `.git` file names (`gitdir: ...`, as in a
    /// linked worktree or a submodule), the common folder for a linked worktree (`commondir`), where `info/`
    /// and `config` live. Nil when neither can be read.
    private static func gitDirectory(of repository: String) -> String? {
        let dotGit = Path.join(repository, ".git")
        if Directory.isDirectory(dotGit) { return dotGit }
        guard let bytes = try? FileIO.readAll(dotGit, limit: .configuration) else { return nil }
        let text = String(decoding: bytes, as: UTF8.self).trimmingSpaces()
        guard text.hasPrefix("gitdir:") else { return nil }
        var folder = String(text.dropFirst("gitdir:".count).trimmingSpaces())
        if !folder.hasPrefix("/") { folder = Path.join(repository, folder) }
        if let common = try? FileIO.readAll(Path.join(folder, "commondir"), limit: .configuration) {
            let path = String(String(decoding: common, as: UTF8.self).trimmingSpaces())
            if !path.isEmpty { folder = Path.normalized(path.hasPrefix("/") ? path : Path.join(folder, path)) }
        }
        return Directory.isDirectory(folder) ? folder : nil
    }
}
