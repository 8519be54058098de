/// A file with fixes applied: its bytes before and after, and the fixes that could not be made.
public struct FixedFile: Sendable {
    public let path: String
    public let original: [UInt8]
    public internal(set) var fixed: [UInt8]
    /// How many fixes were made.
    public internal(set) var applied: Int
    /// Fixes left out, each with the reason.
    public internal(set) var skipped: [(fix: Fix, reason: String)]

    /// A replacement a fix made, and where it stands in `fixed`.
    public struct Replacement: Sendable, Equatable {
        public let fix: Fix
        public let range: Range<Int>
    }
    /// Every replacement in `fixed`, in order (of one pass, or of all the passes of a run so far).
    public internal(set) var replacements: [Replacement] = []
    /// Fixes of earlier passes inside whose replacement a fix of this pass matched.
    public internal(set) var rematched: [Fix] = []

    public var changed: Bool { fixed != original }

    /// Replaces the file on disk with the fixed bytes, atomically (a temporary file in the same folder, then a
    /// rename), keeping its mode, owner and group; a symbolic link is followed, so the link stays. A read-only
    /// file, a file with more than one name (hard links) and one whose owner cannot be kept are refused. The
    /// file must still hold the bytes the fixes were made on; otherwise, as on any failure, it is left untouched.
    public func write() throws(FileIO.WriteError) {
        let target = FileIO.realPath(path) ?? path
        let current: [UInt8]
        do { current = try FileIO.readAll(target) } catch {
            throw FileIO.WriteError(path: path, reason: error.message)
        }
        guard current == original else {
            throw FileIO.WriteError(path: path, reason: "it changed while candor was fixing it; run again")
        }
        do {
            try FileIO.writeAtomically(fixed, to: target, replacing: true)
        } catch {
            throw FileIO.WriteError(path: path, reason: error.reason, refused: error.refused)
        }
    }
}
