import Testing
@testable import CandorKit

@Suite struct CSVReaderTests {
    private let reader = CSVReader()

    private func posts(_ text: String, path: String = "queue.csv", options: ReadOptions = ReadOptions()) throws -> [Post] {
        try ReaderHarness.posts(reader, text, path: path, options: options)
    }

    @Test func readsOnePostPerRowWithTheOtherColumnsAsMetadata() throws {
        let posts = try posts("platform,text,date\nx,Hello world,2025-01-01\nlinkedin,Second post,\n")
        #expect(posts.map(\.string) == ["Hello world", "Second post"])
        #expect(posts.map(\.index) == [0, 1])
        #expect(posts[0].metadata == ["platform": "x", "date": "2025-01-01"])
        // Empty cells are left out of the metadata.
        #expect(posts[1].metadata == ["platform": "linkedin"])
        #expect(ReaderHarness.location(of: "world", in: posts[0]) == SourceLocation(line: 2, column: 9))
        #expect(posts[0].prose == posts[0].text)
    }

    @Test func pointsInsideAMultiLineQuotedCellWithDoubledQuotes() throws {
        let csv = "text,platform\n\"First line\nOur \"\"best\"\" café — really\nlast\",x\nnext,y\n"
        let posts = try posts(csv)
        #expect(posts.map(\.string) == ["First line\nOur \"best\" café — really\nlast", "next"])
        let post = posts[0]
        #expect(ReaderHarness.location(of: "First", in: post) == SourceLocation(line: 2, column: 2))
        #expect(ReaderHarness.location(of: "\"best\"", in: post) == SourceLocation(line: 3, column: 5))
        #expect(ReaderHarness.location(of: "best", in: post) == SourceLocation(line: 3, column: 7))
        #expect(ReaderHarness.end(of: "\"best\"", in: post) == SourceLocation(line: 3, column: 13))
        #expect(ReaderHarness.location(of: "really", in: post) == SourceLocation(line: 3, column: 21))
        #expect(ReaderHarness.location(of: "last", in: post) == SourceLocation(line: 4, column: 1))
        #expect(ReaderHarness.end(of: "last", in: post) == SourceLocation(line: 4, column: 5))
        #expect(ReaderHarness.source(of: "best\" café", in: post) == "best\"\" café")
        #expect(ReaderHarness.location(of: "next", in: posts[1]) == SourceLocation(line: 5, column: 1))
        #expect(post.metadata == ["platform": "x"])
    }

    @Test func readsCRLFAndAByteOrderMark() throws {
        let posts = try posts("\u{FEFF}\"text\",id\r\nhello,1\r\n\"multi\r\nline\",2\r\n")
        #expect(posts.map(\.string) == ["hello", "multi\r\nline"])
        #expect(posts.map { $0.metadata["id"] } == ["1", "2"])
        #expect(ReaderHarness.location(of: "line", in: posts[1]) == SourceLocation(line: 4, column: 1))
    }

    @Test func readsTabSeparatedValues() throws {
        let posts = try posts("id\ttext\n1\t\"say \"\"no\"\", ok\"\n2\t\"a\tb\"\n3\tcommas, fine\n", path: "queue.tsv")
        #expect(posts.map(\.string) == ["say \"no\", ok", "a\tb", "commas, fine"])
        #expect(posts.map { $0.metadata["id"] } == ["1", "2", "3"])
        #expect(ReaderHarness.location(of: "ok", in: posts[0]) == SourceLocation(line: 2, column: 16))
    }

    @Test func choosesTheTextColumnByPreferenceOrTextField() throws {
        let csv = "Body,Content,notes\nthe body,the content,the notes\n"
        #expect(try posts(csv).map(\.string) == ["the content"])
        #expect(try posts(csv).first?.metadata == ["Body": "the body", "notes": "the notes"])
        #expect(try posts(csv, options: ReadOptions(textField: "NOTES")).map(\.string) == ["the notes"])
    }

    @Test func skipsBlankTextAndBlankLinesWithoutCountingThem() throws {
        let posts = try posts("\n\ntext,id\nfirst,1\n,2\n   ,3\n\nsecond,4\n")
        #expect(posts.map(\.string) == ["first", "second"])
        #expect(posts.map(\.index) == [0, 1])
        #expect(posts[1].metadata == ["id": "4"])
        #expect(posts[1].location == SourceLocation(line: 8, column: 1))
    }

    @Test func readsTheCandorDisableColumnIntoSuppressions() throws {
        let posts = try posts("text,candor-disable\na,\nb,\"Candor.LinkOnly, Candor.Jargon\"\nc,all\n")
        #expect(posts[0].suppressions.isEmpty)
        #expect(posts[1].suppressions == [Post.Suppression(rules: ["Candor.LinkOnly", "Candor.Jargon"], range: 0..<1)])
        #expect(posts[2].suppressions == [Post.Suppression(rules: nil, range: 0..<1)])
        #expect(posts.allSatisfy { $0.metadata.isEmpty })
    }

