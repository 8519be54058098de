import Testing
@testable import CandorKit

/// `.md` and `.txt` drafts: front matter, threads, what is prose, blocks, and suppression comments.
struct MarkdownReaderTests {
    /// The prose of a post as text (masked bytes are spaces).
    private func prose(_ post: Post) -> String { String(decoding: post.prose, as: UTF8.self) }

    /// The byte range of `needle` in the post's text.
    private func range(of needle: String, in post: Post) throws -> Range<Int> {
        let text = post.string
        let found = try #require(text.range(of: needle))
        let start = text.utf8.distance(from: text.startIndex, to: found.lowerBound)
        return start..<start + needle.utf8.count
    }

    @Test func frontMatterBecomesMetadata() throws {
        let post = try readPost("""
            ---
            platform: mastodon
            account: Acme
            tags: [launch, news]
            ---
            Hello there.
            """)
        #expect(post.metadata["platform"] == "mastodon")
        #expect(post.metadata["account"] == "Acme")
        #expect(post.metadata["tags"] == "launch, news")
        #expect(post.string == "Hello there.")
        #expect(post.location == Location(line: 6, column: 1))
    }

    @Test func threadSplitsAtDashLinesWithTheirOwnLines() throws {
        let posts = try readPosts("""
            ---
            platform: x
            ---
            First post.

            ---
            Second post
            spans two lines.
            ---

            Third.
            """)
        #expect(posts.map(\.string) == ["First post.", "Second post\nspans two lines.", "Third."])
        #expect(posts.map(\.index) == [0, 1, 2])
        #expect(posts.map(\.location.line) == [4, 7, 11])
        #expect(posts.allSatisfy { $0.metadata["platform"] == "x" })
    }

    @Test func dashLineInsideFencedCodeDoesNotSplit() throws {
        let posts = try readPosts("Intro\n```\n---\n```\nAfter")
        #expect(posts.count == 1)
        // In a .txt file there is no code, so the same line splits.
        #expect(try readPosts("Intro\n```\n---\n```\nAfter", path: "note.txt").count == 2)
    }

    @Test func crlfLinesSplitAndTrim() throws {
        let posts = try readPosts("---\r\nplatform: bluesky\r\n---\r\nHello\r\n---\r\nWorld\r\n")
        #expect(posts.map(\.string) == ["Hello", "World"])
        #expect(posts.map(\.location.line) == [4, 6])
        #expect(posts[0].metadata["platform"] == "bluesky")
    }

    @Test func byteOrderMarkBeforeFrontMatter() throws {
        let post = try readPost("\u{FEFF}---\nplatform: x\n---\nHi")
        #expect(post.metadata["platform"] == "x")
        #expect(post.string == "Hi")
    }

    @Test func codeCommentsAndLinkDestinationsAreMaskedByteForByte() throws {
        let post = try readPost(
            #"Run `npm install` now <!-- note --> see [the docs](https://example.com/docs "Docs") and <https://auto.example> ok"#)
        #expect(post.prose.count == post.text.count)
        let masked = prose(post)
        for hidden in ["npm", "install", "note", "https", "example.com", "Docs", "auto"] {
            #expect(!masked.contains(hidden), "'\(hidden)' should not be prose")
        }
        // Link text stays prose, where it stands in the text.
        let linkText = try range(of: "the docs", in: post)
        #expect(String(decoding: post.prose[linkText], as: UTF8.self) == "the docs")
        for kept in ["Run ", " now ", " see ", " and ", " ok"] {
            let kept = try range(of: kept, in: post)
            #expect(Array(post.prose[kept]) == Array(post.text[kept]))
        }
    }

    @Test func fencedCodeIsMaskedAndLinesSurvive() throws {
        let post = try readPost("Before\n```swift\nlet leverage = 1\n```\nAfter")
        let masked = prose(post)
        #expect(!masked.contains("leverage"))
        #expect(!masked.contains("swift"))
        #expect(masked.hasPrefix("Before\n"))
        #expect(masked.hasSuffix("\nAfter"))
        #expect(masked.filter { $0 == "\n" }.count == 4)
        #expect(post.blocks.contains { $0.kind == .code })
    }

    @Test func plainTextKeepsMarkupButBlanksComments() throws {
        let post = try readPost("Run `npm` <!-- hidden --> now", path: "note.txt")
        let masked = prose(post)
        #expect(masked.contains("`npm`"))
        #expect(!masked.contains("hidden"))
        // No Markdown structure in plain text: only the comment, kept so it never counts toward length.
        #expect(post.blocks.map(\.kind) == [.comment])
        #expect(post.text(post.blocks[0].range) == "<!-- hidden -->")
    }

    @Test func blocksForHeadingsParagraphsListsAndQuotes() throws {
        let post = try readPost("""
            ## Title here

            A paragraph
            continues.

            - one
            - two

            > quoted
            > more
            """)
        #expect(post.blocks.map(\.kind) == [.heading, .paragraph, .list, .blockquote])
        #expect(post.blocks[0].level == 2)
        #expect(post.blocks.map { post.text($0.range) }
            == ["## Title here", "A paragraph\ncontinues.", "- one\n- two", "> quoted\n> more"])
        // Markers are markup, their text is prose.
        let masked = prose(post)
        #expect(masked.contains("   Title here"))
        #expect(masked.contains("  one\n  two"))
        #expect(masked.contains("  quoted\n  more"))
    }

