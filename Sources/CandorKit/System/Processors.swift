#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The machine's processors, for how many lanes a lint batch spreads over by default (`--jobs`).
enum Processors {
    /// The processors online (at least 1), as the system reports them; never a guess.
    static var online: Int {
        max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))
    }
}
