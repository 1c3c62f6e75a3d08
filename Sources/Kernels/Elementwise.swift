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
    /// - Shapes: `out`, `a`, `b` (count).
    public static func add(out: FloatView, _ a: FloatView, _ b: FloatView, count: Int, context: ComputeContext) {
        let out = out.pointer(holding: count, "out")
        let a = UnsafePointer(a.pointer(holding: count, "a")), b = UnsafePointer(b.pointer(holding: count, "b"))
        forEachBlock(count: count, threads: context.threads) { range in
            let x = a, y = b
            var i = range.lowerBound
            while i + 8 <= range.upperBound { out.store8(x.load8(i) + y.load8(i), i); i += 8 }
            while i < range.upperBound { out[i] = x[i] + y[i]; i += 1 }
        }
    }

    /// `target += source`.
    /// - Shapes: `target`, `source` (count).
    public static func accumulate(_ target: FloatView, _ source: FloatView, count: Int, context: ComputeContext) {
        add(out: target, target, source, count: count, context: context)
    }

    /// The sum of squares of `count` values, accumulated in fixed blocks and added in block order
    /// (deterministic for every thread count).
    /// - Shapes: `values` (count).
    public static func sumOfSquares(_ values: FloatView, count: Int, context: ComputeContext) -> Double {
        let values = UnsafePointer(values.pointer(holding: count, "values"))
        let blocks = (count + blockSize - 1) / blockSize
        var partial = [Double](repeating: 0, count: blocks)
        partial.withUnsafeMutableBufferPointer { out in
            let out = UncheckedSendable(out)
            forEachBlock(count: count, threads: context.threads) { range in
                let x = values
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
