#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Whole-file reads and atomic writes over POSIX calls: Foundation's `Data(contentsOf:)` costs start-up time
/// and hides errno, which candor wants in its one-line messages.
public enum FileIO {
    /// The most a file read whole for what it says (a rule file, a configuration, a score model) may hold,
    /// and what it is read as, for the message that refuses a larger one.
    public struct Limit: Sendable {
        public let bytes: Int
        public let what: String

        public static let ruleFile = Limit(bytes: 1 << 20, what: "a rule file")
        public static let configuration = Limit(bytes: 1 << 20, what: "a configuration file")
        public static let scoreModel = Limit(bytes: 1 << 20, what: "a score model")

        var message: String { "larger than \(bytes >> 20) MB, not read as \(what)" }
    }

    /// The whole of the regular file at `path` (`openRegularFile`), refused past `limit` when one is given:
    /// by the size the file says it has, and again by what is read, since files under /proc say 0.
    public static func readAll(_ path: String, limit: Limit? = nil) throws(InputError) -> [UInt8] {
        let (fd, size) = try openRegularFile(path)
        defer { close(fd) }
        return try readAll(descriptor: fd, size: size, path: path, limit: limit)
    }

    /// The rest of the open file `fd` that says it holds `size` bytes (`readAll(_:limit:)`); `path` is for
    /// messages. The caller closes it.
    static func readAll(descriptor fd: Int32, size: Int, path: String, limit: Limit? = nil) throws(InputError) -> [UInt8] {
        if let limit, size > limit.bytes { throw InputError(path: path, message: limit.message) }
        var result: [UInt8] = []
        result.reserveCapacity(size)
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw InputError(path: path, message: "cannot read: \(errnoText())")
            }
            if count == 0 { break }
            if let limit, result.count + count > limit.bytes { throw InputError(path: path, message: limit.message) }
            result.append(contentsOf: chunk[0..<count])
        }
        return result
    }

    /// Opens `path` for reading if it is a regular file (a symbolic link followed), and gives the descriptor
    /// and the size the file says it has; the caller closes it. A device (`/dev/zero`, `/dev/urandom`) never
    /// ends and a named pipe may never be written, so both are refused: the file is opened without blocking,
    /// so that opening a pipe with no writer returns, and what it is asked of the open descriptor, so that
    /// nothing can be swapped in between the check and the read. Every file candor reads goes through here.
    public static func openRegularFile(_ path: String) throws(InputError) -> (descriptor: Int32, size: Int) {
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { throw InputError(path: path, message: "cannot read: \(errnoText())") }
        var status = stat()
        guard fstat(fd, &status) == 0 else {
            let failure = errno
            close(fd)
            throw InputError(path: path, message: "cannot read: \(errnoText(failure))")
        }
        switch status.st_mode & S_IFMT {
        case S_IFREG:
            break
        case S_IFDIR:
            close(fd)
            throw InputError(path: path, message: "is a folder, not a file")
        default:
            close(fd)
            throw InputError(path: path, message: "not a regular file")
        }
        // Reads of a regular file never wait anyway; the flag goes so that nothing downstream sees it.
        let flags = fcntl(fd, F_GETFL)
        if flags >= 0 { _ = fcntl(fd, F_SETFL, flags & ~O_NONBLOCK) }
        return (fd, max(0, Int(status.st_size)))
    }

    /// Reads standard input to its end.
    public static func readStandardInput() -> [UInt8] {
        var result: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(0, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            if count <= 0 { break }
            result.append(contentsOf: chunk[0..<count])
        }
        return result
    }

    public static func isTerminal(_ fd: Int32) -> Bool { isatty(fd) == 1 }

    /// Why `path` (a symbolic link followed) cannot be looked up, as an errno value, or nil when it can.
    public static func lookupFailure(_ path: String) -> Int32? {
        var status = stat()
        return stat(path, &status) == 0 ? nil : errno
    }

    /// Whether a failed lookup's errno says there is nothing at the path (`no such file or folder`), rather
    /// than something that cannot be reached: a folder on the way that may be listed but not searched (mode
    /// 0644) fails with EACCES, which is a file that cannot be read, not a missing one.
    public static func isMissing(_ failure: Int32) -> Bool {
        failure == ENOENT || failure == ENOTDIR
    }

    /// Whether there is anything at `path`: a file, a folder, or anything else (a device, a pipe, a socket).
    /// A symbolic link is followed, as `test -e` follows it: a link to nothing does not exist. With
    /// `followingLinks: false` the name itself is asked about (`lstat`): a link to nothing exists then, as
    /// what a write to `path` would replace. A path that cannot be looked up (no such file, or a folder on
    /// the way that may not be searched) does not exist; `lookupFailure` says why.
    public static func exists(_ path: String, followingLinks: Bool = true) -> Bool {
        var status = stat()
        return (followingLinks ? stat(path, &status) : lstat(path, &status)) == 0
    }

    /// Whether `path` is a regular file holding no bytes (a symbolic link followed). Its size alone does not
    /// tell: files under /proc say 0 and hold text, so a byte is asked for. A pipe is never known to be empty
    /// before it is read, and a file that cannot be read is not empty: reading it says why.
    public static func isEmptyFile(_ path: String) -> Bool {
        var status = stat()
        guard stat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG, status.st_size == 0,
              let (fd, _) = try? openRegularFile(path) else { return false }
        defer { close(fd) }
        var byte: UInt8 = 0
        return pread(fd, &byte, 1, 0) == 0
    }

    /// The permission bits of the file at `path` (a symbolic link followed), or nil if there is none.
    public static func permissions(of path: String) -> mode_t? {
        var status = stat()
        return stat(path, &status) == 0 ? status.st_mode & 0o7777 : nil
    }

    /// When the file at `path` was last written, in seconds since 1970, or nil if there is none.
    static func modificationTime(of path: String) -> Int? {
        var status = stat()
        return stat(path, &status) == 0 ? Int(status.st_mtim.tv_sec) : nil
    }

    /// Deletes the file at `path`; whether it was there is nobody's concern.
    static func remove(_ path: String) {
        unlink(path)
    }

    /// The path with every symbolic link resolved, or nil if it does not exist: rewriting that file keeps
    /// the link.
    public static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// A write that failed, with the path and the system's reason; `refused` when candor chose not to write
    /// (a file it cannot replace without changing what else names it or who owns it), told as `not fixed`.
    public struct WriteError: Error, CustomStringConvertible {
        public let path: String
        public let reason: String
        public var refused = false
        public init(path: String, reason: String, refused: Bool = false) {
            self.path = path
            self.reason = reason
            self.refused = refused
        }
        public var description: String { "\(path): \(refused ? "not fixed" : "cannot write"): \(reason)" }
    }

    /// The name prefix of the temporary files `writeAtomically` makes beside the file it replaces.
    static let temporaryPrefix = ".candor-"

    /// How old a temporary file left by an interrupted write must be before a later write in its folder
    /// removes it: older than any write still under way.
    static let staleTemporaryAge = 3600

    /// Writes `bytes` to a temporary file in the same folder, then renames it over `path`, so readers see the
    /// old file or the new one, never half of either; on failure the original is untouched. `sync: false`
    /// skips flushing to disk before the rename, for files that can be rebuilt (a crash may leave them short).
    ///
    /// `keeping: true` is for a file candor writes again (a baseline, a configuration, a hook): the file it
    /// replaces keeps its mode, owner and group, with the execute bits `mode` asks for added where the file
    /// may be read (a hook stays runnable); a file whose owner and group cannot be kept is not written. A new
    /// file gets `mode`.
    ///
    /// `replacing: true` is for rewriting a file someone else made (`--fix`): it keeps the mode, owner and
    /// group as `keeping` does, whatever `mode` says, and it is refused (`refused`, nothing written) when the
    /// rename would undo what the file is: read-only, or one of several names of the same file (hard links,
    /// which the rename would split), or owned by someone the new file cannot be given to. Such a write also
    /// removes, first, the temporary files earlier writes killed before their rename left in the folder.
    public static func writeAtomically(
        _ bytes: [UInt8], to path: String, mode: mode_t = 0o644, createFolders: Bool = false, sync: Bool = true,
        keeping: Bool = false, replacing: Bool = false
    ) throws(WriteError) {
        let folder = Path.parent(path) ?? "."
        if createFolders { makeFolders(folder) }
        var mode = mode
        var owner: (uid: uid_t, gid: gid_t)?
        if keeping || replacing {
            var status = stat()
            if stat(path, &status) == 0 {
                if replacing {
                    guard status.st_mode & 0o222 != 0, access(path, W_OK) == 0 else {
                        throw WriteError(path: path, reason: "the file is read-only", refused: true)
                    }
                    guard status.st_nlink <= 1 else {
                        throw WriteError(path: path, reason: "it has \(status.st_nlink) names (hard links); fixing it would split them",
                                         refused: true)
                    }
                }
                let kept = status.st_mode & 0o7777
                // Execute bits asked for are added where the file may be read (0640 becomes 0750 for a hook).
                mode = replacing ? kept : kept | (mode & 0o111 & ((kept & 0o444) >> 2))
                owner = (status.st_uid, status.st_gid)
            }
        }
        if replacing { removeStaleTemporaries(in: folder) }
        let (fd, named) = openTemporary(in: folder)
        guard fd >= 0 else { throw WriteError(path: path, reason: errnoText()) }
        var temporary = named
        var failure: String?
        var refusal = false
        var offset = 0
        while offset < bytes.count, failure == nil {
            let count = bytes[offset...].withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            if count < 0 { if errno != EINTR { failure = errnoText() } } else { offset += count }
        }
        // The owner first: a change of owner clears the setuid and setgid bits, which the mode then sets
        // again. A file whose owner cannot be kept is not rewritten, rather than handed to whoever runs candor.
        if failure == nil, let owner {
            var made = stat()
            if fstat(fd, &made) == 0, made.st_uid != owner.uid || made.st_gid != owner.gid,
               fchown(fd, owner.uid, owner.gid) != 0 {
                failure = "its owner and group cannot be kept (\(errnoText()))"
                refusal = true
            }
        }
        if failure == nil, fchmod(fd, mode) != 0 || (sync && fsync(fd) != 0) { failure = errnoText() }
        if failure == nil, temporary == nil {
            // The nameless file gets a name only now, all written, for the rename.
            temporary = linkTemporary(fd, in: folder)
            if temporary == nil { failure = errnoText() }
        }
        close(fd)
        if failure == nil, let temporary, rename(temporary, path) != 0 { failure = errnoText() }
        if let failure {
            if let temporary { unlink(temporary) }
            throw WriteError(path: path, reason: failure, refused: refusal)
        }
        // The rename is in the folder: flushing the folder makes it last through a crash.
        if sync {
            let folderDescriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
            if folderDescriptor >= 0 {
                _ = fsync(folderDescriptor)
                close(folderDescriptor)
            }
        }
    }

    /// Opens a new file in `folder` for writing, with the path it has, or nil when it has none yet.
    ///
    /// Where the system allows it (Linux's O_TMPFILE, with /proc mounted) the file is made without a name, and
    /// named by `linkTemporary` only once written and flushed, just before the rename: a write killed on the
    /// way leaves nothing behind, where a named temporary file would stay beside the file for good, to be
    /// picked up by `git add -A`. Elsewhere it is a `mkstemp` file named `.candor-XXXXXX`; what such a write
    /// leaves, or one killed in the moment between naming and rename, is removed by a later `--fix` write in the
    /// same folder once it is an hour old (`removeStaleTemporaries`).
    static func openTemporary(in folder: String) -> (descriptor: Int32, path: String?) {
        #if os(Linux)
        // O_TMPFILE is a macro Swift does not import: __O_TMPFILE (this value on x86-64, arm64 and the other
        // common architectures) with O_DIRECTORY. A kernel or file system without it refuses the open.
        let tmpfile: Int32 = 0o20000000 | O_DIRECTORY
        let nameless = open(folder, tmpfile | O_WRONLY | O_CLOEXEC, 0o600)
        if nameless >= 0 {
            if access("/proc/self/fd", X_OK) == 0 { return (nameless, nil) }
            close(nameless)
        }
        #endif
        var template = Array((folder + "/" + temporaryPrefix + "XXXXXX").utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else { return (fd, nil) }
        return (fd, String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self))
    }

    /// Gives the nameless file `fd` a temporary name in `folder` (`openTemporary`), or nil with errno set.
    static func linkTemporary(_ fd: Int32, in folder: String) -> String? {
        #if os(Linux)
        let alphabet = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789".utf8)
        for _ in 0..<100 {
            let name = String(decoding: (0..<6).map { _ in alphabet.randomElement()! }, as: UTF8.self)
            let temporary = folder + "/" + temporaryPrefix + name
            if linkat(AT_FDCWD, "/proc/self/fd/\(fd)", AT_FDCWD, temporary, AT_SYMLINK_FOLLOW) == 0 { return temporary }
            if errno != EEXIST { return nil }
        }
        #endif
        errno = EEXIST
        return nil
    }

    /// Removes the temporary files (`.candor-` and six letters or digits, as `mkstemp` names them) that
    /// writes killed before their rename left in `folder`, once older than `staleTemporaryAge` seconds, so
    /// no write still under way loses its file. Only regular files are removed; anything else is left.
    static func removeStaleTemporaries(in folder: String, now: Int = Int(time(nil))) {
        guard let directory = opendir(folder) else { return }
        defer { closedir(directory) }
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            guard name.hasPrefix(temporaryPrefix), name.utf8.count == temporaryPrefix.utf8.count + 6,
                  name.utf8.dropFirst(temporaryPrefix.utf8.count).allSatisfy({ $0 < 0x80 && (isalnum(Int32($0)) != 0) })
            else { continue }
            let path = folder + "/" + name
            var status = stat()
            guard lstat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG,
                  now - Int(status.st_mtim.tv_sec) > staleTemporaryAge else { continue }
            unlink(path)
        }
    }

    /// Makes `folder` and any missing folders above it, each with `mode` (less the umask).
    static func makeFolders(_ folder: String, mode: mode_t = 0o755) {
        guard !folder.isEmpty, folder != ".", folder != "/", !Directory.isDirectory(folder) else { return }
        if let parent = Path.parent(folder) { makeFolders(parent, mode: mode) }
        mkdir(folder, mode)
    }

    /// The system's words for an error number, by default the last call's.
    public static func errnoText(_ code: Int32 = errno) -> String { String(cString: strerror(code)) }
}
