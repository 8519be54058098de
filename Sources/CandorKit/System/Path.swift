/// Path arithmetic on `/`-separated strings (Foundation-free, so start-up stays small).
enum Path {
    static func join(_ folder: String, _ name: String) -> String {
        folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }

    static func absolute(_ path: String) -> String {
        normalized(path.hasPrefix("/") ? path : join(Directory.currentDirectory(), path))
    }

    /// Resolves `.` and `..` and drops repeated slashes.
    static func normalized(_ path: String) -> String {
        var parts: [Substring] = []
        for part in path.split(separator: "/") {
            if part == "." { continue }
            if part == ".." { _ = parts.popLast(); continue }
            parts.append(part)
        }
        return "/" + parts.joined(separator: "/")
    }

    /// The folder holding `path`, or nil at the root.
    static func parent(_ path: String) -> String? {
        guard path != "/" else { return nil }
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }
}
