import CandorBytes

/// SARIF 2.1.0, the format of GitHub code scanning and of SARIF viewers: one run whose results stream as posts
/// arrive, then `tool.driver.rules` describing each rule that fired. Columns count Unicode code points, as
/// candor's do, and the run says so (`columnKind`). Keys are sorted, so equal runs give equal bytes.
///
/// What GitHub's ingestion asks beyond the schema: every result has a physical location (a feed finding,
/// which is about the whole run, is placed on the first post of the run), `partialFingerprints` keep an alert
/// one alert across uploads (the post's fingerprint, as a baseline records it, and one of the finding within
/// the post), URIs are relative to the repository root (`%SRCROOT%`, which `originalUriBaseIds` resolves),
/// and every rule has `help` text.
public struct SARIFReporter: Reporter {
    /// The schema the output validates against (a copy lives in the tests' resources).
    public static let schema = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
    /// The keys of `partialFingerprints`; the version changes if what they hash ever does.
    static let postFingerprintKey = "candorPost/v1"
    static let findingFingerprintKey = "candorFinding/v1"

    private let rules: [String: Rule]
    private let toolVersion: String?
    /// The folder URIs are made relative to (`SourceRoot`); nil leaves paths as they were given.
    private let root: String?
    /// Each rule that fired, with the level of its first finding (for a rule `rules` does not describe).
    private var fired: [String: Level] = [:]
    /// Where each file's first post is (by the path results name it with), and the run's first: a feed
    /// finding is given its file's, else the run's.
    private var firstPosts: [String: FirstPost] = [:]
    private var firstPost: FirstPost?
    private typealias FirstPost = (artifact: JSON, uri: String, location: SourceLocation)
    private var wrote = false

