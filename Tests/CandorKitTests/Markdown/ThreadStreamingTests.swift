import Foundation
import Testing
@testable import CandorKit

/// A Markdown or text thread is read a line at a time, each post a `SourceFile` window of its own lines (as
/// each JSONL line is), so memory stays flat however many posts the thread holds; positions, suppressions and
/// fixes come out as they did when the file was read whole.
struct ThreadStreamingTests {
    private let rule = "extends: existence\nmessage: \"'%s'\"\ntokens: [ACT]\n"

    /// The posts of a file on disk, read through `LineReader`'s 64 KB chunks.
    private func readFile(_ path: String) throws -> [Post] {
        var posts: [Post] = []
        try MarkdownReader().read(.file(path), options: ReadOptions()) { posts.append($0) }
        return posts
    }

    private func readBytes(_ bytes: [UInt8], path: String = "t.md") throws -> [Post] {
        var posts: [Post] = []
        try MarkdownReader().read(Input(path: path, origin: .bytes(bytes)), options: ReadOptions()) { posts.append($0) }
        return posts
    }

    /// Where `rule` fires over every post of a thread.
    private func findingLines(_ text: String) throws -> [Int] {
        let linter = try Linter(rules: [makeRule(rule)])
        return try readPosts(text).flatMap { linter.lint($0).findings.map(\.start.line) }
    }

    /// What the reader keeps for a post is that post's lines, not the file: were the whole thread held per
    /// post, every post's file would be the whole thread.
    @Test func eachPostIsAWindowOfItsOwnLines() throws {
        let thread = "---\naccount: acme\n---\n"
            + (1...5_000).map { "Post \($0),\nits second line." }.joined(separator: "\n\n---\n\n") + "\n"
        let posts = try readPosts(thread)
        try #require(posts.count == 5_000)
        #expect(posts.allSatisfy { $0.file.bytes == $0.text })
        #expect(Set(posts.map { ObjectIdentifier($0.file) }).count == posts.count, "no post shares a window")
        #expect(posts.map(\.file.bytes.count).max() == "Post 5000,\nits second line.".utf8.count)
        // Front matter takes lines 1 to 3; each post then takes five lines (two, a blank, `---`, a blank).
        #expect(posts.map(\.file.firstLine) == (0..<5_000).map { 4 + 5 * $0 })
        #expect(posts.map(\.location) == (0..<5_000).map { Location(line: 4 + 5 * $0, column: 1) })
        let last = posts[4_999]
        let second = try #require(last.text.firstIndex(of: UInt8(ascii: "i")))
        #expect(last.location(of: second) == Location(line: 25_000, column: 1))
        #expect(last.location(of: last.text.count) == Location(line: 25_000, column: 17))
        #expect(posts.allSatisfy { $0.metadata == ["account": "acme"] })
    }

