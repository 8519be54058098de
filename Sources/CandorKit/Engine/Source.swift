/// One source of posts in a run: where its bytes come from (`Input`) and how it came to be read, which
/// decides the configuration that applies to it and what is said when it cannot be read as posts.
struct Source: Sendable {
    enum Kind: Sendable, Equatable {
        /// Standard input (`-`, or no path while stdin is not a terminal), shown under `--stdin-filename` or
        /// as `<stdin>`.
        case standardInput
        /// Bytes given in memory: the hook's staged blobs, fixed text linted again, a rule's example.
        case inMemory
        /// A file named on the command line.
        case namedFile
        /// A file found by walking a folder.
        case foundFile
    }

    let input: Input
    let kind: Kind

    /// The name standard input is shown under when `--stdin-filename` gives none.
    static let standardInputName = "<stdin>"

    /// Standard input's bytes, shown as `name` (`--stdin-filename`) or `<stdin>`.
    static func standardInput(_ bytes: [UInt8], name: String?) -> Source {
        Source(input: Input(path: name ?? standardInputName, origin: .bytes(bytes)), kind: .standardInput)
    }

    /// Whether it was asked for by name. One that no reader takes, or that is not a queue of posts, is then an
    /// error; one found by a walk (or given in memory, as the hook's staged files are) is passed over quietly.
    var isNamed: Bool { kind == .standardInput || kind == .namedFile }

    /// The folder whose configuration applies: the file's own, but the current folder for standard input,
    /// whatever `--stdin-filename` calls it.
    var folder: String {
        kind == .standardInput ? "." : Path.parent(input.path) ?? "."
    }
}
