/// SARIF 2.1.0, the format of GitHub code scanning and of SARIF viewers: one run whose results stream as posts
/// arrive, then `tool.driver.rules` describing each rule that fired. Columns count Unicode code points, as
/// candor's do, and the run says so (`columnKind`). Keys are sorted, so equal runs give equal bytes.
public struct SARIFReporter: Reporter {
    /// The schema the output validates against (a copy lives in the tests' resources).
    public static let schema = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"

    private let rules: [String: Rule]
    private let toolVersion: String?
    /// Each rule that fired, with the level of its first finding (for a rule `rules` does not describe).
    private var fired: [String: Level] = [:]
    private var wrote = false

    /// `rules` describe the rules in `tool.driver.rules`; a rule that fires without one there is named only.
    public init(rules: [Rule], toolVersion: String? = nil) {
        self.rules = Dictionary(rules.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        self.toolVersion = toolVersion
    }

    public mutating func report(_ result: PostResult, to output: inout some TextOutputStream) {
        for finding in result.findings {
            let region = Self.object([
                ("startLine", .int(finding.start.line)), ("startColumn", .int(finding.start.column)),
                ("endLine", .int(finding.end.line)), ("endColumn", .int(finding.end.column)),
            ])
            let location = Self.object([
                ("physicalLocation", Self.object([("artifactLocation", Self.artifact(result.path)), ("region", region)])),
            ])
            write(rule: finding.rule, level: finding.level, message: finding.message, locations: [location], to: &output)
        }
    }

    public mutating func finish(_ summary: RunSummary, to output: inout some TextOutputStream) {
        // A feed finding is about the whole run, so it has no location.
        for finding in summary.feedFindings {
            write(rule: finding.rule, level: finding.level, message: finding.message, locations: [], to: &output)
        }
        if !wrote { output.write(Self.header) }
        output.write("],\n  \"tool\": ")
        var driver: [(String, JSON)] = [
            ("name", .string("candor")),
            ("rules", .array(fired.keys.sorted().map { descriptor($0) })),
        ]
        if let toolVersion { driver.append(("version", .string(toolVersion))) }
        Self.object([("driver", Self.object(driver))]).write(to: &output)
        output.write("}],\n \"version\": \"2.1.0\"}\n")
    }

    private static let header = "{\"$schema\": \"\(schema)\",\n \"runs\": [{\"columnKind\": \"unicodeCodePoints\",\n  \"results\": ["

    private mutating func write(
        rule: String, level: Level, message: String, locations: [JSON], to output: inout some TextOutputStream
    ) {
        output.write(wrote ? ",\n   " : Self.header + "\n   ")
        wrote = true
        if fired[rule] == nil { fired[rule] = level }
        var members: [(String, JSON)] = [
            ("ruleId", .string(rule)), ("level", .string(Self.level(level))),
            ("message", Self.object([("text", .string(message))])),
        ]
        if !locations.isEmpty { members.append(("locations", .array(locations))) }
        Self.object(members).write(to: &output)
    }

    /// A `reportingDescriptor`: id, descriptions, help link and the level the run used.
    private func descriptor(_ id: String) -> JSON {
        guard let rule = rules[id] else {
            return Self.object([
                ("id", .string(id)), ("shortDescription", Self.object([("text", .string(id))])),
                ("defaultConfiguration", Self.object([("level", .string(Self.level(fired[id] ?? .warning)))])),
            ])
        }
        // The message with its placeholders shown as "…" says why the rule matters and what to do instead.
        let fullDescription = rule.message(for: Array(repeating: "…", count: 9))
        var members: [(String, JSON)] = [
            ("id", .string(id)),
            ("shortDescription", Self.object([("text", .string(rule.description ?? id))])),
            ("fullDescription", Self.object([("text", .string(fullDescription))])),
            ("defaultConfiguration", Self.object([("level", .string(Self.level(rule.level)))])),
        ]
        if let link = rule.link, Self.isAbsoluteURI(link) { members.append(("helpUri", .string(link))) }
        return Self.object(members)
    }

    private static func level(_ level: Level) -> String {
        switch level {
        case .error: "error"
        case .warning: "warning"
        case .suggestion: "note"
        }
    }

    /// An `artifactLocation`: a relative path as a relative URI against the source root, an absolute one as a
    /// `file:` URI.
    static func artifact(_ path: String) -> JSON {
        if path.hasPrefix("/") { return object([("uri", .string("file://" + percentEncoded(path)))]) }
        return object([("uri", .string(percentEncoded(path))), ("uriBaseId", .string("%SRCROOT%"))])
    }

    /// The path with every byte outside RFC 3986's unreserved characters and `/` percent-encoded.
    static func percentEncoded(_ path: String) -> String {
        let hex = Array("0123456789ABCDEF".utf8)
        var bytes: [UInt8] = []
        for byte in path.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
                 UInt8(ascii: "~"), UInt8(ascii: "/"):
                bytes.append(byte)
            default:
                bytes += [UInt8(ascii: "%"), hex[Int(byte >> 4)], hex[Int(byte & 0xF)]]
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `scheme:rest` with no spaces or controls: what the schema's `uri` format accepts.
    static func isAbsoluteURI(_ text: String) -> Bool {
        func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z") }
        let bytes = Array(text.utf8)
        guard let colon = bytes.firstIndex(of: UInt8(ascii: ":")), colon > 0, isLetter(bytes[0]) else { return false }
        let schemeIsValid = bytes[..<colon].allSatisfy { byte in
            isLetter(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || Array("+-.".utf8).contains(byte)
        }
        return schemeIsValid && !bytes.contains { $0 <= 0x20 || $0 == 0x7F }
    }

    /// An object with its members in key order.
    private static func object(_ members: [(String, JSON)]) -> JSON {
        .object(members.sorted { $0.0 < $1.0 })
    }
}
