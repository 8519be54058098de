#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

/// The match scratch a post is linted with, lent out and taken back, so no caller makes, keeps or passes one:
/// `Linter.lint` borrows one for the post and its context holds it. A scratch is lent to one borrower at a
/// time, so there are as many as posts were ever linted at once, which is at most one per worker thread; a
/// scratch returned while `limit` are already idle is freed, so the pool cannot grow past that however many
/// threads a library user starts.
package final class MatchScratchPool: Sendable {
    /// The pool every linter borrows from, keeping four idle scratches per online processor at most:
    /// LintRunner's own bound on its lanes.
    package static let shared = MatchScratchPool(limit: 4 * max(1, sysconf(Int32(_SC_NPROCESSORS_ONLN))))

    /// Scratches kept idle at most.
    let limit: Int
    private let idle = Mutex<[MatchScratch]>([])

    init(limit: Int) {
        self.limit = limit
    }

    /// Runs `body` with a scratch of the shared pool that no other thread uses until `body` returns.
    package static func withScratch<T, E: Error>(_ body: (MatchScratch) throws(E) -> T) throws(E) -> T {
        try shared.withScratch(body)
    }

    /// Runs `body` with a scratch of this pool that no other thread uses until `body` returns.
    func withScratch<T, E: Error>(_ body: (MatchScratch) throws(E) -> T) throws(E) -> T {
        let scratch = idle.withLock { $0.popLast() } ?? MatchScratch()
        defer {
            idle.withLock { idle in
                if idle.count < limit { idle.append(scratch) }
            }
        }
        return try body(scratch)
    }

    /// How many scratches wait to be lent, for tests.
    var idleCount: Int { idle.withLock { $0.count } }
}
