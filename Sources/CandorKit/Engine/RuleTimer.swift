#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Time spent in each rule, summed over the posts linted, for `candor lint --verbose`. One per worker
/// thread and never shared, so recording takes no lock; the runner merges them at the end.
public final class RuleTimer {
    /// Nanoseconds per rule id.
    public private(set) var nanoseconds: [String: UInt64] = [:]

    public init() {}

    /// Now, in nanoseconds on the monotonic clock.
    public static func now() -> UInt64 {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_nsec)
    }

    /// Adds the time from `start` (a `now()`) to now to `rule`.
    public func record(_ rule: String, since start: UInt64) {
        add(rule, nanoseconds: Self.now() - start)
    }

    func add(_ rule: String, nanoseconds time: UInt64) {
        nanoseconds[rule, default: 0] += time
    }

    /// Adds another worker's times to these.
    public func merge(_ other: RuleTimer) {
        nanoseconds.merge(other.nanoseconds, uniquingKeysWith: +)
    }

    /// One line per rule, longest first (ties by id): milliseconds, share of all the rules' time, rule id.
    public var report: [String] {
        let total = max(nanoseconds.values.reduce(0, +), 1)
        return nanoseconds.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.map { rule, time in
            let micro = (time + 500) / 1000
            let milliseconds = "\(micro / 1000)." + String("00\(micro % 1000)".suffix(3))
            let percent = String(time * 100 / total)
            return String(repeating: " ", count: max(0, 12 - milliseconds.count)) + milliseconds + " ms"
                + String(repeating: " ", count: 5 - percent.count) + percent + "%  " + rule
        }
    }
}
