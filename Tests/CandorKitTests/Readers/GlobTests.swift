import Testing
@testable import CandorKit

@Suite struct GlobTests {
    @Test(arguments: [
        ("*.md", "a.md", true), ("*.md", "posts/a.md", false), ("*.md", "a.mdx", false),
        ("posts/*.md", "posts/a.md", true), ("posts/*.md", "posts/x/a.md", false),
        ("**/*.md", "a.md", true), ("**/*.md", "x/y/a.md", true),
        ("posts/**", "posts", true), ("posts/**", "posts/a/b.md", true), ("posts/**", "drafts/a.md", false),
        ("posts/**/a.md", "posts/a.md", true), ("posts/**/a.md", "posts/x/y/a.md", true),
        ("a/**/b/**/c", "a/x/b/y/z/c", true), ("a/**/b", "a/x/c", false), ("a/**/b", "a/b/x/b", true),
        ("?.md", "a.md", true), ("?.md", "ab.md", false), ("caf?.md", "café.md", true),
        ("[abc].md", "b.md", true), ("[a-c].md", "d.md", false), ("[!a].md", "a.md", false), ("[!a].md", "b.md", true),
        ("[]a].md", "].md", true), ("[ab", "[ab", true),
        ("{posts,drafts}/*.md", "drafts/a.md", true), ("*.{md,txt}", "a.txt", true), ("*.{md,txt}", "a.csv", false),
        ("a{b,c{d,e}}f", "acef", true), ("a{b,c{d,e}}f", "acf", false), ("{a", "{a", true), ("{a}", "{a}", true),
        (#"\*.md"#, "*.md", true), (#"\*.md"#, "a.md", false), (#"\{a,b\}"#, "{a,b}", true),
        ("./posts/*.md", "posts/a.md", true), ("posts/*.md", "./posts//a.md", true),
        ("*a*b", "xaybzb", true), ("*a*b", "xaybzc", false), ("**", "anything/at/all", true),
    ])
    func matches(pattern: String, path: String, expected: Bool) {
        #expect(Glob(pattern).matches(path) == expected)
    }

    @Test func keepsBracesLiteralWhenAskedAsGitDoes() {
        #expect(Glob("{a,b}.md", braces: false).matches("{a,b}.md"))
        #expect(!Glob("{a,b}.md", braces: false).matches("a.md"))
    }

    @Test(arguments: [
        ("posts/**/*.md", "posts", true), ("posts/**/*.md", "posts/x/y", true), ("posts/**/*.md", "drafts", false),
        ("posts/*.md", "posts", true), ("posts/*.md", "posts/sub", false), ("**/x.md", "any/deep", true),
        ("posts", "posts", false), ("{posts,drafts}/*.md", "drafts", true), ("p*/a/*.md", "posts/b", false),
    ])
    func tellsWhetherAFolderMayHoldMatches(pattern: String, folder: String, expected: Bool) {
        #expect(Glob(pattern).mayMatch(inside: folder) == expected)
    }
}
