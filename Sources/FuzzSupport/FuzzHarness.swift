import CandorKit

/// What the libFuzzer targets share: turning libFuzzer's buffer into bytes, and reading a source the way
/// `candor lint` does, then linting every post with the built-in pack, so that a reader's offsets are
/// exercised all the way to the findings' locations. libFuzzer calls a target from one thread only.
public enum FuzzHarness {
    /// The bytes libFuzzer hands over (its pointer may be null when the size is 0).
    public static func bytes(_ data: UnsafePointer<UInt8>?, _ size: Int) -> [UInt8] {
        guard let data, size > 0 else { return [] }
        return Array(UnsafeBufferPointer(start: data, count: size))
    }

    /// Reads `bytes` as a file named `fuzz.<fileExtension>` and lints each post it holds. A malformed source
    /// is an `InputError`, which is fine; anything else that goes wrong traps, and libFuzzer reports it.
    public static func read(_ bytes: [UInt8], as fileExtension: String) {
        do {
            try posts(bytes, as: fileExtension) { post in lint(post) }
        } catch {
            precondition((error.line ?? 1) >= 1 && (error.column ?? 1) >= 1, "error outside the file: \(error)")
        }
    }

    /// Hands each post of `bytes`, read as a file named `fuzz.<fileExtension>`, to `emit`.
    public static func posts(
        _ bytes: [UInt8], as fileExtension: String, emit: (Post) -> Void
    ) throws(InputError) {
        guard let reader = ReaderRegistry.reader(forExtension: fileExtension) else {
            preconditionFailure("no reader for .\(fileExtension)")
        }
        try reader.read(Input(path: "fuzz.\(fileExtension)", origin: .bytes(bytes)), options: ReadOptions(), emit: emit)
    }

    /// Lints `post` with `linter` (by default the built-in pack) and checks the result: every finding lies in
    /// the post's file, and no built-in rule runs away on an input libFuzzer's size (4 KB by default).
    public static func lint(_ post: Post, with linter: Linter = builtIn) {
        let result = linter.lint(post)
        precondition(linter !== builtIn || result.failures.isEmpty, "a built-in rule failed: \(result.failures)")
        for finding in result.findings {
            precondition(finding.start.line >= post.file.firstLine && finding.start <= finding.end,
                         "finding outside its post: \(finding)")
        }
    }

    /// The built-in `Candor` pack, as `candor lint --no-config` runs it.
    public static let builtIn: Linter = {
        do {
            return try Linter(rules: RuleLoader.loadEmbedded("Candor") ?? [])
        } catch {
            fatalError("the built-in pack does not load: \(error)")
        }
    }()

    /// A draft with a little of everything rules look at: a heading, emphasis, a mention, a link, a hashtag, a
    /// cashtag, emoji, a question, a repeated word and a list.
    public static let samplePost: Post = {
        let draft = """
            # Launch day

            We **leverage** synergies, @maria! See https://example.com/a?b=c #launch $CAND.
            Really really great. Don't you think so? 🎉

            - one
            - two
            """
        var posts: [Post] = []
        do {
            try FuzzHarness.posts(Array(draft.utf8), as: "md") { posts.append($0) }
        } catch {
            fatalError("the sample draft does not read: \(error)")
        }
        return posts[0]
    }()
}
