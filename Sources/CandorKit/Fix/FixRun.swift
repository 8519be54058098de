/// `--fix` and `--diff`: lints, applies every fix (a finding with one suggestion), and lints the fixed text
/// again, in memory, until a pass changes nothing, since a fix left out for overlapping another can apply
/// once that one is made, and a fix can join a replacement with the text beside it ("utilize of" → "use of"
/// → "using"). Writes nothing: the caller writes the files, or prints their diff.
///
/// Each fix is made once, on the text it was found in, and a replacement is never matched into again: a fix
/// whose match lies wholly inside an earlier replacement is not made, and since a second run would make it,
/// the fix that wrote that replacement is refused too (with the reason) and the file is fixed again from its
/// original text without it. Which substitutions are refused depends on the order the passes met them in, so
/// a fixed text that still offers refused fixes is fixed again, in memory, from scratch, and the file is left
/// as it is unless that changes nothing. So the text a run leaves offers no fix a second run would make: a
/// second run changes nothing.
public struct FixRun {
    /// Passes before giving up on reaching a text no fix changes (the file is then left as it is, since a
    /// second run would change it again), and times a file is fixed again from its original text without the
    /// fixes whose replacements were matched into.
    public static let maximumPasses = 10

    /// The options to lint with, standard input already read (`LintOptions.standardInput`), so it can be
    /// fixed (or linted again after a fix) without being read twice.
    public private(set) var options: LintOptions
    /// Whether a file's fixed text, when it still offers fixes the run refused, is fixed again to check that a
    /// second run would leave it (`fixesStay`); off for that check itself.
    var verifies = true

    public init(options: LintOptions) {
        var options = options
        if options.readStandardInput, options.standardInput == nil {
            options.standardInput = FileIO.readStandardInput()
        }
        self.options = options
    }

    /// The name standard input's fixes and report go under, when the run reads it.
    private var standardInputPath: String? {
        options.readStandardInput ? options.stdinFilename ?? Source.standardInputName : nil
    }

    /// The options to lint `texts` (fixed text, in memory) with, and nothing else: standard input's text
    /// stays standard input, so the same configuration applies to it (the current folder's).
    private func options(linting texts: [Input]) -> LintOptions {
        var again = options
        again.paths = []
        again.readStandardInput = false
        again.standardInput = nil
        again.inputs = []
        for text in texts {
            if text.path == standardInputPath, case .bytes(let bytes) = text.origin {
                again.readStandardInput = true
                again.standardInput = bytes
            } else {
                again.inputs.append(text)
            }
        }
        return again
    }

