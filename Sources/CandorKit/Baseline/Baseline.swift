import CandorBytes

/// The findings a run recorded (`--write-baseline`), which later runs leave unreported (`--baseline`), so a
/// team can adopt candor, or a stricter pack, without first rewriting every queued post.
///
/// A finding is remembered by its file, its rule, the text it matched and its post, never by line or column
/// (a feed finding, by its file and rule), so edits elsewhere in the file leave it recognisable. The post is known by a fingerprint of its text, which
/// follows it when posts are added, removed or reordered, and by its position, which recognises it when its
/// own text was edited. Counts matter: a second "leverage" where the baseline knew one is new.
public struct Baseline: Sendable {
    /// What a finding is recorded under; `path` is relative to `root`.
    struct Key: Hashable, Comparable, Sendable {
        let path: String
        let rule: String
        let match: String

        static func < (lhs: Key, rhs: Key) -> Bool {
            (lhs.path, lhs.rule, lhs.match) < (rhs.path, rhs.rule, rhs.match)
        }
    }

    /// The post a recorded finding was in: its index in the file and the fingerprint of its text.
    struct Occurrence: Hashable, Comparable, Sendable {
        let post: Int
        let postHash: String

        static func < (lhs: Occurrence, rhs: Occurrence) -> Bool {
            (lhs.post, lhs.postHash) < (rhs.post, rhs.postHash)
        }
    }

    /// The folder paths are relative to: the baseline file's, so the file works from any working folder.
    let root: String
    /// The recorded findings not yet matched, each occurrence once per finding.
    var occurrences: [Key: [Occurrence]] = [:]

    /// An empty baseline for the file at `path`.
    public init(file path: String) {
        root = Path.absolute(Path.parent(path) ?? ".")
    }

    /// The number of findings recorded.
    public var count: Int { occurrences.values.reduce(0) { $0 + $1.count } }

    /// Records the findings of a post.
    public mutating func record(_ findings: [Finding], in post: Post) {
        let occurrence = Occurrence(post: post.index, postHash: Self.fingerprint(post.text))
        for finding in findings { occurrences[key(finding, in: post), default: []].append(occurrence) }
    }

    /// The findings of a post that the baseline does not account for; those it does are used up, so each
    /// recorded finding excuses one finding at most.
    public mutating func unknown(_ findings: [Finding], in post: Post) -> [Finding] {
        guard !occurrences.isEmpty, !findings.isEmpty else { return findings }
        let hash = Self.fingerprint(post.text)
        let keys = findings.map { key($0, in: post) }
        var known = [Bool](repeating: false, count: findings.count)
        // The post as it was, wherever it is now; then, for a post whose text changed, the post at its place.
        for matches in [{ (occurrence: Occurrence) in occurrence.postHash == hash }, { $0.post == post.index }] {
            for (index, key) in keys.enumerated() where !known[index] {
                guard let position = occurrences[key]?.firstIndex(where: matches) else { continue }
                occurrences[key]!.remove(at: position)
                if occurrences[key]!.isEmpty { occurrences[key] = nil }
                known[index] = true
            }
        }
        return zip(findings, known).filter { !$0.1 }.map(\.0)
    }

    /// Records a file's feed findings (`BroadcastFeed`): remembered by file and rule, as about the whole file.
    public mutating func record(feed findings: [FeedFinding]) {
        for finding in findings { occurrences[key(finding), default: []].append(Self.feedOccurrence) }
    }

    /// The feed findings the baseline does not account for; those it does are used up.
    public mutating func unknown(feed findings: [FeedFinding]) -> [FeedFinding] {
        findings.filter { finding in
            let key = key(finding)
            guard let position = occurrences[key]?.firstIndex(of: Self.feedOccurrence) else { return true }
            occurrences[key]!.remove(at: position)
            if occurrences[key]!.isEmpty { occurrences[key] = nil }
            return false
        }
    }

    /// What a feed finding is recorded under: no post of its own, so post 0 and the fingerprint `feed`, which
    /// no post's (16 hex digits) can be; its text is empty, since a feed rule matches no words.
    static let feedOccurrence = Occurrence(post: 0, postHash: "feed")

    private func key(_ finding: FeedFinding) -> Key {
        Key(path: relative(finding.path ?? ""), rule: finding.rule, match: "")
    }

    private func key(_ finding: Finding, in post: Post) -> Key {
        Key(path: relative(post.file.path), rule: finding.rule, match: finding.match)
    }

    /// `path` relative to `root` when it lies inside it, else absolute.
    func relative(_ path: String) -> String {
        let absolute = Path.absolute(path)
        let prefix = root.hasSuffix("/") ? root : root + "/"
        return absolute.hasPrefix(prefix) ? String(absolute.dropFirst(prefix.count)) : absolute
    }

    /// 64-bit FNV-1a of the post's text, in hex: stable across runs and machines, unlike `Hasher`.
    static func fingerprint(_ bytes: [UInt8]) -> String {
        FNV1a.hexDigits(FNV1a.hash(bytes))
    }
}
