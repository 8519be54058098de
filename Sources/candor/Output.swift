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
        if Output.progressShown { Output.clearProgress() }
        fputs(string, Output.standardOutput)
    }

    /// One diagnostic line. Diagnostics echo paths and messages, so the line goes through `TerminalText`: a
    /// control character in a file name can neither act on the terminal nor break the line in two.
    static func error(_ line: String) {
        clearProgress()
        flush()
        fputs(TerminalText.escaped(line) + "\n", standardError)
        fflush(standardError)
    }

    /// Whether a progress line is on stderr's terminal now; any other output clears it first.
    nonisolated(unsafe) private static var progressShown = false

    /// Draws the progress line over the last one (stdout flushed first, so the report comes before it).
    static func progress(_ line: String) {
        flush()
        fputs("\r\u{1B}[K" + TerminalText.escaped(line), standardError)
        fflush(standardError)
        progressShown = true
    }

    static func clearProgress() {
        guard progressShown else { return }
        progressShown = false
        fputs("\r\u{1B}[K", standardError)
        fflush(standardError)
    }

    static var errorIsTerminal: Bool { isatty(2) == 1 }

    static func flush() { fflush(standardOutput) }

    static var isTerminal: Bool { isatty(1) == 1 }

    /// The columns of the terminal stdout is, for wrapping; nil when stdout is no terminal (a file or a pipe
    /// gets one line per finding, for grep).
    static var terminalWidth: Int? {
        guard isTerminal else { return nil }
        var size = winsize()
        if ioctl(1, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        return Environment.process.value("COLUMNS").flatMap { Int($0) }.flatMap { $0 > 0 ? $0 : nil }
    }
    static var inputIsTerminal: Bool { isatty(0) == 1 }
}

func terminate(_ status: Int32) -> Never {
    Output.clearProgress()
    Output.flush()
    exit(status)
}
