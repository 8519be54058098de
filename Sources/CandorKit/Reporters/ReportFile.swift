#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `--output FILE`: the report streamed into a temporary file beside `path`, which takes the name only when
/// `commit()` is called, so a reader of `path` sees the last whole report or this one, never a part; a run
/// that ends without committing leaves `path` as it was. Streamed rather than gathered, so memory stays flat
/// however long the report.
public final class ReportFile: TextOutputStream {
    public let path: String
    private let folder: String
    private var stream: UnsafeMutablePointer<FILE>?
    private var temporary: String?
    private var descriptor: Int32 = -1
    private var failure: String?

    /// Opens the temporary file, or throws when the folder cannot take it (nothing is linted then).
    public init(path: String) throws(FileIO.WriteError) {
        self.path = path
        folder = Path.parent(path) ?? "."
        let (fd, named) = FileIO.openTemporary(in: folder)
        guard fd >= 0, let stream = fdopen(fd, "w") else {
            let reason = FileIO.errnoText()
            throw FileIO.WriteError(path: path, reason: reason)
        }
        descriptor = fd
        temporary = named
        self.stream = stream
    }

    public func write(_ string: String) {
        guard let stream, failure == nil else { return }
        if fputs(string, stream) < 0 { failure = FileIO.errnoText() }
    }

    /// Flushes the report to disk and gives it its name.
    public func commit() throws(FileIO.WriteError) {
        guard let stream else { return }
        self.stream = nil
        if failure == nil, fflush(stream) != 0 { failure = FileIO.errnoText() }
        if failure == nil, fchmod(descriptor, 0o644 & ~currentUmask()) != 0 || fsync(descriptor) != 0 { failure = FileIO.errnoText() }
        if failure == nil, temporary == nil {
            temporary = FileIO.linkTemporary(descriptor, in: folder)
            if temporary == nil { failure = FileIO.errnoText() }
        }
        fclose(stream)
        if failure == nil, let temporary, rename(temporary, path) != 0 { failure = FileIO.errnoText() }
        if let failure {
            if let temporary { unlink(temporary) }
            throw FileIO.WriteError(path: path, reason: failure)
        }
    }

    /// Drops the report: `path` stays as it was.
    public func discard() {
        guard let stream else { return }
        self.stream = nil
        fclose(stream)
        if let temporary { unlink(temporary) }
    }

    deinit { discard() }

    /// The process's umask, which a file made by `open` would have honoured (the temporary file is 0600).
    private func currentUmask() -> mode_t {
        let mask = umask(0o022)
        umask(mask)
        return mask
    }
}
