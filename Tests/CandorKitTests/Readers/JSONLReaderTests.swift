import Testing
@testable import CandorKit

@Suite struct JSONLReaderTests {
    private let reader = JSONLReader()

    @Test func readsOnePostALineInWindowsOfTheirOwn() throws {
        let jsonl = """
            {"text": "first", "platform": "x"}

            {"id": 3, "text": "third line: caf\\u00e9 \\"quoted\\" here"}
            """
        let posts = try ReaderHarness.posts(reader, jsonl, path: "queue.jsonl")
        #expect(posts.map(\.string) == ["first", "third line: café \"quoted\" here"])
        #expect(posts.map(\.index) == [0, 1])
        #expect(posts.map(\.metadata) == [["platform": "x"], ["id": "3"]])
        #expect(posts.map(\.file.firstLine) == [1, 3])
        #expect(posts[1].file.bytes.count == 58)
        #expect(ReaderHarness.location(of: "third", in: posts[1]) == SourceLocation(line: 3, column: 20))
        #expect(ReaderHarness.location(of: "quoted", in: posts[1]) == SourceLocation(line: 3, column: 44))
        #expect(ReaderHarness.location(of: "here", in: posts[1]) == SourceLocation(line: 3, column: 53))
    }

    @Test func readsCRLFAndAByteOrderMarkOnTheFirstLine() throws {
        let posts = try ReaderHarness.posts(reader, "\u{FEFF}{\"text\": \"a\"}\r\n{\"text\": \"b\"}\r\n", path: "q.ndjson")
        #expect(posts.map(\.string) == ["a", "b"])
        #expect(ReaderHarness.attempt(reader, "{\"text\": \"a\"}\n\u{FEFF}{\"text\": \"b\"}", path: "q.jsonl").error?.line == 2)
    }

    /// Carriage returns alone (old Mac) end records as line feeds do, and lines count them.
    @Test func readsCarriageReturnsAloneAsLineBreaks() throws {
        let posts = try ReaderHarness.posts(reader, "{\"text\": \"a\"}\r\r{\"text\": \"then b\"}\r", path: "q.jsonl")
        #expect(posts.map(\.string) == ["a", "then b"])
        #expect(posts.map(\.file.firstLine) == [1, 3])
        #expect(ReaderHarness.location(of: "b", in: posts[1]) == SourceLocation(line: 3, column: 16))
    }

    /// A bad line is that line's error; the lines around it are still read, and it takes no index.
    @Test func readsPastABadLine() {
        let (posts, error) = ReaderHarness.attempt(reader, "{\"text\": \"a\"}\n{\"text\": \"b\"}\nnot json\n{\"text\": \"d\"}\n", path: "q.jsonl")
        #expect(posts.map(\.string) == ["a", "b", "d"])
        #expect(posts.map(\.index) == [0, 1, 2])
        #expect(error == InputError(path: "q.jsonl", line: 3, column: 1, message: "invalid JSON: expected a post (an object) on each line, found 'n'"))
    }

    @Test func handsEachBadLineToTheProblemCallback() throws {
        var posts: [Post] = [], problems: [InputError] = []
        let jsonl = "{\"text\": \"a\"\n{\"text\": \"b\"}\n{\"id\": 3}\n{\"text\": \"d\"}\n"
        try reader.read(.text(jsonl, path: "q.jsonl"), options: ReadOptions(), emit: { posts.append($0) },
                        problem: { problems.append($0) })
        #expect(posts.map(\.string) == ["b", "d"])
        #expect(problems.map(\.line) == [1, 3])
        #expect(problems.map(\.path) == ["q.jsonl", "q.jsonl"])
    }

    @Test(arguments: [
        ("{\"text\": \"a\"} {\"text\": \"b\"}", 1, 15, "invalid JSON: unexpected '{' after the value"),
        ("{\"text\": \"a\"}\n[{\"text\": \"b\"}]", 2, 1, "invalid JSON: expected a post (an object) on each line, found '['"),
        ("{\"text\": \"a\nb\"}", 1, 10, "invalid JSON: string is never closed"),
        ("{\"body\": \"a\"}\n{\"id\": 1}", 2, 1, "object has no text field (one of text, content, post, message, body, tweet)"),
    ])
    func reportsBadLinesWhereTheyAre(jsonl: String, line: Int, column: Int, message: String) {
        #expect(ReaderHarness.attempt(reader, jsonl, path: "q.jsonl").error == InputError(path: "q.jsonl", line: line, column: column, message: message))
    }

    @Test func streamsAFileAcrossChunksAndVeryLongLines() throws {
        let folder = ReaderHarness.temporaryFolder()
        defer { ReaderHarness.remove(folder) }
        let long = String(repeating: "long words ", count: 20_000)
        var lines: [String] = []
        for number in 1...3000 {
            lines.append(number == 1500 ? #"{"text": "\#(long)end"}"# : #"{"n": \#(number), "text": "Post \#(number) with a few words"}"#)
        }
        ReaderHarness.write(lines.joined(separator: "\n"), to: folder + "/big.jsonl")
        let posts = try ReaderHarness.posts(reader, .file(folder + "/big.jsonl"))
        #expect(posts.count == 3000)
        #expect(posts[1499].text.count == long.utf8.count + 3)
        #expect(ReaderHarness.location(of: "end", in: posts[1499]) == SourceLocation(line: 1500, column: 11 + long.count))
        #expect(posts[2999].metadata == ["n": "3000"])
        #expect(ReaderHarness.location(of: "Post", in: posts[2999]) == SourceLocation(line: 3000, column: 22))
    }

    @Test func refusesAFileThatCannotBeRead() {
        #expect(throws: InputError.self) { try ReaderHarness.posts(reader, .file("/nonexistent/queue.jsonl")) }
    }
}
