#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Testing
@testable import CandorKit

/// How a failed lookup of a path named on the command line is reported: missing, or there but out of reach.
struct FileIOTests {
    @Test func onlyNothingThereIsMissing() {
        #expect(FileIO.isMissing(ENOENT))
        #expect(FileIO.isMissing(ENOTDIR))
        // A folder on the way that may be listed but not searched, a link loop, a name too long: there, or
        // not known to be absent, and so `cannot read: reason`.
        for failure in [EACCES, ELOOP, ENAMETOOLONG, EIO] { #expect(!FileIO.isMissing(failure), "\(failure)") }
    }

    @Test func lookupFailureGivesTheErrno() {
        #expect(FileIO.lookupFailure("/") == nil)
        #expect(FileIO.lookupFailure("/nonexistent/x.md") == ENOENT)
        #expect(FileIO.lookupFailure("/" + String(repeating: "x", count: 5000)) == ENAMETOOLONG)
    }

    /// Where the system makes nameless files, a write killed before its rename leaves nothing in the folder:
    /// the temporary file is named only once it is written, just before the rename.
    @Test func theTemporaryFileHasNoNameWhileItIsWritten() throws {
        #if os(Linux)
        var template = Array("/tmp/candor-fileio-XXXXXX".utf8CString)
        let made = template.withUnsafeMutableBufferPointer { mkdtemp($0.baseAddress!) }
        let folder = try #require(made.map { String(cString: $0) })
        defer { rmdir(folder) }
        let (fd, path) = FileIO.openTemporary(in: folder)
        try #require(fd >= 0)
        #expect(path == nil)
        #expect(write(fd, "text", 4) == 4)
        // Nothing in the folder but . and ..
        let directory = try #require(opendir(folder))
        var names = 0
        while readdir(directory) != nil { names += 1 }
        closedir(directory)
        #expect(names == 2)
        close(fd)
        #endif
    }

    @Test func aWriteLeavesNoTemporaryFileAndKeepsTheRenamedFile() throws {
        var template = Array("/tmp/candor-fileio-XXXXXX".utf8CString)
        let made = template.withUnsafeMutableBufferPointer { mkdtemp($0.baseAddress!) }
        let folder = try #require(made.map { String(cString: $0) })
        defer { unlink(folder + "/file.txt"); rmdir(folder) }
        try FileIO.writeAtomically(Array("new".utf8), to: folder + "/file.txt", mode: 0o640)
        #expect(try FileIO.readAll(folder + "/file.txt") == Array("new".utf8))
        #expect(FileIO.permissions(of: folder + "/file.txt") == 0o640)
        let directory = try #require(opendir(folder))
        var names = 0
        while readdir(directory) != nil { names += 1 }
        closedir(directory)
        #expect(names == 3)
    }
}
