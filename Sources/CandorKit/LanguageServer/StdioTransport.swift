#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Serves a `LanguageServer` over the process's stdin and stdout: reads until `exit` or until stdin closes,
/// writes nothing to stdout but frames. POSIX reads and writes, as `FileIO`: no buffering that could hold a
/// response back, and no Foundation.
public enum StdioTransport {
    /// Runs the server; the exit status: 0 after `shutdown` and `exit`, else 1 (LSP 3.17).
    public static func run(version: String) -> Int32 {
        signal(SIGPIPE, SIG_IGN)  // A client gone mid-write ends the loop, not the process.
        var writeFailed = false
        let server = LanguageServer(version: version) { frame in
            guard !writeFailed else { return }
            writeFailed = !writeAll(frame, to: 1)
        }
        var decoder = FrameDecoder()
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while !server.hasExited, !writeFailed {
            let count = chunk.withUnsafeMutableBytes { read(0, $0.baseAddress, $0.count) }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { break }
            decoder.append(chunk[0..<count])
            while !server.hasExited, let item = decoder.next() { server.receive(item) }
            if !server.hasExited { server.lintPending() }
        }
        return server.exitStatus ?? (server.wasShutDown ? 0 : 1)
    }

    private static func writeAll(_ bytes: [UInt8], to fd: Int32) -> Bool {
        bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return false
                }
                offset += written
            }
            return true
        }
    }
}
