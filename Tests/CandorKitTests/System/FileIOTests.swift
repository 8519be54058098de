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

    /// `exists`: anything at the path, a folder too, a symbolic link followed unless asked otherwise.
    @Test func existsFollowsLinksUnlessAskedAboutTheNameItself() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let file = try folder.write("a.md", "A")
        let sub = try folder.folder("sub")
        let toFile = folder.path + "/to-file", toFolder = folder.path + "/to-folder", dangling = folder.path + "/dangling"
        #expect(symlink(file, toFile) == 0)
        #expect(symlink(sub, toFolder) == 0)
        #expect(symlink(folder.path + "/nothing", dangling) == 0)
        for path in [file, sub, toFile, toFolder, "/dev/null", "/"] {
            #expect(FileIO.exists(path), "\(path)")
            #expect(FileIO.exists(path, followingLinks: false), "\(path)")
        }
        // A link to nothing: not there as what it names, there as a name a write would replace.
        #expect(!FileIO.exists(dangling))
        #expect(FileIO.exists(dangling, followingLinks: false))
        // Nothing there, or nothing that can be looked up: a path through a file, a name too long.
        for path in [folder.path + "/nothing", file + "/x", "/" + String(repeating: "x", count: 5000)] {
            #expect(!FileIO.exists(path), "\(path)")
            #expect(!FileIO.exists(path, followingLinks: false), "\(path)")
        }
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

    /// A file written again (`keeping`: a baseline, a configuration, a hook) keeps the mode, owner and group of
    /// the file it replaces, with the execute bits asked for added where it may be read; a new file gets the mode asked for. The
    /// owner is given away only as root, so it is checked only then.
    @Test func aWriteKeepingAFileKeepsItsModeOwnerAndGroup() throws {
        var template = Array("/tmp/candor-fileio-XXXXXX".utf8CString)
        let made = template.withUnsafeMutableBufferPointer { mkdtemp($0.baseAddress!) }
        let folder = try #require(made.map { String(cString: $0) })
        let file = folder + "/baseline.json", hook = folder + "/pre-commit", new = folder + "/new.json"
        defer { for path in [file, hook, new] { unlink(path) }; rmdir(folder) }
        let root = getuid() == 0
        try FileIO.writeAtomically(Array("old".utf8), to: file, mode: 0o640)
        try FileIO.writeAtomically(Array("old".utf8), to: hook, mode: 0o640)
        if root {
            try #require(chown(file, 12345, 12346) == 0)
            try #require(chmod(file, 0o2640) == 0)  // the change of owner cleared the setgid bit; set it again
        }
        try FileIO.writeAtomically(Array("new".utf8), to: file, keeping: true)
        try FileIO.writeAtomically(Array("new".utf8), to: hook, mode: 0o755, keeping: true)
        try FileIO.writeAtomically(Array("new".utf8), to: new, mode: 0o600, keeping: true)
        #expect(try FileIO.readAll(file) == Array("new".utf8))
        #expect(FileIO.permissions(of: file) == (root ? 0o2640 : 0o640))
        #expect(FileIO.permissions(of: hook) == 0o750)
        #expect(FileIO.permissions(of: new) == 0o600)
        if root {
            var status = stat()
            try #require(stat(file, &status) == 0)
            #expect(status.st_uid == 12345 && status.st_gid == 12346)
        }
    }
}
