#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What a long run shows on a terminal while it works: nothing for the first `delay` seconds (a short run
/// stays silent), then "candor: 12288 posts of 3 files linted so far…", redrawn at most every `interval` seconds.
/// It only decides and words the line; the CLI draws it on stderr and clears it before other output.
public struct ProgressLine {
    private let delay: Double
    private let interval: Double
    private let now: () -> Double
    private let start: Double
    private var drawn: Double?

    public init(delay: Double = 1, interval: Double = 0.1, now: @escaping () -> Double = ProgressLine.monotonicSeconds) {
        self.delay = delay
        self.interval = interval
        self.now = now
        start = now()
    }

    /// The line to show for this much done, or nil when it is too soon to show or to redraw.
    public mutating func update(posts: Int, files: Int) -> String? {
        let time = now()
        guard time - start >= delay, drawn.map({ time - $0 >= interval }) ?? true else { return nil }
        drawn = time
        return "candor: \(Counted.text(posts, "post")) of \(Counted.text(files, "file")) linted so far…"
    }

    public static func monotonicSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}
