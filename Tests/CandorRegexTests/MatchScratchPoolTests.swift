import Dispatch
import Synchronization
import Testing

@testable import CandorRegex

/// A pool lends each borrower a scratch of its own, takes it back for the next, and keeps no more than its
/// limit. Each test has a pool of its own: linters in other tests borrow from the shared one meanwhile.
struct MatchScratchPoolTests {
    @Test func aReturnedScratchIsLentAgain() {
        let pool = MatchScratchPool(limit: 4)
        let first = pool.withScratch { ObjectIdentifier($0) }
        let second = pool.withScratch { ObjectIdentifier($0) }
        #expect(first == second)
        #expect(pool.idleCount == 1)
    }

    @Test func borrowersAtOnceGetScratchesOfTheirOwn() {
        let pool = MatchScratchPool(limit: 4)
        let (outer, inner) = pool.withScratch { outer in
            pool.withScratch { inner in (ObjectIdentifier(outer), ObjectIdentifier(inner)) }
        }
        #expect(outer != inner)
        #expect(pool.idleCount == 2)
    }

    /// However many borrow at once, no more than `limit` stay idle once they are done.
    @Test func theIdleScratchesStayWithinTheLimit() {
        let pool = MatchScratchPool(limit: 3)
        func borrow(_ depth: Int) {
            guard depth > 0 else { return }
            pool.withScratch { _ in borrow(depth - 1) }
        }
        borrow(8)
        #expect(pool.idleCount == 3)
    }

    /// Threads borrowing at the same time never share a scratch, and every match on each runs as if alone.
    @Test func threadsNeverShareAScratch() throws {
        let pool = MatchScratchPool(limit: 64)
        let pattern = try Pattern("b+")
        let inUse = Mutex<Set<ObjectIdentifier>>([])
        let shared = Mutex(0)
        let wrong = Mutex(0)
        DispatchQueue.concurrentPerform(iterations: 200) { _ in
            pool.withScratch { scratch in
                let id = ObjectIdentifier(scratch)
                if !inUse.withLock({ $0.insert(id).inserted }) { shared.withLock { $0 += 1 } }
                if (try? pattern.matches(in: "abbba bb", scratch: scratch)) != [1..<4, 6..<8] { wrong.withLock { $0 += 1 } }
                inUse.withLock { _ = $0.remove(id) }
            }
        }
        #expect(shared.withLock { $0 } == 0)
        #expect(wrong.withLock { $0 } == 0)
        #expect((1...64).contains(pool.idleCount))
    }

    @Test func theSharedPoolKeepsFourPerProcessor() {
        #expect(MatchScratchPool.shared.limit >= 4 && MatchScratchPool.shared.limit % 4 == 0)
    }
}