    /// The sources given in memory, as the first lint reads them: standard input, then `options.inputs`.
    private var inMemory: [Input] {
        guard let standardInputPath, let bytes = options.standardInput else { return options.inputs }
        return [Input(path: standardInputPath, origin: .bytes(bytes))] + options.inputs
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
        let first = collector.files
        // Per file: the passes made since it was (last) fixed from its original text, how many times that
        // was, and the fixes refused for writing a replacement a later fix matched into.
        var passes: [String: Int] = [:]
        var restarts: [String: Int] = [:]
        // A substitution (rule, match and replacement) refused at one place is refused at all: its replacement
        // is the same text wherever it goes. Each finding refused is told once, where it was first found.
        var refused: [String: Set<[String]>] = [:]
        var told: [String: [Fix]] = [:]
        var toldKeys: [String: Set<[String]>] = [:]
        var pending = first
        while !pending.isEmpty {
            var changed: [Input] = []
            var next: [(path: String, fixes: [Fix])] = []
            for (path, offered) in pending {
                let known = outcome.files.firstIndex { $0.path == path }
                let fixes = offered.filter { fix in
                    let key = [fix.rule, fix.match, fix.replacement]
                    guard refused[path]?.contains(key) == true else { return true }
                    if passes[path, default: 0] == 0 || toldKeys[path]?.contains(key) != true { told[path, default: []].append(fix) }
                    toldKeys[path, default: []].insert(key)
                    return false
                }
                do throws(Fixer.Failure) {
                    let bytes = if let known { outcome.files[known].fixed } else { try source(path) }
                    let earlier = known.map { outcome.files[$0].replacements } ?? []
                    let fixed = try fixer.apply(fixes, to: bytes, path: path, earlier: earlier)
                    if !fixed.rematched.isEmpty, let known {
                        // Start the file again from its original text, without the fixes matched into.
                        restarts[path, default: 0] += 1
                        guard restarts[path]! <= Self.maximumPasses else {
                            outcome.files.remove(at: known)
                            outcome.failures.append(Fixer.Failure(path: path, reason: "its fixes keep matching inside each other's replacements"))
                            continue
                        }
                        refused[path, default: []].formUnion(fixed.rematched.map { [$0.rule, $0.match, $0.replacement] })
                        told[path] = []
                        toldKeys[path] = []
                        outcome.files[known] = FixedFile(path: path, original: outcome.files[known].original,
                                                         fixed: outcome.files[known].original, applied: 0, skipped: [])
                        passes[path] = 0
                        next.append((path, first.first { $0.path == path }?.fixes ?? []))
                        continue
                    }
                    // Still making fixes after every pass it may have: a second run would change the text again,
                    // so it is left as it is.
                    if fixed.applied > 0, passes[path, default: 0] >= Self.maximumPasses, let known {
                        outcome.files.remove(at: known)
                        outcome.failures.append(Fixer.Failure(
                            path: path, reason: "its fixes keep making more fixes (\(Self.maximumPasses) passes, and more to make)"))
                        continue
                    }
                    if let known {
                        outcome.files[known].fixed = fixed.fixed
                        outcome.files[known].applied += fixed.applied
                        outcome.files[known].skipped = fixed.skipped
                        outcome.files[known].replacements = fixed.replacements
                    } else {
                        outcome.files.append(fixed)
                    }
                    passes[path, default: 0] += 1
                    if fixed.applied > 0 {
                        changed.append(Input(path: path, origin: .bytes(fixed.fixed)))
                    } else if verifies, fixes.count < offered.count, let index = outcome.files.firstIndex(where: { $0.path == path }),
                              outcome.files[index].changed, !fixesStay(outcome.files[index].fixed, path: path) {
                        outcome.files.remove(at: index)
                        outcome.failures.append(Fixer.Failure(
                            path: path, reason: "a second run would fix it further (its fixes match inside each other's replacements), so it is left as it is"))
                    }
                } catch {
                    outcome.failures.append(error)
                }
            }
            if !changed.isEmpty {
                // Lint what changed again, from memory, with the same configuration.
                collector = FixCollector()
                _ = LintRunner(options: options(linting: changed)).run(reporter: &collector, output: &discard) { _ in }
                next += collector.files
            }
            pending = next
        }
        for index in outcome.files.indices {
            let file = outcome.files[index]
            let reasons = (told[file.path] ?? []).map { fix in
                (fix, "another fix matches inside '\(fix.replacement)', so the next run would change it again")
            }
            outcome.files[index].skipped = reasons + file.skipped
        }
        return outcome
    }

    /// Whether a second run, which starts with no fix refused, leaves `fixed` (this run's text for `path`, which
    /// still offers fixes this run refused) as it is.
    ///
    /// This run refused those fixes because, on some text of its passes, another fix matched inside their
    /// replacements; which substitutions end up refused depends on the order the passes met them in. On the
    /// fixed text that chain need not come again, and a second run, which starts with nothing refused, would
    /// then make them (found by FuzzFixer: with `a b: b` and `b: a`, `b a\na   b a  a a  b` became
    /// `a b a  a a  b`, and a second run made the `a  b` refused in the first; `SecondRunFixTests`). Only then,
    /// rarely, is the fixed text fixed again, the whole run over, in memory.
    private func fixesStay(_ fixed: [UInt8], path: String) -> Bool {
        var run = FixRun(options: options(linting: [Input(path: path, origin: .bytes(fixed))]))
        run.verifies = false
        let outcome = run.run { _ in }
        return outcome.files.first { $0.path == path }.map { $0.fixed == fixed } ?? true
    }

    /// The bytes of a source: standard input or an input given in memory, else the file.
    private func source(_ path: String) throws(Fixer.Failure) -> [UInt8] {
        if let input = inMemory.first(where: { $0.path == path }) {
            do { return try input.readAll() } catch { throw Fixer.Failure(path: path, reason: error.message) }
        }
        do { return try FileIO.readAll(path) } catch { throw Fixer.Failure(path: path, reason: error.message) }
    }

    /// Whether `path` is a file on disk (not standard input or another source given in memory).
    public func isFile(_ path: String) -> Bool {
        !inMemory.contains { $0.path == path }
    }
}

/// Output nobody reads: the passes that only gather fixes.
private struct DiscardOutput: TextOutputStream {
    mutating func write(_ string: String) {}
}