    /// `rules` describe the rules in `tool.driver.rules`; a rule that fires without one there is named only.
    /// `root` is the repository root the URIs are relative to (`SourceRoot.find()`).
    public init(rules: [Rule], toolVersion: String? = nil, root: String? = nil) {
        self.rules = Dictionary(rules.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        self.toolVersion = toolVersion
        self.root = root.map { $0.hasSuffix("/") || $0 == "/" ? $0 : $0 + "/" }
    }

    public mutating func report(_ result: PostResult, to output: inout some TextOutputStream) {
        let uri = uri(of: result.path)
        let artifact = Self.artifact(uri)
        if firstPosts[result.path] == nil {
            firstPosts[result.path] = (artifact, uri.text, result.location)
            if firstPost == nil { firstPost = firstPosts[result.path] }
        }
        // The same rule matching the same text twice in a post: the second is told apart by its ordinal.
        var seen: [String: Int] = [:]
        for finding in result.findings {
            let region = Self.object([
                ("startLine", .int(finding.start.line)), ("startColumn", .int(finding.start.column)),
                ("endLine", .int(finding.end.line)), ("endColumn", .int(finding.end.column)),
            ])
            let location = Self.object([
                ("physicalLocation", Self.object([("artifactLocation", artifact), ("region", region)])),
            ])
            let key = finding.rule + "\u{0}" + finding.match
            let ordinal = seen[key, default: 0]
            seen[key] = ordinal + 1
            let fingerprints = Self.object([
                (Self.postFingerprintKey, .string(result.fingerprint)),
                (Self.findingFingerprintKey, .string(Self.hash([finding.rule, finding.match, result.fingerprint, String(ordinal)]))),
            ])
            write(rule: finding.rule, level: finding.level, message: finding.message, location: location,
                  fingerprints: fingerprints, to: &output)
        }
    }

    public mutating func finish(_ summary: RunSummary, to output: inout some TextOutputStream) {
        // A feed finding is about a queue or thread; GitHub refuses a result without a location, so it is
        // placed on that file's first post (a feed rule fires only on posts), and known by its rule and file.
        for finding in summary.feedFindings {
            guard let post = finding.path.flatMap({ firstPosts[$0] }) ?? firstPost else { continue }
            let region = Self.object([("startLine", .int(post.location.line)), ("startColumn", .int(post.location.column))])
            let location = Self.object([
                ("physicalLocation", Self.object([("artifactLocation", post.artifact), ("region", region)])),
            ])
            let fingerprints = Self.object([(Self.findingFingerprintKey, .string(Self.hash([finding.rule, "feed", post.uri])))])
            write(rule: finding.rule, level: finding.level, message: finding.message, location: location,
                  fingerprints: fingerprints, to: &output)
        }
        if !wrote { output.write(Self.header) }
        output.write("],\n  \"tool\": ")
        var driver: [(String, JSON)] = [
            ("name", .string("candor")),
            ("rules", .array(fired.keys.sorted().map { descriptor($0) })),
        ]
        if let toolVersion { driver.append(("version", .string(toolVersion))) }
        Self.object([("driver", Self.object(driver))]).write(to: &output)
        if let root {
            output.write(",\n  \"originalUriBaseIds\": ")
            Self.object([("%SRCROOT%", Self.object([("uri", .string("file://" + Self.percentEncoded(root)))]))]).write(to: &output)
        }
        output.write("}],\n \"version\": \"2.1.0\"}\n")
    }

    private static let header = "{\"$schema\": \"\(schema)\",\n \"runs\": [{\"columnKind\": \"unicodeCodePoints\",\n  \"results\": ["

    private mutating func write(
        rule: String, level: Level, message: String, location: JSON, fingerprints: JSON,
        to output: inout some TextOutputStream
    ) {
        output.write(wrote ? ",\n   " : Self.header + "\n   ")
        wrote = true
        if fired[rule] == nil { fired[rule] = level }
        Self.object([
            ("ruleId", .string(rule)), ("level", .string(Self.level(level))),
            ("message", Self.object([("text", .string(message))])),
            ("locations", .array([location])), ("partialFingerprints", fingerprints),
        ]).write(to: &output)
    }

    /// The URI of a path: relative to the root when it lies inside it (or when there is no root and the
    /// path is relative), else absolute.
    private func uri(of path: String) -> (text: String, relative: Bool) {
        if path == Source.standardInputName { return (path, true) }
        if let root {
            if let relative = SourceRoot.relative(path, to: root) { return (relative, true) }
            return (Path.absolute(path), false)
        }
        return (path, !path.hasPrefix("/"))
    }

    /// 64-bit FNV-1a of the parts, each ended by a NUL, in hex.
    static func hash(_ parts: [String]) -> String {
        var hash = FNV1a()
        for part in parts {
            hash.add(part.utf8)
            hash.add(0)
        }
        return FNV1a.hexDigits(hash.value)
    }

    /// A `reportingDescriptor`: id, descriptions, help link and the level the run used.
    private func descriptor(_ id: String) -> JSON {
        guard let rule = rules[id] else {
            return Self.object([
                ("id", .string(id)), ("shortDescription", Self.object([("text", .string(id))])),
                ("help", Self.object([("text", .string("\(id) is not described by the rules this run loaded."))])),
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
            ("help", Self.object([("text", .string(Self.help(rule, fullDescription: fullDescription)))])),
        ]
        if let link = rule.link, Self.isAbsoluteURI(link) { members.append(("helpUri", .string(link))) }
        return Self.object(members)
    }

    /// The rule's help as GitHub shows it under an alert: what it is about, its message, an example it flags
    /// and one it passes (markers removed), and where to read more.
    static func help(_ rule: Rule, fullDescription: String) -> String {
        var paragraphs = [rule.description, fullDescription].compactMap { $0 }
        func example(_ expectation: Rule.Example.Expectation) -> String? {
            rule.examples.first { $0.expectation == expectation }.map {
                String(String.UnicodeScalarView($0.text.unicodeScalars.filter { $0 != "⟦" && $0 != "⟧" }))
            }
        }
        if let flagged = example(.flag) { paragraphs.append("Flagged: \(flagged)") }
        if let passed = example(.pass) { paragraphs.append("Passes: \(passed)") }
        paragraphs.append("Tune it in .candor.yml: `rules: { \(rule.id): off }` turns it off, `error` or `suggestion` sets its level.")
        if let link = rule.link { paragraphs.append("More: \(link)") }
        return paragraphs.joined(separator: "\n\n")
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
        artifact((path, !path.hasPrefix("/")))
    }

    private static func artifact(_ uri: (text: String, relative: Bool)) -> JSON {
        if !uri.relative { return object([("uri", .string("file://" + percentEncoded(uri.text)))]) }
        return object([("uri", .string(percentEncoded(uri.text))), ("uriBaseId", .string("%SRCROOT%"))])
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
