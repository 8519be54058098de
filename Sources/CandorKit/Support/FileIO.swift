#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Whole-file reads and atomic writes over POSIX calls: Foundation's `Data(contentsOf:)` costs start-up time
/// and hides errno, which candor wants in its one-line messages.
public enum FileIO {
    public static func readAll(_ path: String) throws(InputError) -> [UInt8] {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw InputError(path: path, message: "cannot read: \(errnoText())") }
        defer { close(fd) }
        var result: [UInt8] = []
        var status = stat()
        if fstat(fd, &status) == 0 {
            if status.st_mode & S_IFMT == S_IFDIR { throw InputError(path: path, message: "is a folder, not a file") }
            result.reserveCapacity(Int(status.st_size))
        }
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw InputError(path: path, message: "cannot read: \(errnoText())")
            }
            if count == 0 { break }
            result.append(contentsOf: chunk[0..<count])
        }
        return result
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

    public static func errnoText() -> String { String(cString: strerror(errno)) }
}
