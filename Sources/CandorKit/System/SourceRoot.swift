/// The folder a run's paths are reported relative to: the top of the git work tree holding the current
/// folder (the nearest folder above it with a `.git` entry, a folder or, in a linked worktree or submodule, a
/// file), else the current folder. GitHub code scanning resolves a SARIF result's relative URI against the
/// repository root, so a run from a subfolder must still name `posts/a.md` as `sub/posts/a.md`. Found
/// without running git, which a CI image may lack.
public enum SourceRoot {
    /// The root for a run started in `folder` (absolute; by default the current folder).
    public static func find(from folder: String? = nil) -> String {
        let start = Path.absolute(folder ?? Directory.currentDirectory())
        var candidate: String? = start
        while let current = candidate {
            if FileIO.exists(Path.join(current, ".git"), followingLinks: false) { return current }
            candidate = Path.parent(current)
        }
        return start
    }

    /// `path` (relative to the current folder, or absolute) relative to `root` when it lies inside it, else
    /// nil. A path through a symbolic link is compared by its real location too.
    public static func relative(_ path: String, to root: String) -> String? {
        let prefix = root.hasSuffix("/") ? root : root + "/"
        let absolute = Path.absolute(path)
        if absolute.hasPrefix(prefix) { return String(absolute.dropFirst(prefix.count)) }
        if let real = FileIO.realPath(absolute), let realRoot = FileIO.realPath(root) {
            let realPrefix = realRoot.hasSuffix("/") ? realRoot : realRoot + "/"
            if real.hasPrefix(realPrefix) { return String(real.dropFirst(realPrefix.count)) }
        }
        return nil
    }
}
