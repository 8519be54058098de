/// Why `candor hook install` or `uninstall` left the hooks folder as it was.
public enum HookError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The pre-commit hook at `path` is not candor's; `backup` is where `install --force` would keep it.
    case foreignHook(path: String, backup: String?)
    /// `install --force` would keep the hook at `path` at `backup`, which already holds an earlier one.
    case backupTaken(path: String, backup: String)
    /// A file operation failed.
    case file(path: String, reason: String)

    public var description: String {
        switch self {
        case .foreignHook(let path, nil):
            "\(path) is a pre-commit hook candor did not write; left alone"
        case .foreignHook(let path, let backup?):
            "\(path) is a pre-commit hook candor did not write; left alone ('candor hook install --force' "
                + "replaces it and keeps it as \(backup))"
        case .backupTaken(let path, let backup):
            "\(path) is a pre-commit hook candor did not write, and \(backup) already keeps an earlier one; "
                + "move one of them away first"
        case .file(let path, let reason):
            "\(path): \(reason)"
        }
    }
}
