extension GitRepository {
    /// The regular files the next commit adds or changes, as staged, in path order: added, copied, modified,
    /// and a symbolic link that became a file. A renamed file counts as added under its new name; deletions,
    /// symbolic links and submodules are left out.
    public func stagedFiles() throws(GitError) -> [StagedFile] {
        // `--raw` rather than `--name-only`: it also gives each staged blob's id, for `cat-file`, and its mode.
        let output = try run(["diff", "--cached", "--raw", "-z", "--no-abbrev", "--no-renames", "--diff-filter=ACMT"])
        // Each change is `:<old mode> <new mode> <old id> <new id> <status>`, NUL, `<path>`, NUL.
        let fields = output.split(separator: 0, omittingEmptySubsequences: false)
        return stride(from: 0, to: fields.count - 1, by: 2).compactMap { index in
            let change = fields[index].split(separator: UInt8(ascii: " "))
            guard change.count == 5, Self.isRegularFile(mode: change[1]) else { return nil }
            return StagedFile(path: String(decoding: fields[index + 1], as: UTF8.self), object: Self.text(change[3]))
        }
    }

    /// The index entries of `paths` (files or folders, relative to `directory`), as regular files named from
    /// the top of the work tree, in path order; a path the index does not hold gives nothing.
    public func indexedFiles(_ paths: [String]) throws(GitError) -> [StagedFile] {
        guard !paths.isEmpty else { return [] }
        let output = try run(["--literal-pathspecs", "ls-files", "--stage", "--full-name", "-z", "--"] + paths)
        // Each entry is `<mode> <id> <stage>`, a tab, `<path>`, NUL; stages other than 0 are a merge's sides.
        return output.split(separator: 0).compactMap { entry in
            guard let tab = entry.firstIndex(of: UInt8(ascii: "\t")) else { return nil }
            let fields = entry[..<tab].split(separator: UInt8(ascii: " "))
            guard fields.count == 3, Self.text(fields[2]) == "0", Self.isRegularFile(mode: fields[0]) else { return nil }
            return StagedFile(path: String(decoding: entry[(tab + 1)...], as: UTF8.self), object: Self.text(fields[1]))
        }
    }

    /// `100644` and `100755`, not `120000` (a symbolic link), `160000` (a submodule) or `000000` (none).
    private static func isRegularFile(mode: ArraySlice<UInt8>) -> Bool {
        text(mode).hasPrefix("100")
    }

    private static func text(_ bytes: ArraySlice<UInt8>) -> String {
        String(decoding: bytes, as: UTF8.self)
    }
}
