#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

import CandorKit

/// Standard output through stdio's buffer (one write per line would dominate a large run), and standard
/// error for diagnostics.
struct Output: TextOutputStream {
    /// Our own stdio stream on descriptor 1 (the C globals `stdout`/`stderr` are not concurrency-safe in
    /// Swift 6); only the main thread writes to it.
    nonisolated(unsafe) private static let standardOutput = fdopen(1, "w")
    nonisolated(unsafe) private static let standardError = fdopen(2, "w")

    mutating func write(_ string: String) {
        fputs(string, Output.standardOutput)
    }

    /// One diagnostic line. Diagnostics echo paths and messages, so the line goes through `TerminalText`: a
    /// control character in a file name can neither act on the terminal nor break the line in two.
    static func error(_ line: String) {
        flush()
        fputs(TerminalText.escaped(line) + "\n", standardError)
        fflush(standardError)
    }

    static func flush() { fflush(standardOutput) }

    static var isTerminal: Bool { isatty(1) == 1 }
    static var inputIsTerminal: Bool { isatty(0) == 1 }
}

func terminate(_ status: Int32) -> Never {
    Output.flush()
    exit(status)
}
