import Common

/// Elementwise kernels over flat arrays, split into fixed blocks across threads.
public enum Elementwise {
    static let blockSize = 1 << 14

    /// Runs `body` over fixed blocks of `0..<count` on `threads` threads.
    @inline(__always)
    static func forEachBlock(count: Int, threads: Int, _ body: (Range<Int>) -> Void) {
        let blocks = (count + blockSize - 1) / blockSize
        Parallel.forEach(blocks, threads: threads) { b in body((b * blockSize)..<min(count, (b + 1) * blockSize)) }
    }

    /// `out = a + b` (`out` may alias either input).
    public static func add(out: UnsafeMutablePointer<Float>, _ a: UnsafePointer<Float>, _ b: UnsafePointer<Float>,
                           count: Int, context: ComputeContext) {
        forEachBlock(count: count, threads: context.threads) { range in
            let x = UnsafeMutablePointer(mutating: a), y = UnsafeMutablePointer(mutating: b)
            var i = range.lowerBound
            while i + 8 <= range.upperBound { out.store8(x.load8(i) + y.load8(i), i); i += 8 }
            while i < range.upperBound { out[i] = x[i] + y[i]; i += 1 }
        }
    }

    /// `target += source`.
    public static func accumulate(_ target: UnsafeMutablePointer<Float>, _ source: UnsafePointer<Float>, count: Int,
                                  context: ComputeContext) {
        add(out: target, target, source, count: count, context: context)
    }

    /// The sum of squares of `count` values, accumulated in fixed blocks and added in block order
    /// (deterministic for every thread count).
    public static func sumOfSquares(_ values: UnsafePointer<Float>, count: Int, context: ComputeContext) -> Double {
        let blocks = (count + blockSize - 1) / blockSize
        var partial = [Double](repeating: 0, count: blocks)
        partial.withUnsafeMutableBufferPointer { out in
            let out = UncheckedSendable(out)
            forEachBlock(count: count, threads: context.threads) { range in
                let x = UnsafeMutablePointer(mutating: values)
                var acc = SIMD8<Float>(), i = range.lowerBound
                while i + 8 <= range.upperBound { let v = x.load8(i); acc.addProduct(v, v); i += 8 }
                var total = Double(acc.sum())
                while i < range.upperBound { total += Double(x[i] * x[i]); i += 1 }
                out.value[range.lowerBound / blockSize] = total
            }
        }
        return partial.reduce(0, +)
    }
}
