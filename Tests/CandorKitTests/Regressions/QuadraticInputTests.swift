import Testing
@testable import CandorKit

/// Regression: inputs that took time quadratic in their size, found by timing each reader and the engine on
/// inputs of doubling size (a debug build, which these tests run in, is the slowest to hide it):
/// - a CSV cell or JSON string with many escapes copied the whole text decoded so far at every escape (the
///   optional holding it still shared its buffer): 80,000 escapes, 17 s;
/// - a YAML queue on one line (`[{text: a}, {text: b}, ...]`) counted each post's column from the line's
///   start: 10,000 posts, 67 s;
/// - a post's words were each checked against all its mentions and hashtags: 20,000 mentions, 19 s.
/// Each case here is several times larger; the tests check the results, so a return of the old behaviour
/// shows as a test that does not finish.
@Suite(.hangLimit)
struct QuadraticInputTests {
    private static let house = "extends: existence\nmessage: \"'%s' is jargon.\"\ntokens: [leverage]\n"

    @Test func aCSVCellOfManyDoubledQuotes() throws {
        let quotes = 200_000
        let csv = "text\n\"" + String(repeating: "\"\"", count: quotes) + " leverage\"\n"
        let posts = try ReaderHarness.posts(CSVReader(), csv, path: "queue.csv")
        #expect(posts.first?.string == String(repeating: "\"", count: quotes) + " leverage")
        let found = try #require(posts.first.map { ReaderHarness.location(of: "leverage", in: $0) })
        #expect(found == Location(line: 2, column: 2 + 2 * quotes + 1))
    }

    @Test func aJSONStringOfManyEscapes() throws {
        let escapes = 200_000
        let json = "[{\"text\": \"" + String(repeating: "\\u00e9", count: escapes) + " leverage\"}]"
        let posts = try ReaderHarness.posts(JSONReader(), json, path: "queue.json")
        #expect(posts.first?.string == String(repeating: "é", count: escapes) + " leverage")
        let found = try #require(posts.first.map { ReaderHarness.location(of: "leverage", in: $0) })
        #expect(found == Location(line: 1, column: 12 + 6 * escapes + 1))
    }

    @Test func aYAMLQueueOnOneLine() throws {
        let count = 50_000
        let yaml = "[" + (1...count).map { "{text: Post \($0) leverage}" }.joined(separator: ", ") + "]\n"
        let posts = try ReaderHarness.posts(YAMLQueueReader(), yaml, path: "queue.yml")
        #expect(posts.count == count)
        let last = try #require(posts.last)
        let column = yaml.utf8.count - "leverage}]\n".utf8.count + 1
        #expect(ReaderHarness.location(of: "leverage", in: last) == Location(line: 1, column: column))
    }

    @Test func aPostOfManyMentionsAndHashtags() throws {
        let count = 100_000
        let text = (1...count).map { $0.isMultiple(of: 2) ? "@user\($0)" : "#tag\($0)" }.joined(separator: " ")
        let result = try lint(text, rules: [])
        #expect(result.metrics["mentions"] == Double(count / 2))
        #expect(result.metrics["hashtags"] == Double(count / 2))
        #expect(result.metrics["prose_words"] == 0)
    }
}
