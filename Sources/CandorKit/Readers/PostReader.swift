/// Reads the posts of one source, in order, handing each to `emit` as soon as it is complete, so a reader
/// that streams (JSONL, CSV) keeps memory flat however large the queue grows.
public protocol PostReader: Sendable {
    /// File extensions (lowercase, no dot) this reader takes.
    static var extensions: [String] { get }
    init()
    func read(_ input: Input, options: ReadOptions, emit: (Post) -> Void) throws(InputError)
    /// As `read(_:options:emit:)`, but a reader whose records stand alone (a JSONL line) hands a record it
    /// cannot read to `problem` and reads on, so one bad line costs that line, not the rest of the file. By
    /// default any error ends the read.
    func read(
        _ input: Input, options: ReadOptions, emit: (Post) -> Void, problem: (InputError) -> Void
    ) throws(InputError)
}

extension PostReader {
    public func read(
        _ input: Input, options: ReadOptions, emit: (Post) -> Void, problem: (InputError) -> Void
    ) throws(InputError) {
        try read(input, options: options, emit: emit)
    }
}
