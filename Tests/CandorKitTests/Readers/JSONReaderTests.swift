import Testing
@testable import CandorKit

@Suite struct JSONReaderTests {
    private let reader = JSONReader()

    private func posts(_ json: String, options: ReadOptions = ReadOptions()) throws -> [Post] {
        try ReaderHarness.posts(reader, json, path: "queue.json", options: options)
    }

    private func error(_ json: String) -> InputError? {
        ReaderHarness.attempt(reader, json, path: "queue.json").error
    }

    @Test func readsAnArrayOfPostsWithMetadataAsWritten() throws {
        let posts = try posts("""
            [{"text": "first", "id": 7, "price": 1.50e0, "pinned": true, "draft": null,
              "tags": ["a", "b"], "author": {"name": "Ana", "team": "dev"}},
             {"content": "second"}]
            """)
        #expect(posts.map(\.string) == ["first", "second"])
        #expect(posts.map(\.index) == [0, 1])
        #expect(posts[0].metadata == [
            "id": "7", "price": "1.50e0", "pinned": "true", "tags": "a, b", "author": "name: Ana, team: dev",
        ])
        #expect(posts[1].metadata.isEmpty)
        #expect(posts[0].prose == posts[0].text)
    }

    @Test func readsThePostsMemberOfAnObject() throws {
        let posts = try posts(#"{"version": [1, {"x": []}], "posts": [{"text": "hello"}], "more": {"posts": 1}}"#)
        #expect(posts.map(\.string) == ["hello"])
        #expect(try self.posts(#"{"posts": []}"#).isEmpty)
        #expect(try self.posts("[]").isEmpty)
    }

    @Test func pointsInsideStringsWithEscapes() throws {
        let json = """
            [
              {"text": "Line one\\nOur \\"best\\" caf\\u00e9 \\ud83d\\ude80 launch"}
            ]
            """
        let post = try #require(try posts(json).first)
        #expect(post.string == "Line one\nOur \"best\" café 🚀 launch")
        #expect(ReaderHarness.location(of: "Line", in: post) == SourceLocation(line: 2, column: 13))
        #expect(ReaderHarness.location(of: "\n", in: post) == SourceLocation(line: 2, column: 21))
        #expect(ReaderHarness.location(of: "Our", in: post) == SourceLocation(line: 2, column: 23))
        #expect(ReaderHarness.location(of: "\"best\"", in: post) == SourceLocation(line: 2, column: 27))
        #expect(ReaderHarness.location(of: "best", in: post) == SourceLocation(line: 2, column: 29))
        #expect(ReaderHarness.location(of: "café", in: post) == SourceLocation(line: 2, column: 36))
        #expect(ReaderHarness.end(of: "café", in: post) == SourceLocation(line: 2, column: 45))
        #expect(ReaderHarness.location(of: "🚀", in: post) == SourceLocation(line: 2, column: 46))
        #expect(ReaderHarness.end(of: "🚀", in: post) == SourceLocation(line: 2, column: 58))
        #expect(ReaderHarness.location(of: "launch", in: post) == SourceLocation(line: 2, column: 59))
        #expect(ReaderHarness.end(of: "launch", in: post) == SourceLocation(line: 2, column: 65))
        #expect(ReaderHarness.source(of: "café 🚀", in: post) == #"caf\u00e9 \ud83d\ude80"#)
    }

    @Test func decodesEveryEscape() throws {
        let post = try #require(try posts(#"[{"text": "\"\\\/\b\f\n\r\t\u0041\ud800x"}]"#).first)
        #expect(post.string == "\"\\/\u{08}\u{0C}\n\r\tA\u{FFFD}x")
    }

    @Test(arguments: [
        #"{"name": "package"}"#, "[1, 2]", #""text""#, #"{"posts": 3}"#, #"{"posts": ["a", {"text": "b"}]}"#, "null",
    ])
    func recognisesFilesThatAreNotQueues(json: String) {
        #expect(error(json)?.isNotAQueue == true)
    }

    @Test(arguments: [
        (#"[{"text": "a"} {"text": "b"}]"#, 1, 16, "expected ',' or ']' after an array element, found '{'"),
        (#"[{"text": "abc}]"#, 1, 11, "string is never closed"),
        (#"[{"text": "a\qb"}]"#, 1, 13, #"invalid escape '\q'"#),
        (#"[{"text": "a\u00zz"}]"#, 1, 13, #"'\u' must be followed by four hexadecimal digits"#),
        ("[{\"text\": \"a\tb\"}]", 1, 13, #"control character in a string: write it as an escape (\n, \t, \u00XX)"#),
        ("[] x", 1, 4, "unexpected 'x' after the value"),
        (#"[{"text": "a", "n": -}]"#, 1, 21, "invalid number"),
        (#"[{"text": "a", "n": 01}]"#, 1, 21, "invalid number"),
        (#"[{"text": "a", "n": 1.}]"#, 1, 21, "invalid number: digits must follow '.'"),
        (#"[{"text": "a", "n": tru}]"#, 1, 21, "expected a value, found 't'"),
        (#"[{"text": "a"},"#, 1, 16, "expected a post (an object), found the end of the input"),
        (#"[{text: "a"}]"#, 1, 3, "expected a key in double quotes, found 't'"),
        (#"[{"text" "a"}]"#, 1, 10, "expected ':' after the key, found '\"'"),
        ("", 1, 1, "expected a value, found the end of the input"),
    ])
    func reportsSyntaxErrorsWhereTheyAre(json: String, line: Int, column: Int, message: String) {
        #expect(error(json) == InputError(path: "queue.json", line: line, column: column, message: "invalid JSON: " + message))
    }

    @Test func refusesNestingDeeperThanTheLimit() {
        let json = String(repeating: "[", count: 600) + String(repeating: "]", count: 600)
        #expect(error(json)?.message == "invalid JSON: nested more than 512 levels deep")
    }

    @Test func keepsThePostsBeforeAnError() {
        let json = """
            [
              {"text": "a"},
              {"body": "b"},
              {"caption": "c"}
            ]
            """
        let (posts, error) = ReaderHarness.attempt(reader, json, path: "queue.json")
        #expect(posts.map(\.string) == ["a", "b"])
        #expect(error == InputError(path: "queue.json", line: 4, column: 3, message: "object has no text field (one of text, content, post, message, body, tweet)"))
    }

    @Test func refusesAPostThatIsNotAnObjectOrTextThatIsNotAString() {
        #expect(error(#"[{"text": "a"}, 5]"#) == InputError(path: "queue.json", line: 1, column: 17, message: "invalid JSON: expected a post (an object), found '5'"))
        #expect(error(#"[{"text": 5}]"#) == InputError(path: "queue.json", line: 1, column: 11, message: "the text field 'text' must be a string"))
    }

    @Test func skipsEmptyAndNullTextWithoutCountingIt() throws {
        let posts = try posts(#"[{"text": ""}, {"text": null}, {"text": " \n "}, {"text": "kept", "id": 4}]"#)
        #expect(posts.map(\.string) == ["kept"])
        #expect(posts[0].index == 0)
    }

    @Test func honoursTheTextFieldOption() throws {
        let posts = try posts(#"[{"text": "not this", "Caption": "this"}]"#, options: ReadOptions(textField: "caption"))
        #expect(posts.map(\.string) == ["this"])
        #expect(posts[0].metadata == ["text": "not this"])
        #expect(ReaderHarness.attempt(reader, #"[{"text": "a"}]"#, path: "q.json", options: ReadOptions(textField: "caption")).error?.message
            == "object has no 'caption' field (the --text-field)")
    }

    @Test func readsTheCandorDisableFieldIntoSuppressions() throws {
        let posts = try posts("""
            [{"text": "ab", "candor-disable": "Candor.LinkOnly,Candor.Jargon"},
             {"text": "ab", "candor-disable": ""},
             {"text": "ab", "candor-disable": " , "},
             {"text": "ab", "candor-disable": []},
             {"text": "ab", "Candor-Disable": true},
             {"text": "ab", "candor-disable": ["Candor.LinkOnly"]},
             {"text": "ab", "candor-disable": false},
             {"text": "ab", "candor-disable": null}]
            """)
        #expect(posts.map(\.suppressions) == [
            [Post.Suppression(rules: ["Candor.LinkOnly", "Candor.Jargon"], range: 0..<2)],
            [],  // An empty value is no suppression, as an empty CSV cell is not.
            [],
            [],
            [Post.Suppression(rules: nil, range: 0..<2)],
            [Post.Suppression(rules: ["Candor.LinkOnly"], range: 0..<2)],
            [],
            [],
        ])
        #expect(posts.allSatisfy { $0.metadata.isEmpty })
    }

    @Test func skipsAByteOrderMark() throws {
        let post = try #require(try posts("\u{FEFF}[{\"text\": \"hello\"}]").first)
        #expect(ReaderHarness.source(of: "hello", in: post) == "hello")
    }
}