    @Test func disableEnableAndNextLineComments() throws {
        let post = try readPost("""
            Intro leverage.
            <!-- candor-disable Candor.Jargon -->
            Middle leverage.
            <!-- candor-enable -->
            End leverage.
            <!-- candor-disable-next-line Candor.Jargon, Candor.Hype -->
            Next leverage.
            After leverage.
            """)
        let middle = try range(of: "Middle", in: post).lowerBound
        let intro = try range(of: "Intro", in: post).lowerBound
        let end = try range(of: "End", in: post).lowerBound
        let next = try range(of: "Next", in: post).lowerBound
        let after = try range(of: "After", in: post).lowerBound
        func suppressed(_ rule: String, _ offset: Int) -> Bool {
            post.suppressions.contains { $0.covers(rule: rule, at: offset) }
        }
        #expect(post.suppressions.count == 2)
        #expect(post.suppressions[0].rules == ["Candor.Jargon"])
        #expect(post.suppressions[1].rules == ["Candor.Jargon", "Candor.Hype"])
        #expect(suppressed("Candor.Jargon", middle))
        #expect(!suppressed("Candor.Hype", middle))
        #expect(!suppressed("Candor.Jargon", intro))
        #expect(!suppressed("Candor.Jargon", end))
        #expect(suppressed("Candor.Jargon", next))
        #expect(suppressed("Candor.Hype", next))
        #expect(!suppressed("Candor.Jargon", after))
        // The comments themselves are not prose.
        #expect(!prose(post).contains("candor-"))
    }

    @Test func disableWithoutRulesCoversEveryRuleToTheEnd() throws {
        let post = try readPost("Before.\n<!-- candor-disable -->\nEverything after.")
        let suppression = try #require(post.suppressions.first)
        #expect(suppression.rules == nil)
        #expect(suppression.covers(rule: "Any.Rule", at: post.text.count - 1))
        #expect(!suppression.covers(rule: "Any.Rule", at: 0))
    }

    @Test func suppressionCommentsWorkInPlainText() throws {
        let post = try readPost("<!-- candor-disable-next-line Candor.Jargon -->\nleverage\nleverage", path: "note.txt")
        let suppression = try #require(post.suppressions.first)
        #expect(post.text(suppression.range) == "leverage")
        #expect(suppression.range.lowerBound == 48)
    }

    @Test func unclosedFrontMatterIsAnInputErrorOnLineOne() throws {
        let error = #expect(throws: InputError.self) { try readPosts("---\ntitle: x\nbody") }
        #expect(error?.path == "post.md")
        #expect(error?.line == 1)
        #expect(error?.message.contains("never closed") == true)
    }

    @Test func invalidFrontMatterNamesItsFileLine() throws {
        // Line 3 of the file, at the colon YAML rejects.
        let error = #expect(throws: InputError.self) { try readPosts("---\nplatform: x\n  bad: indent\n---\nBody") }
        #expect(error?.line == 3)
        #expect(error?.column == 6)
        #expect(error?.description.hasPrefix("post.md:3:6: ") == true)
    }

    @Test func frontMatterMustBeAMapping() throws {
        let error = #expect(throws: InputError.self) { try readPosts("---\n- a\n- b\n---\nBody") }
        #expect(error?.line == 2)
    }

    @Test func blankSourceHasNoPosts() throws {
        #expect(try readPosts("").isEmpty)
        #expect(try readPosts("\n  \n---\n\n").isEmpty)
    }