    @Test func acceptsEmptyCellsPastTheHeader() throws {
        #expect(try posts("text,platform\nhello,x,,\n").map(\.metadata) == [["platform": "x"]])
    }

    @Test(arguments: [
        ("platform,date\nx,1\n", InputError(path: "queue.csv", line: 1, column: 1, message: "invalid CSV: the header row has no text column (one of text, content, post, message, body, tweet)")),
        ("platform,text\nx\n", InputError(path: "queue.csv", line: 2, column: 1, message: "invalid CSV: the row ends before cell 2, its text ('text')")),
        ("text,platform\nhello,x,extra\n", InputError(path: "queue.csv", line: 2, column: 9, message: "invalid CSV: the row has more cells than the header's 2")),
        ("text\nsay \"hi\"\n", InputError(path: "queue.csv", line: 2, column: 5, message: "invalid CSV: quote inside an unquoted cell (quote the whole cell and double this quote)")),
        ("text\n27\" screen\nnext\n", InputError(path: "queue.csv", line: 2, column: 3, message: "invalid CSV: quote inside an unquoted cell (quote the whole cell and double this quote)")),
        ("text\n\"a\"b\n", InputError(path: "queue.csv", line: 2, column: 4, message: "invalid CSV: expected a delimiter or a line break after the closing quote")),
    ])
    func reportsMalformedInputWhereItIs(csv: String, expected: InputError) {
        #expect(ReaderHarness.attempt(reader, csv, path: "queue.csv").error == expected)
    }

    /// A TSV file's errors name TSV, whatever the case of its extension.
    @Test(arguments: [
        ("platform\tdate\nx\t1\n", "queue.tsv", 1, 1, "invalid TSV: the header row has no text column (one of text, content, post, message, body, tweet)"),
        ("text\tplatform\nhello\tx\textra\n", "queue.TSV", 2, 9, "invalid TSV: the row has more cells than the header's 2"),
        ("text\nsay \"hi\"\n", "queue.tsv", 2, 5, "invalid TSV: quote inside an unquoted cell (quote the whole cell and double this quote)"),
        ("text\n\"open\n", "queue.tsv", 2, 1, "invalid TSV: quoted cell is never closed"),
    ])
    func aTSVErrorSaysTSV(tsv: String, path: String, line: Int, column: Int, message: String) {
        #expect(ReaderHarness.attempt(reader, tsv, path: path).error
            == InputError(path: path, line: line, column: column, message: message))
    }

    @Test func keepsThePostsBeforeAnUnclosedQuote() {
        let (posts, error) = ReaderHarness.attempt(reader, "text\nfirst\n\"second\nthird\n", path: "queue.csv")
        #expect(posts.map(\.string) == ["first"])
        #expect(error == InputError(path: "queue.csv", line: 3, column: 1, message: "invalid CSV: quoted cell is never closed"))
    }

    @Test func readsAHeaderOnlyFileAndAnEmptyFileAsNoPosts() throws {
        #expect(try posts("text,platform\n").isEmpty)
        #expect(try posts("").isEmpty)
    }

    @Test func streamsALargeFileRecordByRecord() throws {
        let folder = ReaderHarness.temporaryFolder()
        defer { ReaderHarness.remove(folder) }
        var csv = "id,text\n"
        for row in 1...5000 {
            csv += row == 4000
                ? "\(row),\"a cell over\nthree lines, with \"\"quotes\"\"\nand the end\"\n"
                : "\(row),Post number \(row) of the calendar padded to cross a few chunks of the reader\n"
        }
        ReaderHarness.write(csv, to: folder + "/big.csv")
        let posts = try ReaderHarness.posts(reader, .file(folder + "/big.csv"))
        #expect(posts.count == 5000)
        #expect(posts.map(\.index) == Array(0..<5000))
        let cell = posts[3999]
        #expect(cell.metadata == ["id": "4000"])
        #expect(ReaderHarness.location(of: "three", in: cell) == SourceLocation(line: 4002, column: 1))
        #expect(ReaderHarness.location(of: "quotes", in: cell) == SourceLocation(line: 4002, column: 21))
        // Each post holds a window of its own record, not the file.
        #expect(cell.file.firstLine == 4001)
        #expect(String(decoding: cell.file.bytes, as: UTF8.self) == "4000,\"a cell over\nthree lines, with \"\"quotes\"\"\nand the end\"\n")
        #expect(ReaderHarness.location(of: "Post", in: posts[4999]) == SourceLocation(line: 5003, column: 6))
    }
}
