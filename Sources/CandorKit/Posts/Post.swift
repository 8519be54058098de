/// One post as the rules see it: its text, where it came from, and what the reader learned about its shape.
///
/// Offsets into `text` are bytes. `text` is what was written (the `raw` scope); `prose` is the same bytes
/// with what is not prose (code, comments, link destinations, front matter) blanked to spaces, so both
/// share one `OffsetMap` and every finding maps back to the file exactly.
public struct Post: Sendable {
    public let file: SourceFile
    /// Position of the post in its file, from 0.
    public let index: Int
    public let text: [UInt8]
    public let prose: [UInt8]
    public let offsets: OffsetMap
    /// Front matter keys, CSV columns or JSON fields other than the text (`platform`, `account`, ...).
    public var metadata: [String: String]
    /// Markdown structure (headings, paragraphs, lists, blockquotes), for Vale's markup scopes.
    public let blocks: [Block]
    /// Rule ids switched off by inline comments or a `candor-disable` field, with the byte range they cover.
    public let suppressions: [Suppression]

    public init(
        file: SourceFile, index: Int, text: [UInt8], prose: [UInt8]? = nil, offsets: OffsetMap,
        metadata: [String: String] = [:], blocks: [Block] = [], suppressions: [Suppression] = []
    ) {
        precondition(prose == nil || prose!.count == text.count, "prose must mask text byte for byte")
        self.file = file
        self.index = index
        self.text = text
        self.prose = prose ?? text
        self.offsets = offsets
        self.metadata = metadata
        self.blocks = blocks
        self.suppressions = suppressions
    }

    /// Where a byte offset of this post's text stands in its file.
    public func location(of offset: Int) -> SourceLocation {
        file.location(of: offsets.fileOffset(offset))
    }

    /// Where the post starts in its file: its first byte of prose, so a draft that opens with a
    /// `<!-- candor-disable ... -->` comment starts on the line after it.
    public var location: SourceLocation { location(of: proseStart) }

    /// The offset of the first byte of prose that is not blank (0 when there is none): where a finding about
    /// the whole post points, and so where a suppression must reach to cover it.
    public var proseStart: Int {
        prose.firstIndex { $0 != 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D } ?? 0
    }

    public var string: String { String(decoding: text, as: UTF8.self) }

    public func text(_ range: Range<Int>) -> String {
        String(decoding: text[range.clamped(to: 0..<text.count)], as: UTF8.self)
    }

    /// A Markdown block: its kind and byte range in the post.
    public struct Block: Sendable, Equatable {
        public enum Kind: String, Sendable, CaseIterable {
            case heading, paragraph, list, blockquote, code, table, comment
        }
        public let kind: Kind
        public let range: Range<Int>
        /// Heading level 1...6, 0 for other blocks.
        public let level: Int

        public init(kind: Kind, range: Range<Int>, level: Int = 0) {
            self.kind = kind
            self.range = range
            self.level = level
        }
    }

    /// Rules switched off over part of a post (`nil` rules: every rule).
    public struct Suppression: Sendable, Equatable {
        public let rules: Set<String>?
        public let range: Range<Int>
        /// A Vale comment (`<!-- vale off -->`): as in Vale, it leaves rules of the `raw` scope running.
        public let sparesRaw: Bool

        public init(rules: Set<String>?, range: Range<Int>, sparesRaw: Bool = false) {
            self.rules = rules
            self.range = range
            self.sparesRaw = sparesRaw
        }

        /// A name in `rules` is a rule's id or its pack's (Vale's `<!-- vale Style = NO -->`).
        public func covers(rule: String, at offset: Int) -> Bool {
            guard range.contains(offset) else { return false }
            guard let rules else { return true }
            return rules.contains(rule) || rule.firstIndex(of: ".").map { rules.contains(String(rule[..<$0])) } == true
        }
    }
}
