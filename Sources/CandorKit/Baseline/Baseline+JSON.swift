/// The baseline file: JSON, one recorded finding a line, sorted, so that it diffs well under version control.
///
/// ```json
/// {"version": 1,
///  "findings": [
///   {"count": 1, "match": "leverage", "path": "posts/launch.md", "post": 0, "postHash": "…", "rule": "Candor.Jargon"}]}
/// ```
extension Baseline {
    /// Reads the baseline file at `path`.
    public static func load(_ path: String) throws(InputError) -> Baseline {
        let file = SourceFile(path: path, bytes: try FileIO.readAll(path))
        var parser = JSONParser(file, skippingByteOrderMark: true)
        let document = try parser.value()
        try parser.end()
        let shape = "not a candor baseline (expected {\"version\": 1, \"findings\": [...]})"
        guard case .object(let root) = document else { throw InputError(file, at: 0, shape) }
        guard let version = root.members.first(where: { $0.key == "version" }), case .number("1") = version.value else {
            throw InputError(file, at: root.offset, "\(shape); only version 1 is known")
        }
        guard let list = root.members.first(where: { $0.key == "findings" }), case .array(let items) = list.value else {
            throw InputError(file, at: root.offset, shape)
        }
        var baseline = Baseline(file: path)
        for item in items {
            guard case .object(let object) = item else {
                throw InputError(file, at: list.valueOffset, "each of 'findings' must be an object")
            }
            let fields = Fields(object: object, file: file)
            let key = Key(path: try fields.string("path"), rule: try fields.string("rule"), match: try fields.string("match"))
            let occurrence = Occurrence(post: try fields.int("post"), postHash: try fields.string("postHash"))
            let count = try fields.int("count")
            baseline.occurrences[key, default: []] += Array(repeating: occurrence, count: count)
        }
        return baseline
    }

    /// The file's bytes.
    public var encoded: [UInt8] {
        var lines: [String] = []
        for key in occurrences.keys.sorted() {
            let counts = occurrences[key]!.reduce(into: [:]) { counts, occurrence in counts[occurrence, default: 0] += 1 }
            for (occurrence, count) in counts.sorted(by: { $0.key < $1.key }) {
                lines.append(JSON.object([
                    ("count", .int(count)), ("match", .string(key.match)), ("path", .string(key.path)),
                    ("post", .int(occurrence.post)), ("postHash", .string(occurrence.postHash)), ("rule", .string(key.rule)),
                ]).text)
            }
        }
        let findings = lines.isEmpty ? "[]" : "[\n  " + lines.joined(separator: ",\n  ") + "]"
        return Array("{\"version\": 1,\n \"findings\": \(findings)}\n".utf8)
    }

    /// Writes the file atomically; a baseline it replaces keeps its mode, owner and group.
    public func write(to path: String) throws(FileIO.WriteError) {
        try FileIO.writeAtomically(encoded, to: path, keeping: true)
    }

    /// The members of one recorded finding, each required and of its type.
    private struct Fields {
        let object: JSONValue.Object
        let file: SourceFile

        func string(_ key: String) throws(InputError) -> String {
            let member = try self.member(key)
            guard case .string(let text) = member.value else { throw error(member, "must be a string") }
            return text.string(in: file.bytes)
        }

        func int(_ key: String) throws(InputError) -> Int {
            let member = try self.member(key)
            guard case .number(let text) = member.value, let value = Int(text), value >= 0 else {
                throw error(member, "must be a whole number, 0 or more")
            }
            return value
        }

        private func member(_ key: String) throws(InputError) -> JSONValue.Member {
            guard let member = object.members.first(where: { $0.key == key }) else {
                throw InputError(file, at: object.offset, "a recorded finding needs '\(key)'")
            }
            return member
        }

        private func error(_ member: JSONValue.Member, _ message: String) -> InputError {
            InputError(file, at: member.valueOffset, "'\(member.key)' \(message)")
        }
    }
}
