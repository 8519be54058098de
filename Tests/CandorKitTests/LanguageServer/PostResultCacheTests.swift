import Testing
@testable import CandorKit

struct PostResultCacheTests {
    private let jargon = """
        extends: substitution
        message: "Use '%s' rather than '%s'."
        ignorecase: true
        swap:
          leverage: use
          utilize: use
        """

    @Test func anUnchangedPostThatMovedKeepsItsResultAtItsNewPlace() throws {
        let linter = try Linter(rules: [makeRule(jargon)])
        var cache = PostResultCache()
        var lints = 0
        func run(_ text: String) throws -> [PostResult] {
            let results = try readPosts(text).map { post in
                cache.result(of: post, replyCopies: 0) {
                    lints += 1
                    return linter.lint(post)
                }
            }
            cache.finish()
            return results
        }
        _ = try run("We leverage it.\n---\nThen, utilize this.\n")
        #expect(lints == 2)
        // The first post changes; the second moves two lines down and keeps its text.
        let edited = "😀 A new start.\n\nWe leverage it.\n---\nThen, utilize this.\n"
        let cached = try run(edited)
        #expect(lints == 3)
        let fresh = try readPosts(edited).map { linter.lint($0) }
        #expect(cached.map(\.findings) == fresh.map(\.findings))
        #expect(cached.map(\.location) == fresh.map(\.location))
        #expect(cached[1].findings.first?.start == SourceLocation(line: 5, column: 7))
        #expect(cached.map(\.score.value) == fresh.map(\.score.value))
    }

    @Test func aPostWithOtherMetadataOrReplyCountIsLintedAgain() throws {
        let linter = try Linter(rules: [makeRule(jargon)])
        var cache = PostResultCache()
        var lints = 0
        let post = try readPost("We leverage it.\n")
        for copies in [0, 0, 1] {
            _ = cache.result(of: post, replyCopies: copies) {
                lints += 1
                return linter.lint(post)
            }
            cache.finish()
        }
        var other = post
        other.metadata["platform"] = "mastodon"
        _ = cache.result(of: other, replyCopies: 1) {
            lints += 1
            return linter.lint(other)
        }
        #expect(lints == 3)
    }
}
