#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Finds the files to lint under a path (README, "Using it"): folders are walked recursively, following
/// symbolic links (each real folder once, so a link loop ends), and passing over hidden names, what
/// `.gitignore` files ignore, files with other extensions, files no `include` glob matches (when there are
/// any) and files an `exclude` glob matches. Binary files (a NUL byte in their first 8 KB) are reported and
/// skipped.
///
/// Globs match paths relative to the current directory (`posts/**/*.md`), whatever form the walked path was
/// given in. `.gitignore` files count in the walked folders and in the folders above them up to the root of
/// the Git repository holding them, as Git reads them, and so do the repository's `.git/info/exclude` and
/// the user's `core.excludesFile` (`GitExcludes`), below any `.gitignore`.
public struct FileWalker: Sendable {
    private let include: [Glob]
    private let exclude: [Glob]
    private let extensions: Set<String>

    /// The environment, for the user's Git config and ignore file (`GitExcludes`).
    private let environment: Environment

    public init(include: [String] = [], exclude: [String] = [], extensions: Set<String>) {
        self.init(include: include, exclude: exclude, extensions: extensions, environment: .process)
    }

    /// A walker that reads `HOME` and `XDG_CONFIG_HOME` through `environment` (tests pass their own).
    init(
        include: [String] = [], exclude: [String] = [], extensions: Set<String>,
        environment: Environment
    ) {
        self.include = include.map { Glob($0) }
        self.exclude = exclude.map { Glob($0) }
        self.extensions = extensions
        self.environment = environment
    }

    /// Every file to lint under `path`, sorted by path (byte order): a folder's files as described above, or a
    /// file itself, unless binary. Paths start with `path` (but for `.`, whose files are named bare).
    /// `problem` hears of a folder in the walk that cannot be read or searched (mode 0644 lists names but
    /// reaches none), or an entry that cannot be looked up, as `path: cannot read: reason`; without it,
    /// `notice` does.
    public func files(
        under path: String, problem: ((String) -> Void)? = nil, notice: (String) -> Void
    ) throws(InputError) -> [String] {
        try files(under: path, globsRelativeTo: Directory.currentDirectory(), problem: problem, notice: notice)
    }

    /// `files(under:notice:)` with `base` standing for the current directory (tests walk absolute paths).
    func files(
        under path: String, globsRelativeTo base: String, problem: ((String) -> Void)? = nil,
        notice: (String) -> Void
    ) throws(InputError) -> [String] {
        var status = stat()
        guard stat(path, &status) == 0 else {
            throw InputError(path: path, message: "cannot read: \(FileIO.errnoText())")
        }
        guard status.st_mode & S_IFMT == S_IFDIR else {
            // Only a regular file is sniffed: reading a named pipe would take what its reader is owed.
            if status.st_mode & S_IFMT == S_IFREG, Self.isBinary(path) {
                notice("\(path): binary file skipped")
                return []
            }
            return [path]
        }
        let (ignores, fromRepository) = Self.enclosingIgnores(of: Self.realPath(path) ?? path, environment: environment)
        var walk = Walk(walker: self, visited: [FileID(status)])
        let start = path == "." ? "" : path, globPath = Self.relative(path, to: base)
        if let problem {
            walk.folder(start, globPath: globPath, ignorePath: fromRepository, ignores: ignores, problem: problem, notice: notice)
        } else {
            walk.folder(start, globPath: globPath, ignorePath: fromRepository, ignores: ignores, problem: notice, notice: notice)
        }
        return walk.files.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    }

    /// One walk's state: what was found, and the real folders already entered.
    private struct Walk {
        let walker: FileWalker
        var visited: Set<FileID>
        var files: [String] = []

