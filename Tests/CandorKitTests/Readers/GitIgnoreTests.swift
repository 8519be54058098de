import Testing
@testable import CandorKit

@Suite struct GitIgnoreTests {
    @Test(arguments: [
        ("build/", "build", true, true), ("build/", "build", false, nil), ("build/", "src/build", true, true),
        ("/top.md", "top.md", false, true), ("/top.md", "sub/top.md", false, nil),
        ("docs/*.md", "docs/a.md", false, true), ("docs/*.md", "x/docs/a.md", false, nil),
        ("*.log\n!keep.log", "a.log", false, true), ("*.log\n!keep.log", "x/keep.log", false, false),
        ("docs/**\n!docs/keep.md", "docs", true, nil), ("docs/**\n!docs/keep.md", "docs/a.md", false, true),
        ("docs/**\n!docs/keep.md", "docs/keep.md", false, false),
        ("a/**/z.md", "a/z.md", false, true), ("a/**/z.md", "a/b/c/z.md", false, true),
        ("# comment\n\n\\#hash.md", "#hash.md", false, true), ("# comment", "# comment", false, nil),
        ("\\!bang.md", "!bang.md", false, true),
        ("a.md   ", "a.md", false, true), ("b\\ ", "b ", false, true),
        ("{a,b}.md", "{a,b}.md", false, true), ("{a,b}.md", "a.md", false, nil),
        ("one.md\r\ntwo.md\r\n", "two.md", false, true),
    ] as [(String, String, Bool, Bool?)])
    func decides(rules: String, path: String, isFolder: Bool, expected: Bool?) {
        #expect(GitIgnore(rules).ignores(path, isFolder: isFolder) == expected)
    }
}
