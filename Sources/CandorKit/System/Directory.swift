#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Folder listing over POSIX calls, for rule packs and the config search.
enum Directory {
    struct Failure: Error { let message: String }

    /// The names in a folder, without `.` and `..`, unsorted.
    static func entries(_ path: String) throws(Failure) -> [String] {
        guard let handle = opendir(path) else { throw Failure(message: FileIO.errnoText()) }
        defer { closedir(handle) }
        var names: [String] = []
        // The name is read where it stands, up to its NUL. Copying `d_name` (a 256-byte tuple) read past the
        // end of a short entry, the last of readdir's buffer: glibc sizes each record to its name (`d_reclen`).
        let nameOffset = MemoryLayout<dirent>.offset(of: \dirent.d_name)!
        while let entry = readdir(handle) {
            let name = String(cString: (UnsafeRawPointer(entry) + nameOffset).assumingMemoryBound(to: CChar.self))
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }

    static func isDirectory(_ path: String) -> Bool {
        var status = stat()
        return stat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFDIR
    }

    static func currentDirectory() -> String {
        guard let cwd = getcwd(nil, 0) else { return "." }
        defer { free(cwd) }
        return String(cString: cwd)
    }
}
