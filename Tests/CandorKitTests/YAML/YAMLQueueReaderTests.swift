import Testing
@testable import CandorKit

@Suite struct YAMLQueueReaderTests {
    private let reader = YAMLQueueReader()

    private func posts(_ yaml: String, options: ReadOptions = ReadOptions()) throws -> [Post] {
        try ReaderHarness.posts(reader, yaml, path: "queue.yml", options: options)
    }

    private func error(_ yaml: String) -> InputError? {
        ReaderHarness.attempt(reader, yaml, path: "queue.yml").error
    }

    @Test func readsAListOrThePostsKeyWithMetadata() throws {
        let list = try posts("""
            - text: first
              date: 2025-03-03
              tags: [launch, news]
              draft: ~
            - content: second
            """)
        #expect(list.map(\.string) == ["first", "second"])
        #expect(list.map(\.index) == [0, 1])
        #expect(list[0].metadata == ["date": "2025-03-03", "tags": "launch, news"])
        let mapping = try posts("version: 2\nposts:\n  - text: hello\n")
        #expect(mapping.map(\.string) == ["hello"])
        #expect(mapping[0].prose == mapping[0].text)
    }

    @Test func pointsInsideALiteralBlock() throws {
        let post = try #require(try posts("""
            posts:
              - platform: x
                text: |
                  First line
                    indented more
                  Our "best" café — really

                  after a blank line
            """).first)
        #expect(post.string == "First line\n  indented more\nOur \"best\" café — really\n\nafter a blank line")
        #expect(ReaderHarness.location(of: "First", in: post) == SourceLocation(line: 4, column: 7))
        #expect(ReaderHarness.location(of: "  indented", in: post) == SourceLocation(line: 5, column: 7))
        #expect(ReaderHarness.location(of: "café", in: post) == SourceLocation(line: 6, column: 18))
        #expect(ReaderHarness.location(of: "really", in: post) == SourceLocation(line: 6, column: 25))
        #expect(ReaderHarness.location(of: "after", in: post) == SourceLocation(line: 8, column: 7))
        #expect(post.metadata == ["platform": "x"])
    }

    @Test func pointsInsideAFoldedBlock() throws {
        let post = try #require(try posts("- text: >-\n    one two\n    three\n\n    four\n").first)
        #expect(post.string == "one two three\nfour")
        #expect(ReaderHarness.location(of: "one", in: post) == SourceLocation(line: 2, column: 5))
        #expect(ReaderHarness.location(of: "three", in: post) == SourceLocation(line: 3, column: 5))
        #expect(ReaderHarness.location(of: "four", in: post) == SourceLocation(line: 5, column: 5))
        #expect(ReaderHarness.end(of: "four", in: post) == SourceLocation(line: 5, column: 9))
    }

    @Test func pointsInsideADoubleQuotedScalarWithEscapes() throws {
        let post = try #require(try posts(#"- text: "caf\u00e9 \"q\" end\nnext \U0001F680 zz""#).first)
        #expect(post.string == "café \"q\" end\nnext 🚀 zz")
        #expect(ReaderHarness.location(of: "café", in: post) == SourceLocation(line: 1, column: 10))
        #expect(ReaderHarness.end(of: "café", in: post) == SourceLocation(line: 1, column: 19))
        #expect(ReaderHarness.location(of: "q", in: post) == SourceLocation(line: 1, column: 22))
        #expect(ReaderHarness.location(of: "end", in: post) == SourceLocation(line: 1, column: 26))
        #expect(ReaderHarness.location(of: "next", in: post) == SourceLocation(line: 1, column: 31))
        #expect(ReaderHarness.location(of: "🚀", in: post) == SourceLocation(line: 1, column: 36))
        #expect(ReaderHarness.location(of: "zz", in: post) == SourceLocation(line: 1, column: 47))
        #expect(ReaderHarness.end(of: "zz", in: post) == SourceLocation(line: 1, column: 49))
    }

    @Test func pointsInsideMultiLineFlowScalars() throws {
        let posts = try posts("""
            - text: "folded
                double \\
                joined"
            - text: 'it''s
                single'
            - text: plain
                words   
                here
            """)
        #expect(posts.map(\.string) == ["folded double joined", "it's single", "plain words here"])
        #expect(ReaderHarness.location(of: "double", in: posts[0]) == SourceLocation(line: 2, column: 5))
        #expect(ReaderHarness.location(of: "joined", in: posts[0]) == SourceLocation(line: 3, column: 5))
        #expect(ReaderHarness.location(of: "'s", in: posts[1]) == SourceLocation(line: 4, column: 12))
        #expect(ReaderHarness.location(of: "single", in: posts[1]) == SourceLocation(line: 5, column: 5))
        #expect(ReaderHarness.location(of: "words", in: posts[2]) == SourceLocation(line: 7, column: 5))
        #expect(ReaderHarness.location(of: "here", in: posts[2]) == SourceLocation(line: 8, column: 5))
    }

    @Test func passesOverAnchorsAndTags() throws {
        let posts = try posts("- text: &t \"hello\"\n- text: !!str\n    tagged words\n- text: *t\n")
        #expect(posts.map(\.string) == ["hello", "tagged words", "hello"])
        #expect(ReaderHarness.location(of: "hello", in: posts[0]) == SourceLocation(line: 1, column: 13))
        #expect(ReaderHarness.location(of: "words", in: posts[1]) == SourceLocation(line: 3, column: 12))
        // An alias is its anchor's node: it points where the anchor's text is written.
        #expect(ReaderHarness.location(of: "hello", in: posts[2]) == SourceLocation(line: 1, column: 13))
    }

    @Test func countsLinesAsLibYAMLDoes() throws {
        // libyaml takes U+2028 for a line break, so the marks after it count one more line than the file's.
        let post = try #require(try posts("- note: \"a\u{2028}b\"\n  text: hello\n").first)
        #expect(ReaderHarness.source(of: "hello", in: post) == "hello")
        let bom = try #require(try posts("\u{FEFF}- text: hello\n").first)
        #expect(ReaderHarness.source(of: "hello", in: bom) == "hello")
    }

    @Test(arguments: ["name: package\nversion: 2\n", "- a\n- b\n", "", "just text\n", "posts: 3\n", "posts:\n  - a\n"])
    func recognisesFilesThatAreNotQueues(yaml: String) {
        #expect(error(yaml)?.isNotAQueue == true)
    }

    @Test func reportsAPostWithoutTextWhereItIsAfterThePostsBefore() {
        let (posts, error) = ReaderHarness.attempt(reader, "- text: a\n- body: b\n- caption: c\n", path: "queue.yml")
        #expect(posts.map(\.string) == ["a", "b"])
        #expect(error == InputError(path: "queue.yml", line: 3, column: 3, message: "post has no text field (one of text, content, post, message, body, tweet)"))
    }

    @Test func refusesAPostThatIsNotAMappingOrTextThatIsNotAScalar() {
        #expect(error("- text: a\n- just a string\n") == InputError(path: "queue.yml", line: 2, column: 3, message: "expected a post (a mapping) in the list of posts"))
        #expect(error("- text:\n    - a\n    - b\n") == InputError(path: "queue.yml", line: 2, column: 5, message: "the text field 'text' must be text, not a list or a mapping"))
    }

    @Test func reportsInvalidYAMLWithItsLine() {
        let error = error("posts:\n  - text: \"never closed\n")
        #expect(error?.line != nil)
        #expect(error?.message.hasPrefix("invalid YAML") == true)
    }

    @Test func skipsNullAndEmptyText() throws {
        let posts = try posts("- text:\n- text: ''\n- text: null\n- text: kept\n")
        #expect(posts.map(\.string) == ["kept"])
        #expect(posts.map(\.index) == [0])
    }

    @Test func readsTheCandorDisableKeyAndTheTextFieldOption() throws {
        let posts = try posts("""
            - {caption: ab, candor-disable: [Candor.LinkOnly, Candor.Jargon]}
            - {caption: ab, candor-disable: all, text: other}
            - {caption: ab, candor-disable: }
            - {caption: ab, candor-disable: ''}
            - {caption: ab, candor-disable: []}
            """, options: ReadOptions(textField: "Caption"))
        #expect(posts.map(\.suppressions) == [
            [Post.Suppression(rules: ["Candor.LinkOnly", "Candor.Jargon"], range: 0..<2)],
            [Post.Suppression(rules: nil, range: 0..<2)],
            [],
            [],  // An empty value is no suppression, as an empty CSV cell is not.
            [],
        ])
        #expect(posts.map(\.metadata) == [[:], ["text": "other"], [:], [:], [:]])
    }
}
