/// `--fix` and `--diff`: lints, applies every fix (a finding with one suggestion), and lints the fixed text
/// again, in memory, until a pass changes nothing, since a fix left out for overlapping another can apply
/// once that one is made. Writes nothing: the caller writes the files, or prints their diff.
public struct FixRun {
    /// Passes before giving up on reaching a text no fix changes (rules whose fixes undo each other).
    public static let maximumPasses = 10

    /// The options to lint with, standard input already read into `inputs`, so it can be fixed (or linted
    /// again after a fix) without being read twice.
    public private(set) var options: LintOptions

    public init(options: LintOptions) {
        var options = options
        if options.readStandardInput {
            let input = Input(path: options.stdinFilename ?? "<stdin>", origin: .bytes(FileIO.readStandardInput()))
            options.inputs.insert(input, at: 0)
            options.readStandardInput = false
        }
        self.options = options
    }

    /// What the fixes came to.
    public struct Outcome {
        /// The exit status of the first lint, as `candor lint` would give it.
        public var status: Int32
        /// Each file some fix was offered for, in input order.
        public var files: [FixedFile]
        /// Files that could not be fixed at all, each with the reason.
        public var failures: [Fixer.Failure]
    }

    /// Lints and fixes. `diagnostics` hears the first lint's messages (configuration errors, unreadable files);
    /// the passes over fixed text are silent.
    public func run(diagnostics: (String) -> Void) -> Outcome {
        var collector = FixCollector()
        var discard = DiscardOutput()
        let status = LintRunner(options: options).run(reporter: &collector, output: &discard, diagnostics: diagnostics)
        var outcome = Outcome(status: status, files: [], failures: [])
        let fixer = Fixer(readOptions: ReadOptions(textField: options.textField))
        var pending = collector.files
        for _ in 0..<Self.maximumPasses where !pending.isEmpty {
            var changed: [Input] = []
            for (path, fixes) in pending {
                let known = outcome.files.firstIndex { $0.path == path }
                do throws(Fixer.Failure) {
                    let bytes = if let known { outcome.files[known].fixed } else { try source(path) }
                    let fixed = try fixer.apply(fixes, to: bytes, path: path)
                    if let known {
                        outcome.files[known].fixed = fixed.fixed
                        outcome.files[known].applied += fixed.applied
                        outcome.files[known].skipped = fixed.skipped
                    } else {
                        outcome.files.append(fixed)
                    }
                    if fixed.applied > 0 { changed.append(Input(path: path, origin: .bytes(fixed.fixed))) }
                } catch {
                    outcome.failures.append(error)
                }
            }
            guard !changed.isEmpty else { break }
            // Lint what changed again, from memory, with the same configuration.
            var again = options
            again.paths = []
            again.inputs = changed
            collector = FixCollector()
            _ = LintRunner(options: again).run(reporter: &collector, output: &discard) { _ in }
            pending = collector.files
        }
        return outcome
    }

    /// The bytes of a source: an input given in memory, else the file.
    private func source(_ path: String) throws(Fixer.Failure) -> [UInt8] {
        if let input = options.inputs.first(where: { $0.path == path }) {
            do { return try input.readAll() } catch { throw Fixer.Failure(path: path, reason: error.message) }
        }
        do { return try FileIO.readAll(path) } catch { throw Fixer.Failure(path: path, reason: error.message) }
    }

    /// Whether `path` is a file on disk (not standard input or another source given in memory).
    public func isFile(_ path: String) -> Bool {
        !options.inputs.contains { $0.path == path }
    }
}

/// Output nobody reads: the passes that only gather fixes.
private struct DiscardOutput: TextOutputStream {
    mutating func write(_ string: String) {}
}
