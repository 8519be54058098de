import Testing
@testable import CandorKit

/// Regression: Yams substitutes each alias by the node it names, so a "billion laughs" document (each anchor
/// listing the one before ten times) composed instantly into a tree of 10^9 scalars, and candor hung with its
/// memory growing as soon as it turned one into text: front matter, a queue's metadata, a rule's tokens, a
/// configuration. Every document now goes through `YAMLDocument.compose`, which counts values up to a budget.
@Suite(.hangLimit)
struct YAMLAliasBombTests {
    /// Nine anchors, each a list of ten aliases of the one before: 10^9 values once expanded.
    private static let anchors = (["a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
        + (1...8).map { level in "a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ") + "]" })
        .joined(separator: "\n")

    @Test func inFrontMatter() throws {
        let error = try #require(throws: InputError.self) { try readPosts("---\n" + Self.anchors + "\n---\nHello.\n") }
        #expect(error.message.hasPrefix("invalid YAML: aliases expand the document past"), "\(error)")
        #expect(error.path == "post.md" && error.line == 2, "\(error)")
    }

    @Test func inAQueue() {
        let queue = Self.anchors + "\nposts:\n  - text: Hello.\n    extra: *a8\n"
        let error = ReaderHarness.attempt(YAMLQueueReader(), queue, path: "queue.yml").error
        #expect(error?.message.hasPrefix("invalid YAML: aliases expand the document past") == true, "\(String(describing: error))")
    }

    @Test func inARuleFile() throws {
        let error = try #require(throws: LoadError.self) {
            try makeRule(Self.anchors + "\nextends: existence\nmessage: m\ntokens: *a8\n", name: "Bomb")
        }
        #expect(error.description.hasPrefix("Test/Bomb.yml:1:"), "\(error)")
        #expect(error.description.contains("aliases expand the document past"), "\(error)")
    }

    /// Aliases as people use them stay well inside the budget: a list of twenty tags named by each of 20,000
    /// posts.
    @Test func anAliasInEveryPostIsFine() throws {
        let tags = "tags: &tags [" + (1...20).map { "tag\($0)" }.joined(separator: ", ") + "]"
        let posts = (1...20_000).map { "  - text: Post \($0).\n    tags: *tags" }.joined(separator: "\n")
        let read = try ReaderHarness.posts(YAMLQueueReader(), tags + "\nposts:\n" + posts + "\n", path: "queue.yml")
        #expect(read.count == 20_000)
        #expect(read.last?.metadata["tags"]?.hasSuffix("tag19, tag20") == true)
    }

    @Test func theBudgetCountsValuesWithAliasesFollowed() throws {
        let document = try #require(try YAMLDocument.compose("a: &x [1, 2]\nb: *x\n"))
        // The mapping, a, [1, 2], 1, 2, b, and [1, 2] again with its 1 and 2: nine values.
        #expect(YAMLDocument.firstValue(after: 9, in: document) == nil)
        #expect(YAMLDocument.firstValue(after: 8, in: document) != nil)
    }
}
