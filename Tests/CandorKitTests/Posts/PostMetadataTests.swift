import Testing
@testable import CandorKit

/// `Post.metadataValue`: a queue's column or a draft's front-matter key, its name written in any case.
struct PostMetadataTests {
    @Test func aKeyIsFoundWrittenInAnyCase() throws {
        var posts: [Post] = []
        try CSVReader().read(.text("text,Platform,LANG\nhello there,Mastodon,de\n", path: "queue.csv"), options: ReadOptions()) { posts.append($0) }
        let post = try #require(posts.first)
        #expect(post.metadataValue("platform") == "Mastodon")
        #expect(post.metadataValue("lang") == "de")
        #expect(post.metadataValue("account") == nil)
        #expect(post.metadataValue("platfor") == nil)
    }

    @Test func onlyASCIILettersFold() {
        #expect(Post.equalsFoldingASCII("PlAtForm", lowercase: "platform"))
        #expect(Post.equalsFoldingASCII("lang", lowercase: "lang"))
        #expect(!Post.equalsFoldingASCII("platform_", lowercase: "platform"))
        #expect(!Post.equalsFoldingASCII("plat", lowercase: "platform"))
        // '@' (0x40) and '[' (0x5B) lie beside the capitals: they are not '`' (0x60) or '{' (0x7B).
        #expect(!Post.equalsFoldingASCII("a@b", lowercase: "a`b"))
        #expect(!Post.equalsFoldingASCII("a[b", lowercase: "a{b"))
    }
}
