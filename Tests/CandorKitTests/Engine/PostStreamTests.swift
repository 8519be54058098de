import Testing
@testable import CandorKit

/// The stream from sources to posts, and what it tells on the way: empty sources, sources with no posts, text
/// that is not UTF-8, sources that are not queues or that no reader takes, unknown platforms.
struct PostStreamTests {
    /// What a stream told of `sources`, one line an event; a post as its file, index and reply copies.
    private func told(_ sources: [Source], stream: inout PostStream) throws -> [String] {
        let setup = Setup(linter: try Linter(rules: []))
        var said: [String] = []
        stream.read(sources, setup: { _ in setup }) { event in
            switch event {
            case .started(let source): said.append("started \(source.input.path)")
            case .passedOver(let source): said.append("passed over \(source.input.path)")
            case .post(let post, _, let copies): said.append("post \(post.file.path)#\(post.index) \(copies)")
            case .notice(let text): said.append("notice \(text)")
            case .warning(let text): said.append("warning \(text)")
            case .problem(let error): said.append("problem \(error)")
            }
        }
        return said
    }

    private func told(_ sources: [Source]) throws -> [String] {
        var stream = PostStream()
        return try told(sources, stream: &stream)
    }

    private func found(_ text: String, _ path: String) -> Source { Source(input: .text(text, path: path), kind: .foundFile) }
    private func named(_ text: String, _ path: String) -> Source { Source(input: .text(text, path: path), kind: .namedFile) }

    @Test func postsComeInOrderEachSourceStarted() throws {
        #expect(try told([found("One.\n---\nTwo.\n", "a.md"), found(#"{"text": "Three."}"# + "\n", "b.jsonl")]) == [
            "started a.md", "post a.md#0 0", "post a.md#1 0", "started b.jsonl", "post b.jsonl#0 0",
        ])
    }

    @Test func anEmptySourceIsSaidAndNotRead() throws {
        // Not even valid JSON, but nothing is wrong with it.
        #expect(try told([named("", "queue.json")]) == ["started queue.json", "notice queue.json: empty, no posts"])
    }

    @Test func aSourceWithNoPostsIsSaid() throws {
        #expect(try told([found("\n\n", "blank.md"), found("[]\n", "queue.json")]) == [
            "started blank.md", "notice blank.md: no posts", "started queue.json", "notice queue.json: no posts",
        ])
    }

    @Test func textThatIsNotUTF8IsSaidOnceASourceAndStillRead() throws {
        let bytes: [UInt8] = Array("One ".utf8) + [0xFF] + Array("\n---\nTwo ".utf8) + [0xFE, 0x0A]
        let source = Source(input: Input(path: "latin.md", origin: .bytes(bytes)), kind: .foundFile)
        #expect(try told([source]) == [
            "started latin.md", "notice latin.md: not valid UTF-8; read with replacement characters",
            "post latin.md#0 0", "post latin.md#1 0",
        ])
    }

    /// A walk finds rule files and package manifests beside the queues: passed over. Named, it is an error.
    @Test func aFoundSourceThatIsNotAQueueIsPassedOverANamedOneIsAProblem() throws {
        let manifest = #"{"name": "site", "version": "1.0.0"}"# + "\n"
        #expect(try told([found(manifest, "package.json")]) == ["started package.json", "passed over package.json"])
        let named = try told([named(manifest, "package.json")])
        #expect(named.count == 2 && named[0] == "started package.json")
        #expect(named[1].hasPrefix("problem package.json: not a queue of posts"))
    }

    @Test func aNamedSourceNoReaderTakesIsAProblemAFoundOneIsSkipped() throws {
        #expect(try told([named("x", "notes.rtf")]) == ["problem notes.rtf: cannot read posts from a '.rtf' file"])
        #expect(try told([found("x", "notes.rtf")]).isEmpty)
    }

    @Test func standardInputWithoutAFilenameIsADraft() throws {
        #expect(try told([.standardInput(Array("One.\n---\nTwo.\n".utf8), name: nil)]) == [
            "started <stdin>", "post <stdin>#0 0", "post <stdin>#1 0",
        ])
    }

    @Test func aQueueRecordThatCannotBeReadIsAProblemAndTheRestIsRead() throws {
        let said = try told([found("{\"text\": \"One.\"}\n{broken\n{\"text\": \"Two.\"}\n", "q.jsonl")])
        #expect(said.count == 4)
        #expect(said[2].hasPrefix("problem q.jsonl:2:"))
        #expect(said[3] == "post q.jsonl#1 0")
    }

    @Test func anUnknownPlatformIsWarnedOnceASource() throws {
        let queue = (0..<3).map { #"{"text": "Post \#($0).", "platform": "tiktok"}"# }.joined(separator: "\n") + "\n"
        let warnings = try told([found(queue, "a.jsonl"), found(queue, "b.jsonl")]).filter { $0.hasPrefix("warning") }
        #expect(warnings.count == 2)
        #expect(warnings.first?.contains("a.jsonl:1:") == true && warnings.first?.contains("unknown platform 'tiktok'") == true)
    }

    /// `reply_copies` is a fact of the run: the stream counts across its sources, and a new stream starts again.
    @Test func replyCopiesAreCountedOverTheWholeStream() throws {
        let letter = { (name: String) in "@\(name) Hello! We've moved our help desk over to @kettlehelp. Thanks!\n" }
        var stream = PostStream()
        let said = try told([found(letter("ann"), "a.md"), found(letter("bo"), "b.md")], stream: &stream)
        #expect(said.filter { $0.hasPrefix("post") } == ["post a.md#0 1", "post b.md#0 2"])
        #expect(try told([found(letter("cy"), "c.md")], stream: &stream).last == "post c.md#0 3")
        #expect(try told([found(letter("cy"), "c.md")]).last == "post c.md#0 1")
    }

    /// A source whose configuration cannot be loaded stops the stream: nothing after it is read.
    @Test func aSetupThatFailsStopsTheStream() throws {
        let setup = Setup(linter: try Linter(rules: []))
        var stream = PostStream()
        var started: [String] = []
        #expect(throws: LoadError.self) {
            try stream.read([found("One.\n", "a.md"), found("Two.\n", "bad/b.md"), found("Three.\n", "c.md")], setup: { source throws(LoadError) in
                if source.folder == "bad" { throw LoadError(path: "bad/.candor.yml", message: "broken") }
                return setup
            }) { event in
                if case .started(let source) = event { started.append(source.input.path) }
            }
        }
        #expect(started == ["a.md"])
    }

    /// Each post comes with its source's linter.
    @Test func eachPostComesWithItsSourcesLinter() throws {
        let first = Setup(linter: try Linter(rules: [])), second = Setup(linter: try Linter(rules: []))
        var stream = PostStream()
        var linters: [Linter] = []
        stream.read([found("One.\n", "a/x.md"), found("Two.\n", "b/y.md")], setup: { $0.folder == "a" ? first : second }) { event in
            if case .post(_, let linter, _) = event { linters.append(linter) }
        }
        #expect(linters.count == 2 && linters[0] === first.linter && linters[1] === second.linter)
    }
}
