import Foundation
import Testing
@testable import CandorKit

/// Reads a source as candor reads a file: its posts, in order.
func readPosts(_ text: String, path: String = "post.md") throws -> [Post] {
    var posts: [Post] = []
    try MarkdownReader().read(.text(text, path: path), options: ReadOptions()) { posts.append($0) }
    return posts
}

/// The single post of a source.
func readPost(_ text: String, path: String = "post.md") throws -> Post {
    let posts = try readPosts(text, path: path)
    try #require(posts.count == 1, "expected one post, read \(posts.count)")
    return posts[0]
}

/// A rule from YAML, as if it were the file `<pack>/<name>.yml`.
func makeRule(_ yaml: String, name: String = "Rule", pack: String = "Test") throws -> Rule {
    try RuleLoader.rule(yaml: yaml, pack: pack, file: "\(name).yml", source: "\(pack)/\(name).yml")
}

/// Lints the single post of `text` with `rules`.
func lint(
    _ text: String, rules: [Rule], path: String = "post.md", accept: [String] = [],
    scoring: ScoringOptions = ScoringOptions()
) throws -> PostResult {
    let linter = try Linter(rules: rules, accept: accept, scoring: scoring)
    return linter.lint(try readPost(text, path: path))
}

/// The findings of one rule (given as YAML) on the single post of `text`.
func findings(_ yaml: String, on text: String, path: String = "post.md") throws -> [Finding] {
    let result = try lint(text, rules: [makeRule(yaml)], path: path)
    #expect(result.failures.isEmpty, "the rule could not run: \(result.failures)")
    return result.findings
}

/// What one rule (given as YAML) matched in `text`, in order.
func matches(_ yaml: String, on text: String) throws -> [String] {
    try findings(yaml, on: text).map(\.match)
}

/// A fresh folder under the temporary directory, removed by `remove()`.
struct TemporaryFolder {
    let path: String

    init() throws {
        let base = URL(fileURLWithPath: NSTemporaryDirectory()).resolvingSymlinksInPath()
        path = base.appendingPathComponent("candor-tests-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    /// Writes `contents` to `relative` (creating folders) and returns the file's full path.
    @discardableResult
    func write(_ relative: String, _ contents: String) throws -> String {
        let file = path + "/" + relative
        try FileManager.default.createDirectory(
            atPath: (file as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try contents.write(toFile: file, atomically: true, encoding: .utf8)
        return file
    }

    func folder(_ relative: String) throws -> String {
        let folder = path + "/" + relative
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return folder
    }

    func remove() {
        try? FileManager.default.removeItem(atPath: path)
    }
}

/// The repository's root, found from this file's place in it.
let repositoryRoot: String = {
    var url = URL(fileURLWithPath: #filePath)
    // Tests/CandorKitTests/TestSupport.swift
    for _ in 0..<3 { url.deleteLastPathComponent() }
    return url.path
}()

/// CandorKit's line and column (Testing has a `SourceLocation` of its own).
typealias Location = CandorKit.SourceLocation

/// For a test that guards against a return of quadratic (or unbounded) time: its input takes seconds at most
/// in a debug build, and hours if the old behaviour came back. At the limit the test is reported as failed,
/// by name, rather than the run sitting silent; a synchronous body cannot be interrupted, so it still ends
/// only when the work does.
extension Trait where Self == TimeLimitTrait {
    static var hangLimit: Self { .timeLimit(.minutes(2)) }
}

/// SplitMix64 (`ScoreModelTests`) as a generator for `random(in:using:)`, so a test's random cases come from a
/// seed it can print and replay.
extension SplitMix: RandomNumberGenerator {}
