import Common

/// Causal multi-head self-attention on a fused QKV projection, scaled by `1/sqrt(head size)`.
/// Each (batch, head) pair is independent: the pairs run in parallel, each with single-threaded
/// matrix products.
public enum Attention {
    /// `out = softmax(mask(Q K^T / sqrt(hs))) V` per head; saves the probabilities for backward.
    /// - Shapes: `qkv` (B, T, 3C) laid out [Q | K | V], heads of size hs = C / NH contiguous within
    ///   each; `att` (B, NH, T, T) probabilities, zero above the diagonal; `out` (B, T, C).
    public static func forward(out: FloatView, att: FloatView, qkv: FloatView, batch B: Int, time T: Int, channels C: Int, heads NH: Int,
                               context: ComputeContext) {
        let out = out.pointer(holding: B * T * C, "out"), att = att.pointer(holding: B * NH * T * T, "att")
        let qkv = UnsafePointer(qkv.pointer(holding: B * T * 3 * C, "qkv"))
        let hs = C / NH
        let scale = 1 / Float(hs).squareRoot()
        let inner = context.singleThreaded
        Parallel.forEach(B * NH, threads: context.threads) { pair in
            let b = pair / NH, h = pair % NH
            let q = qkv + b * T * 3 * C + h * hs, k = q + C, v = q + 2 * C
            let a = att + pair * T * T
            // Scores for all key positions, then a causal softmax per row.
            Gemm.multiply(transA: false, transB: true, m: T, n: T, k: hs, alpha: scale, a: q, lda: 3 * C, b: k, ldb: 3 * C,
                          beta: 0, c: a, ldc: T, context: inner)
            for t in 0..<T { causalSoftmaxRow(a + t * T, visible: t + 1, width: T) }
            Gemm.multiply(transA: false, transB: false, m: T, n: hs, k: T, alpha: 1, a: a, lda: T, b: v, ldb: 3 * C,
                          beta: 0, c: out + b * T * C + h * hs, ldc: C, context: inner)
        }
    }

    /// Accumulates `dqkv` from `dout`, using the probabilities saved by `forward`.
    /// `scratch` holds one (T, T) matrix per thread (`threads * T * T` floats).
    /// - Shapes: `dout` (B, T, C); `qkv`, `dqkv` (B, T, 3C); `att` (B, NH, T, T).
    public static func backward(dqkv: FloatView, dout: FloatView, qkv: FloatView, att: FloatView, scratch: FloatView, batch B: Int, time T: Int,
                                channels C: Int, heads NH: Int, context: ComputeContext) {
        let dqkv = dqkv.pointer(holding: B * T * 3 * C, "dqkv"), dout = UnsafePointer(dout.pointer(holding: B * T * C, "dout"))
        let qkv = UnsafePointer(qkv.pointer(holding: B * T * 3 * C, "qkv")), att = UnsafePointer(att.pointer(holding: B * NH * T * T, "att"))
        let scratch = scratch.pointer(holding: Parallel.workerCount(B * NH, threads: context.threads) * T * T, "scratch")
        let hs = C / NH
        let scale = 1 / Float(hs).squareRoot()
        let inner = context.singleThreaded
        Parallel.forEachWithWorker(B * NH, threads: context.threads) { worker, pair in
            let b = pair / NH, h = pair % NH
            let q = qkv + b * T * 3 * C + h * hs, k = q + C, v = q + 2 * C
            let dq = dqkv + b * T * 3 * C + h * hs, dk = dq + C, dv = dq + 2 * C
            let a = att + pair * T * T
            let dy = dout + b * T * C + h * hs
            let ds = scratch + worker * T * T
            // dP = dY V^T;  dV += P^T dY.
            Gemm.multiply(transA: false, transB: true, m: T, n: T, k: hs, alpha: 1, a: dy, lda: C, b: v, ldb: 3 * C,
                          beta: 0, c: ds, ldc: T, context: inner)
            Gemm.multiply(transA: true, transB: false, m: T, n: hs, k: T, alpha: 1, a: a, lda: T, b: dy, ldb: C,
                          beta: 1, c: dv, ldc: 3 * C, context: inner)
            // Softmax backward in place: dS = P * (dP - sum_j P dP), zero above the diagonal.
            for t in 0..<T { causalSoftmaxBackwardRow(probabilities: a + t * T, gradient: ds + t * T, visible: t + 1, width: T) }
            // dQ += scale dS K;  dK += scale dS^T Q.
            Gemm.multiply(transA: false, transB: false, m: T, n: hs, k: T, alpha: scale, a: ds, lda: T, b: k, ldb: 3 * C,
                          beta: 1, c: dq, ldc: 3 * C, context: inner)
            Gemm.multiply(transA: true, transB: false, m: T, n: hs, k: T, alpha: scale, a: ds, lda: T, b: q, ldb: 3 * C,
                          beta: 1, c: dk, ldc: 3 * C, context: inner)
        }
    }

    /// Softmax over the first `visible` entries of a row of `width`; the rest become 0.
    @inline(__always)
    static func causalSoftmaxRow(_ row: UnsafeMutablePointer<Float>, visible: Int, width: Int) {
        var maxV = SIMD8<Float>(repeating: -.infinity), j = 0
        while j + 8 <= visible { maxV = FastMath.max(maxV, row.load8(j)); j += 8 }
        var m = maxV.max()
        while j < visible { m = max(m, row[j]); j += 1 }
        let mV = SIMD8<Float>(repeating: m)
        var sumV = SIMD8<Float>()
        j = 0
        while j + 8 <= visible { let e = FastMath.exp(row.load8(j) - mV); row.store8(e, j); sumV += e; j += 8 }
        var sum = sumV.sum()
        while j < visible { let e = FastMath.exp(row[j] - m); row[j] = e; sum += e; j += 1 }
        let inv = SIMD8<Float>(repeating: 1 / sum)
        j = 0
        while j + 8 <= visible { row.store8(row.load8(j) * inv, j); j += 8 }
        while j < visible { row[j] *= inv[0]; j += 1 }
        (row + visible).update(repeating: 0, count: width - visible)
    }

    /// Softmax backward on one row, in place: `g = p * (g - sum_j p_j g_j)` over the first
    /// `visible` entries; the rest become 0.
    @inline(__always)
    static func causalSoftmaxBackwardRow(probabilities p: UnsafePointer<Float>, gradient g: UnsafeMutablePointer<Float>, visible: Int, width: Int) {
        var dot = SIMD8<Float>(), j = 0
        while j + 8 <= visible { dot.addProduct(p.load8(j), g.load8(j)); j += 8 }
        var total = dot.sum()
        while j < visible { total += p[j] * g[j]; j += 1 }
        let totalV = SIMD8<Float>(repeating: total)
        j = 0
        while j + 8 <= visible { g.store8(p.load8(j) * (g.load8(j) - totalV), j); j += 8 }
        while j < visible { g[j] = p[j] * (g[j] - total); j += 1 }
        (g + visible).update(repeating: 0, count: width - visible)
    }
}