        /// Walks `path`, whose path for globs is `globPath` and whose path from the root of the ignore files'
        /// scopes is `ignorePath`.
        mutating func folder(
            _ path: String, globPath: String, ignorePath: String, ignores: [Scope], problem: (String) -> Void,
            notice: (String) -> Void
        ) {
            let names: [String]
            do {
                names = try Directory.entries(path.isEmpty ? "." : path)
            } catch {
                problem("\(path.isEmpty ? "." : path): cannot read: \(error.message)")
                return
            }
            var ignores = ignores
            if names.contains(".gitignore"), let text = try? FileIO.readAll(FileWalker.join(path, ".gitignore")) {
                ignores.append(Scope(ignore: GitIgnore(String(decoding: text, as: UTF8.self)), folder: ignorePath))
            }
            // In order, so that notices come in the same order on every file system.
            for name in names.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) where !name.hasPrefix(".") {
                let entry = FileWalker.join(path, name)
                var status = stat()
                guard stat(entry, &status) == 0 else {
                    let failure = errno
                    // A broken link (or a link loop), or an entry removed since the listing: nothing to lint.
                    if FileIO.isMissing(failure) || failure == ELOOP { continue }
                    // Names listed but none reachable: the folder may be read but not searched (mode 0644).
                    // Said once, for the folder; a link whose target cannot be reached is said for itself.
                    var link = stat()
                    if failure == EACCES, lstat(entry, &link) != 0 {
                        problem("\(path.isEmpty ? "." : path): cannot read: \(FileIO.errnoText(failure))")
                        return
                    }
                    problem("\(entry): cannot read: \(FileIO.errnoText(failure))")
                    continue
                }
                let isFolder = status.st_mode & S_IFMT == S_IFDIR
                let entryIgnorePath = FileWalker.join(ignorePath, name)
                // The deepest `.gitignore` with a rule for the entry decides.
                let verdict = ignores.reversed().lazy.compactMap { $0.ignores(entryIgnorePath, isFolder: isFolder) }.first
                if verdict == true { continue }
                let entryGlobPath = FileWalker.join(globPath, name)
                if isFolder {
                    guard visited.insert(FileID(status)).inserted, walker.mayHoldFiles(entryGlobPath) else { continue }
                    folder(
                        entry, globPath: entryGlobPath, ignorePath: entryIgnorePath, ignores: ignores,
                        problem: problem, notice: notice)
                } else if status.st_mode & S_IFMT == S_IFREG, walker.accepts(name: name, globPath: entryGlobPath) {
                    if FileWalker.isBinary(entry) {
                        notice("\(entry): binary file skipped")
                    } else {
                        files.append(entry)
                    }
                }
            }
        }
    }

    /// The rules of one `.gitignore`, and the path of its folder within the walk's ignore paths.
    private struct Scope {
        let ignore: GitIgnore
        let folder: String

        func ignores(_ path: String, isFolder: Bool) -> Bool? {
            if folder.isEmpty { return ignore.ignores(path, isFolder: isFolder) }
            guard path.hasPrefix(folder + "/") else { return nil }
            return ignore.ignores(String(path.dropFirst(folder.count + 1)), isFolder: isFolder)
        }
    }

    /// A file's identity on disk, to enter each real folder once.
    private struct FileID: Hashable {
        let device: UInt64
        let inode: UInt64

        init(_ status: stat) {
            device = UInt64(status.st_dev)
            inode = UInt64(status.st_ino)
        }
    }

    /// Whether a folder may hold files to lint: it is not excluded, and an `include` glob may match inside it.
    private func mayHoldFiles(_ globPath: String) -> Bool {
        !exclude.contains { $0.matches(globPath) }
            && (include.isEmpty || include.contains { $0.mayMatch(inside: globPath) })
    }

    private func accepts(name: String, globPath: String) -> Bool {
        guard let dot = name.lastIndex(of: "."), extensions.contains(name[name.index(after: dot)...].lowercased())
        else { return false }
        return (include.isEmpty || include.contains { $0.matches(globPath) })
            && !exclude.contains { $0.matches(globPath) }
    }

    // MARK: - Paths

    /// The ignore rules of `realRoot`'s Git repository (a folder holding `.git`) that apply above it: the
    /// user's `core.excludesFile` and the repository's `.git/info/exclude` (`GitExcludes`), then the
    /// `.gitignore` of each folder from the repository's root down to `realRoot`'s parent, nearest last (the
    /// last scope with a rule for a path decides); and `realRoot`'s path from the repository's root. Outside
    /// a repository: none, and the empty path.
    private static func enclosingIgnores(
        of realRoot: String, environment: Environment
    ) -> ([Scope], String) {
        var folders: [String] = []
        var folder = realRoot
        while !FileIO.exists(join(folder, ".git")) {
            guard let parent = Path.parent(folder), parent != "." else { return ([], "") }
            folder = parent
            folders.append(folder)
        }
        let repository = folder
        // Patterns of these files are relative to the repository's root, like a root `.gitignore`'s.
        let excludes = GitExcludes.files(repository: repository, environment: environment).compactMap { file -> Scope? in
            guard let text = try? FileIO.readAll(file) else { return nil }
            return Scope(ignore: GitIgnore(String(decoding: text, as: UTF8.self)), folder: "")
        }
        let scopes = excludes + folders.reversed().compactMap { folder -> Scope? in
            guard let text = try? FileIO.readAll(join(folder, ".gitignore")) else { return nil }
            let rules = GitIgnore(String(decoding: text, as: UTF8.self))
            return Scope(ignore: rules, folder: relative(folder, to: repository))
        }
        return (scopes, relative(realRoot, to: repository))
    }

    /// `path` relative to `base` when it lies inside it, else unchanged; `""` for `base` itself.
    private static func relative(_ path: String, to base: String) -> String {
        if path == base { return "" }
        let prefix = base.hasSuffix("/") ? base : base + "/"
        return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
    }

    private static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    private static func join(_ folder: String, _ name: String) -> String {
        folder.isEmpty ? name : folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }

    /// Whether the file's first bytes say it is binary (`BinaryContent`).
    private static func isBinary(_ path: String) -> Bool {
        // Opened as any read is: a file swapped for a named pipe since it was listed is not waited on.
        guard let (descriptor, _) = try? FileIO.openRegularFile(path) else { return false }
        defer { close(descriptor) }
        var head = [UInt8](repeating: 0, count: BinaryContent.probedBytes)
        let count = head.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
        return count > 0 && BinaryContent.isBinary(head[..<count])
    }
}
