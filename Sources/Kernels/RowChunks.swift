import Common

/// Fixed partitions of `rows` rows into chunks of `size`, processed in parallel. Reductions over
/// rows sum per-chunk partials in chunk order, so results are identical for every thread count.
struct RowChunks {
    static let size = 64
    let rows: Int

    var count: Int { (rows + Self.size - 1) / Self.size }

    func range(_ chunk: Int) -> Range<Int> { (chunk * Self.size)..<min(rows, (chunk + 1) * Self.size) }

    /// Runs `body(rowRange, chunkIndex)` for every chunk on `threads` threads.
    func forEach(threads: Int, _ body: (Range<Int>, Int) -> Void) {
        Parallel.forEach(count, threads: threads) { chunk in body(range(chunk), chunk) }
    }
}

/// A temporary float array for one kernel call (partial sums), freed on scope exit.
@inline(__always)
func withScratch<R>(_ count: Int, _ body: (UnsafeMutablePointer<Float>) -> R) -> R {
    let pointer = UnsafeMutablePointer<Float>.allocate(capacity: max(count, 1))
    pointer.initialize(repeating: 0, count: max(count, 1))
    defer { pointer.deallocate() }
    return body(pointer)
}

/// Adds the `parts` partial vectors of length `n` stored consecutively in `partials` into
/// `target`, in order.
@inline(__always)
func accumulatePartials(_ partials: UnsafeMutablePointer<Float>, parts: Int, n: Int, into target: UnsafeMutablePointer<Float>) {
    for p in 0..<parts {
        let row = partials + p * n
        var j = 0
        while j + 8 <= n { target.store8(target.load8(j) + row.load8(j), j); j += 8 }
        while j < n { target[j] += row[j]; j += 1 }
    }
}
