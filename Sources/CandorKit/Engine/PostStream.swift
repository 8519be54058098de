/// The posts of a run's sources, in input order: each source's setup, the reader its extension picks, and the
/// posts that reader streams, each with the run-level facts counted as the posts go by (`ReplyCopies`). Along
/// the way it tells what a writer should know (an empty source, one with no posts, text that is not UTF-8, an
/// unknown platform or suppression) and what fails a run (a named source no reader takes, one that cannot be
/// read). `candor lint`, `candor test-rules --corpus` and a rule's examples read their posts through it.
struct PostStream {
    /// What the stream tells its consumer, in input order.
    enum Event {
        /// A source a reader takes, about to be read (a lint counts it as a file).
        case started(Source)
        /// A started source that a walk found and that holds no queue of posts (a rule file, a package
        /// manifest): passed over quietly, as if never started.
        case passedOver(Source)
        /// A post, with the linter of its source's setup and how many people its words have gone to so far in
        /// the run (`ReplyCopies.count(_:)`).
        case post(Post, Linter, replyCopies: Int)
        /// What a writer should know, nothing wrong with the input (`x.md: empty, no posts`).
        case notice(String)
        /// A post or a configuration that may not be what its writer meant (an unknown platform name).
        case warning(String)
        /// Input that could not be read: it fails the run.
        case problem(InputError)
    }

    private let readOptions: ReadOptions
    /// The posts so far, for `reply_copies`: the whole stream is one run.
    private var replies = ReplyCopies()

    init(readOptions: ReadOptions = ReadOptions()) {
        self.readOptions = readOptions
    }

    /// Reads `sources` in order, each with the setup `setup` gives it, telling `handle` what happens. A
    /// source whose setup cannot be made stops the stream with that error.
    mutating func read<Failure: Error>(
        _ sources: [Source], setup: (Source) throws(Failure) -> Setup, handle: (Event) -> Void
    ) throws(Failure) {
        for source in sources {
            read(source, setup: try setup(source), handle: handle)
        }
    }

    /// Reads one source's posts with `setup`.
    mutating func read(_ source: Source, setup: Setup, handle: (Event) -> Void) {
        let input = source.input
        guard let reader = ReaderRegistry.reader(forExtension: input.readerExtension) else {
            if source.isNamed { handle(.problem(InputError(path: input.path, message: "cannot read posts from a '.\(input.fileExtension)' file"))) }
            return
        }
        handle(.started(source))
        // An empty file is no queue of any format (not even valid JSON), but nothing is wrong with it.
        if input.isEmpty {
            handle(.notice("\(input.path): empty, no posts"))
            return
        }
        var posts = 0
        var repairedNoted = false
        // Each unknown platform name is told once a source, at its first post, not once a row.
        var unknownPlatforms: Set<String> = []
        do {
            try reader.read(input, options: readOptions, emit: { post in
                if post.file.repairedUTF8, !repairedNoted {
                    handle(.notice("\(input.path): not valid UTF-8; read with replacement characters"))
                    repairedNoted = true
                }
                for warning in post.unknownSuppressionWarnings(isKnown: setup.knows) {
                    handle(.warning(warning))
                }
                if let warning = post.unknownPlatformWarning(fallback: setup.linter.platform),
                   unknownPlatforms.insert(post.metadataValue("platform") ?? "").inserted {
                    handle(.warning(warning))
                }
                posts += 1
                handle(.post(post, setup.linter, replyCopies: replies.count(post)))
            }, problem: { handle(.problem($0)) })
            // Blank lines only, front matter only, a header row only, `[]`: said, so nobody takes the silence
            // for a clean result.
            if posts == 0 { handle(.notice("\(input.path): no posts")) }
        } catch where error.isNotAQueue && !source.isNamed {
            // A walked .json or .yml that is not a list of posts (a rule file, a package manifest).
            handle(.passedOver(source))
        } catch {
            handle(.problem(error))
        }
    }
}