    /// Posts longer than a chunk, a carriage return last in a chunk and a `---` line across two: read from
    /// disk, each post is what the same bytes read at once give, at the same lines and columns.
    @Test func postsAcrossChunkBoundariesKeepTheirTextAndPlace() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        for lineBreak in ["\n", "\r\n", "\r"] {
            // The first post's break starts at byte 65,535, the last of the first chunk.
            var posts = [String(repeating: "é", count: 10) + String(repeating: "x", count: 65_535 - 20)]
            // The second post ends so that its `---` line runs from the second chunk into the third.
            let secondStart = 65_535 + 2 * lineBreak.utf8.count + 3
            posts.append(String(repeating: "y", count: 131_072 - secondStart - lineBreak.utf8.count - 1))
            posts += (0..<30).map { "Post \($0) é " + String(repeating: "word ", count: ($0 * 7_919) % 30_000) + "ACT" }
            let text = posts.map { $0 + lineBreak + "end" }.joined(separator: lineBreak + "---" + lineBreak)
            let path = try folder.write("thread-\(lineBreak.utf8.count)-\(lineBreak.utf8.first!).md", text)
            let streamed = try readFile(path)
            let whole = try readPosts(text)
            try #require(streamed.count == posts.count && whole.count == posts.count)
            for (index, post) in streamed.enumerated() {
                let line = 1 + 3 * index
                try #require(post.string == posts[index] + lineBreak + "end", "post \(index)")
                #expect(post.index == index)
                #expect(post.file.firstLine == line)
                #expect(post.location == Location(line: line, column: 1))
                #expect(post.location(of: post.text.count) == Location(line: line + 1, column: 4))
                let lastWord = posts[index].utf8.count - 1
                #expect(post.location(of: lastWord) == Location(line: line, column: posts[index].unicodeScalars.count))
                #expect(post.location(of: lastWord) == whole[index].location(of: lastWord))
                #expect(post.prose == whole[index].prose && post.blocks == whole[index].blocks)
            }
        }
    }

    @Test func crOnlyAndCRLFThreadsCountTheirLines() throws {
        for lineBreak in ["\r", "\r\n"] {
            let text = ["ACT one.", "---", "", "ACT two,", "and ACT.", "---", "ACT three."].joined(separator: lineBreak)
            #expect(try findingLines(text) == [1, 4, 5, 7])
            #expect(try readPosts(text).map(\.file.firstLine) == [1, 4, 7])
        }
    }

    /// A byte order mark is no character: columns on the first line count from after it, in a window too.
    @Test func aByteOrderMarkStaysOutOfFirstLineColumns() throws {
        let posts = try readPosts("\u{FEFF}Über ACT.\n---\nACT two.")
        #expect(posts.map(\.string) == ["Über ACT.", "ACT two."])
        let linter = try Linter(rules: [makeRule(rule)])
        #expect(posts.flatMap { linter.lint($0).findings.map(\.start) }
            == [Location(line: 1, column: 6), Location(line: 3, column: 1)])
        #expect(try readPost("\u{FEFF}---\nplatform: x\n---\nACT.").location == Location(line: 4, column: 1))
    }

    /// A suppression comment covers its own post only: one last in a post does not reach over the `---`.
    @Test func suppressionsNearSeparatorsStayInTheirPost() throws {
        let text = """
            ACT one.
            <!-- candor-disable-next-line -->
            ---
            ACT two.
            <!-- candor-disable Test.Rule -->
            ACT three.
            ---
            <!-- candor-disable-next-line Test.Rule -->
            ACT four.
            ACT five.
            """
        #expect(try findingLines(text) == [1, 4, 10])
    }

    /// A fenced block holds its `---` lines, so one post runs over them, in one window.
    @Test func aFenceRunsOverSeparators() throws {
        let posts = try readPosts("Intro ACT.\n```\n---\nACT in code\n```\n\n---\n\nACT after.\n")
        #expect(posts.map(\.file.firstLine) == [1, 9])
        #expect(posts.first?.string == "Intro ACT.\n```\n---\nACT in code\n```")
        #expect(try findingLines("Intro ACT.\n```\n---\nACT in code\n```\n\n---\n\nACT after.\n") == [1, 9])
    }

    /// Invalid UTF-8 is repaired per window, at the same offsets as when the file was repaired whole; a post
    /// after a repaired part says its file was repaired, as every post of the file did.
    @Test func invalidUTF8IsRepairedPerWindow() throws {
        let posts = try readBytes(Array("One.\n---\nTw".utf8) + [0xE2, 0x82] + Array("o ACT.\n---\nThree.\n".utf8))
        #expect(posts.map(\.string) == ["One.", "Tw\u{FFFD}o ACT.", "Three."])
        #expect(posts.map(\.file.repairedUTF8) == [false, true, true])
        let act = try #require(posts[1].text.firstRange(of: Array("ACT".utf8)))
        #expect(posts[1].location(of: act.lowerBound) == Location(line: 3, column: 6))
        let afterFrontMatter = try readBytes(Array("---\nname: a".utf8) + [0xFF] + Array("\n---\nOne.\n---\nTwo.\n".utf8))
        #expect(afterFrontMatter.map(\.file.repairedUTF8) == [true, true])
        #expect(afterFrontMatter.first?.metadata["name"] == "a\u{FFFD}")
    }

    /// The lines the reader hands a window are those `Line.split` gives the whole text.
    @Test func theWindowsLinesAreThoseSplitGives() throws {
        for text in ["\n", "a", "a\n", "a\nb", "a\r\nb\r\n", "a\rb\r", "\r", "\r\n\n", "a\n\n\nb\n \n"] {
            let bytes = Array(text.utf8)
            let lines = try LineReader(Input(path: "t.md", origin: .bytes(bytes)))
            var window = PostWindow()
            var read: [Line] = []
            while let line = try lines.next() { read.append(window.append(line, lineNumber: lines.lineNumber)) }
            #expect(read.map { [$0.start, $0.end] } == Line.split(bytes).map { [$0.start, $0.end] }, "\(bytes)")
        }
    }

    /// `--fix` finds a thread's later post in the file, whatever its line breaks.
    @Test func aFixInALaterPostLandsInTheFile() throws {
        for lineBreak in ["\n", "\r\n", "\r"] {
            let text = ["One.", "---", "", "We utilize it."].joined(separator: lineBreak) + lineBreak
            let place = Location(line: 1, column: 1)
            let finding = Finding(rule: "Test.Rule", level: .warning, message: "m", start: place, end: place,
                                  match: "utilize", suggestions: ["use"], postRange: 3..<10, fixable: true)
            let fixed = try Fixer().apply([try #require(Fix(finding, post: 1))], to: Array(text.utf8), path: "t.md")
            #expect(String(decoding: fixed.fixed, as: UTF8.self) == text.replacingOccurrences(of: "utilize", with: "use"))
        }
    }

    /// A rule's example may open with blank lines: its marked span is found in the post after them.
    @Test func anExampleAfterBlankLinesFindsItsSpan() throws {
        let yaml = "extends: existence\nmessage: m\ntokens: [leverage]\nexamples:\n  flag:\n    - \"\\n\\nWe ⟦leverage⟧ it.\"\n"
        #expect(ExampleRunner.failures(of: [try makeRule(yaml, name: "Jargon", pack: "House")]).isEmpty)
    }
}
