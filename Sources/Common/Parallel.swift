import Dispatch
import Synchronization

/// Runs independent pieces of work on a fixed number of threads.
public enum Parallel {
    /// Calls `body(i)` for every `i` in `0..<count`, on up to `threads` threads (each takes the
    /// next unclaimed index); returns when all calls have finished. With one thread (or one item)
    /// it runs inline, in order.
    public static func forEach(_ count: Int, threads: Int, _ body: (Int) -> Void) {
        forEachWithWorker(count, threads: threads) { _, i in body(i) }
    }

    /// Like `forEach`, but also passes the worker's number (in `0..<min(threads, count)`), so
    /// each worker can keep its own scratch state (a cache, a buffer) in a per-worker slot.
    public static func forEachWithWorker(_ count: Int, threads: Int, _ body: (_ worker: Int, _ index: Int) -> Void) {
        guard count > 0 else { return }
        let workers = max(1, min(threads, count))
        if workers == 1 {
            for i in 0..<count { body(0, i) }
            return
        }
        let next = Atomic<Int>(0)
        withoutActuallyEscaping(body) { body in
            let box = UncheckedSendable(body)
            DispatchQueue.concurrentPerform(iterations: workers) { worker in
                while true {
                    let i = next.wrappingAdd(1, ordering: .relaxed).oldValue
                    guard i < count else { break }
                    box.value(worker, i)
                }
            }
        }
    }

    /// The number of workers `forEachWithWorker` uses for `count` items on `threads` threads.
    public static func workerCount(_ count: Int, threads: Int) -> Int { max(1, min(threads, count)) }

    /// Splits `0..<count` into `parts` contiguous ranges of nearly equal size.
    public static func ranges(_ count: Int, parts: Int) -> [Range<Int>] {
        let parts = max(1, min(parts, max(count, 1)))
        return (0..<parts).map { p in (count * p / parts)..<(count * (p + 1) / parts) }
    }
}

/// Carries a value across a concurrency boundary the compiler cannot check: used only where the
/// callers guarantee that threads touch disjoint data (see `Parallel.forEach`).
public struct UncheckedSendable<Value>: @unchecked Sendable {
    /// The wrapped value.
    public let value: Value
    /// Wraps `value`.
    public init(_ value: Value) { self.value = value }
}
