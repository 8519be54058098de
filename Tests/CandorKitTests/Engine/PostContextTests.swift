import CandorRegex
import Testing

@testable import CandorKit

/// The byte ranges a scope reads in a post: the whole post for `text` and `raw` alone, and what the parts
/// named and cut out leave otherwise.
struct PostContextTests {
    private func context(_ text: String) throws -> PostContext {
        PostContext(post: try readPost(text), platform: .x, scratch: MatchScratch())
    }

    private func scope(_ names: [String]) throws -> Scope { try Scope.parse(names).get() }

    @Test func onlyTextOrRawAloneIsTheWholePost() throws {
        #expect(try scope(["text"]).isWholePost)
        #expect(try scope(["raw"]).isWholePost)
        #expect(try scope(["summary"]).isWholePost)
        #expect(try !scope(["text", "~mention"]).isWholePost)
        #expect(try !scope(["text", "raw"]).isWholePost)
        #expect(try !scope(["sentence"]).isWholePost)
        #expect(try !scope(["mention"]).isWholePost)
    }

    @Test func scopesReadTheirRanges() throws {
        let text = "Hi @ana. Bye now"
        let post = try context(text)
        #expect(try post.ranges(for: scope(["text"])) == [0..<text.utf8.count])
        #expect(try post.ranges(for: scope(["raw"])) == [0..<text.utf8.count])
        #expect(try post.ranges(for: scope(["text", "~mention"])) == [0..<3, 7..<text.utf8.count])
        #expect(try post.ranges(for: scope(["mention"])) == [3..<7])
        #expect(try post.ranges(for: scope(["sentence"])) == [0..<8, 9..<text.utf8.count])
    }

    @Test func theProseWordsAreSharedWithScopesOfTheWholeProseOnly() throws {
        let post = try context("Hi @ana, see https://example.com now")
        #expect(post.proseWords == [0..<2, 4..<7, 9..<12, 33..<36])  // the link is blanked in the prose
        #expect(try post.words(for: scope(["text"])) == post.proseWords)
        #expect(try post.words(for: scope(["raw"])) == nil)
        #expect(try post.words(for: scope(["sentence"])) == nil)
        #expect(try post.words(for: scope(["text", "~mention"])) == nil)
    }
}

/// Vale's scope expressions and its sentence scope on Markdown.
struct ValeScopeTests {
    private func scope(_ names: [String]) throws -> Scope { try Scope.parse(names).get() }

    @Test func andJoinsPartsOfOneExpression() throws {
        #expect(try scope(["~blockquote & ~heading"]) == scope(["~blockquote", "~heading"]))
        #expect(try scope(["heading & ~heading.h1"]) == scope(["heading", "~heading.h1"]))
        #expect(throws: Scope.ScopeNameError.self) { try Scope.parse(["heading & ~nope"]).get() }
    }

    @Test func aHeadingIsNotASentence() throws {
        let text = "# Title here\n\nOne sentence. Two."
        let post = PostContext(post: try readPost(text), platform: .x, scratch: MatchScratch())
        let sentences = try post.ranges(for: scope(["sentence"])).map { String(decoding: Array(text.utf8)[$0], as: UTF8.self) }
        #expect(sentences == ["One sentence.", "Two."])
    }
}
