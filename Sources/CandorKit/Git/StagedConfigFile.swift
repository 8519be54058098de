#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Yams

/// The `.candor.yml` the index holds, copied to a file of its own for the configuration loader, which reads
/// files; removed when released. Pack folders it names relative to itself are made absolute, so they still
/// resolve against the work tree rather than the copy's folder.
final class StagedConfigFile {
    /// The copy.
    let path: String
    private let folder: String

    init(contents: [UInt8], workTree: String) throws(FileIO.WriteError) {
        let base = Environment.value("TMPDIR").flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
        var template = Array(Path.join(base, "candor-staged-XXXXXX").utf8CString)
        guard template.withUnsafeMutableBufferPointer({ mkdtemp($0.baseAddress!) }) != nil else {
            throw FileIO.WriteError(path: base, reason: FileIO.errnoText())
        }
        folder = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
        path = Path.join(folder, ConfigLoader.fileName)
        let text = Self.anchoringPacks(String(decoding: contents, as: UTF8.self), to: workTree)
        do {
            try FileIO.writeAtomically(Array(text.utf8), to: path)
        } catch {
            rmdir(folder)
            throw error
        }
    }

    deinit {
        unlink(path)
        rmdir(folder)
    }

    /// `yaml` with every relative folder in its `packs` replaced, where it is written, by the absolute path
    /// under `folder`, so every line keeps its number for the loader's messages. Text that does not parse is
    /// returned as it is, for the loader to report.
    static func anchoringPacks(_ yaml: String, to folder: String) -> String {
        guard let packs = (try? YAMLDocument.compose(yaml))?["packs"] else { return yaml }
        var lines = yaml.split(separator: "\n", omittingEmptySubsequences: false).map { Array($0.unicodeScalars) }
        // Last first, so that replacing one leaves the columns of those before it on the same line true.
        for item in (packs.sequence.map(Array.init) ?? [packs]).reversed() {
            guard let scalar = item.scalar, let mark = scalar.mark, isRelative(scalar.string),
                  lines.indices.contains(mark.line - 1) else { continue }
            let line = lines[mark.line - 1]
            guard let end = tokenEnd(of: scalar, in: line, from: mark.column - 1) else { continue }
            let replacement = doubleQuoted(Path.join(folder, scalar.string))
            lines[mark.line - 1].replaceSubrange((mark.column - 1)..<end, with: replacement)
        }
        return lines.map { String(String.UnicodeScalarView($0)) }.joined(separator: "\n")
    }

    /// `text` as a double-quoted YAML scalar.
    private static func doubleQuoted(_ text: String) -> [Unicode.Scalar] {
        var scalars: [Unicode.Scalar] = ["\""]
        for scalar in text.unicodeScalars {
            if scalar == "\\" || scalar == "\"" { scalars.append("\\") }
            scalars.append(scalar)
        }
        scalars.append("\"")
        return scalars
    }

    /// Whether the config loader resolves `pack` against the config file's folder: not a built-in pack, not absolute.
    private static func isRelative(_ pack: String) -> Bool {
        !pack.hasPrefix("/") && !RuleLoader.embeddedPackNames.contains(pack)
    }

    /// The column just past the scalar written at `start`, or nil when it is not written on one line as
    /// a plain or quoted scalar.
    private static func tokenEnd(of scalar: Node.Scalar, in line: [Unicode.Scalar], from start: Int) -> Int? {
        guard start < line.count else { return nil }
        switch scalar.style {
        case .plain:
            let text = Array(scalar.string.unicodeScalars)
            return line[start...].starts(with: text) ? start + text.count : nil
        case .singleQuoted, .doubleQuoted:
            let quote = line[start]
            var index = start + 1
            while index < line.count {
                switch line[index] {
                case "\\" where quote == "\"": index += 2
                case quote where quote == "'" && index + 1 < line.count && line[index + 1] == "'": index += 2
                case quote: return index + 1
                default: index += 1
                }
            }
            return nil
        default:
            return nil
        }
    }
}