    /// A draft saved with carriage returns alone (old Mac): front matter and `---` separators are found, and
    /// each post starts on its own line; CRLF drafts split the same way.
    @Test func carriageReturnsAloneEndLinesForFrontMatterAndThreads() throws {
        for lineBreak in ["\r", "\r\n"] {
            let text = ["---", "platform: mastodon", "---", "First post.", "---", "Second `code`", "post."]
                .joined(separator: lineBreak) + lineBreak
            let posts = try readPosts(text)
            try #require(posts.count == 2, "\(lineBreak.utf8.count)")
            #expect(posts[0].metadata["platform"] == "mastodon")
            #expect(posts[0].string == "First post.")
            #expect(posts[0].location == Location(line: 4, column: 1))
            #expect(posts[1].string == "Second `code`" + lineBreak + "post.")
            #expect(posts[1].location == Location(line: 6, column: 1))
            // The break stays in the prose, so the next line is not run onto this one.
            #expect(prose(posts[1]) == "Second       " + lineBreak + "post.")
        }
    }

    /// A thread of 20,000 posts: each post handed out in order, with its index and where it starts.
    @Test func aLongThreadKeepsEachPostsIndexAndLocation() throws {
        let posts = try readPosts("---\naccount: acme\n---\n" + (1...20_000).map { "Post \($0)." }.joined(separator: "\n---\n") + "\n")
        #expect(posts.count == 20_000)
        #expect(posts.first?.index == 0 && posts.first?.string == "Post 1.")
        #expect(posts.first?.location == Location(line: 4, column: 1))
        #expect(posts.last?.index == 19_999 && posts.last?.string == "Post 20000.")
        #expect(posts.last?.location == Location(line: 40_002, column: 1))
        #expect(posts.allSatisfy { $0.metadata == ["account": "acme"] })
    }

    /// A `candor-disable` front-matter key switches rules off over every post of the draft; it is no metadata.
    @Test func aCandorDisableFrontMatterKeyCoversEveryPost() throws {
        let posts = try readPosts("---\nCandor-Disable: Candor.NoMention, Candor.WeVoice\naccount: Acme\n---\nOne.\n---\nTwo, longer.\n")
        #expect(posts.map(\.suppressions) == [
            [Post.Suppression(rules: ["Candor.NoMention", "Candor.WeVoice"], range: 0..<4)],
            [Post.Suppression(rules: ["Candor.NoMention", "Candor.WeVoice"], range: 0..<12)],
        ])
        #expect(posts.allSatisfy { $0.metadata == ["account": "Acme"] })
        #expect(try readPost("---\ncandor-disable: ''\n---\nOne.\n").suppressions.isEmpty, "an empty value suppresses nothing")
    }

    /// A post starts at its first prose: a comment before it is not where it is.
    @Test func aPostStartsAtItsFirstProse() throws {
        let post = try readPost("<!-- candor-disable Candor.WeVoice -->\n\n  We shipped it.\n")
        #expect(post.location == Location(line: 3, column: 3))
        #expect(post.text(post.proseStart..<post.proseStart + 2) == "We")
    }
}

/// CommonMark's indented code blocks: code, as fenced ones are, but not a paragraph's or a list's own text.
struct IndentedCodeTests {
    private func prose(_ text: String) throws -> String { String(decoding: try readPost(text).prose, as: UTF8.self) }

    @Test func anIndentedBlockAfterABlankLineIsCode() throws {
        let text = "Intro.\n\n    XXX = False\n    # a comment\n\nAfter."
        let post = try readPost(text)
        #expect(try !prose(text).contains("XXX"))
        #expect(post.blocks.contains { $0.kind == .code })
        #expect(try prose(text).contains("After."))
    }

    @Test func anIndentedLineInsideAParagraphOrAListStaysText() throws {
        #expect(try prose("A paragraph\n    goes on here.").contains("goes on here."))
        #expect(try prose("- item\n\n    more of the item").contains("more of the item"))
    }
}

/// Vale's in-document comments switch rules off and on again, as `candor-disable` does.
struct ValeCommentTests {
    private let rule = "extends: existence\nmessage: \"'%s'\"\ntokens: [ACT]\n"

    @Test func offAndOnAndOneRuleOrStyleByName() throws {
        let text = """
            ACT one.
            <!-- vale off -->
            ACT two.
            <!-- vale on -->
            ACT three.
            <!-- vale Test.Rule = NO -->
            ACT four.
            <!-- vale Test.Rule = YES -->
            ACT five.
            <!-- vale Test = NO -->
            ACT six.
            <!-- vale Test = YES -->
            ACT seven.
            """
        #expect(try findings(rule, on: text).map(\.start.line) == [1, 5, 9, 13])
    }

    @Test func aRawScopeRuleKeepsRunningAsInVale() throws {
        let raw = "extends: existence\nmessage: \"'%s'\"\nscope: raw\nraw: ['ACT']\n"
        #expect(try findings(raw, on: "<!-- vale off -->\nACT here.\n<!-- candor-disable -->\nACT there.").map(\.start.line) == [2])
    }
}
