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
}
