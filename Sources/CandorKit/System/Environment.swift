#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The environment variables candor reads (`HOME`, `XDG_CONFIG_HOME`, `XDG_CACHE_HOME`, `CANDOR_CACHE_DIR`,
/// `PATH`, `NO_COLOR`, `COLUMNS`), all read through this one type: `process` is the process's own, read at
/// each lookup and without Foundation; a test hands a unit a set of its own instead.
public struct Environment: Sendable {
    private let lookup: @Sendable (String) -> String?

    /// The process's environment, as it is when a variable is asked for.
    public static let process = Environment(lookup: { name in getenv(name).map { String(cString: $0) } })

    /// These variables and no others.
    public init(_ variables: [String: String]) {
        lookup = { variables[$0] }
    }

    private init(lookup: @escaping @Sendable (String) -> String?) {
        self.lookup = lookup
    }

    /// The value of the variable `name`, or nil when it is not set; a variable set to nothing is "".
    public func value(_ name: String) -> String? { lookup(name) }
}
