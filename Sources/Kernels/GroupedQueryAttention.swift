import Common

/// Causal grouped-query self-attention without biases (Llama): `NH` query heads and `NKV` key/value
/// heads of size `hd`, query head `h` reading key/value head `h / (NH / NKV)` (as `repeat_kv` in
/// `transformers`), scores scaled by `1/sqrt(hd)`. Q, K and V come fused in one row per position:
/// `[Q (NH*hd) | K (NKV*hd) | V (NKV*hd)]`, heads contiguous within each part.
public enum GroupedQueryAttention {
    /// `out = softmax(mask(Q K^T / sqrt(hd))) V` per query head; saves the probabilities for backward.
    /// (Batch, head) pairs run in parallel, each with single-threaded matrix products.
    /// - Shapes: `qkv` (B, T, (NH + 2 NKV) hd); `att` (B, NH, T, T) probabilities, zero above the
    ///   diagonal; `out` (B, T, NH hd).
    public static func forward(out: FloatView, att: FloatView, qkv: FloatView, batch B: Int, time T: Int, heads NH: Int, kvHeads NKV: Int,
                               headDim hd: Int, context: ComputeContext) {
        precondition(NKV >= 1 && NH % NKV == 0, "the query heads (\(NH)) must be a multiple of the key/value heads (\(NKV))")
        let W = (NH + 2 * NKV) * hd, C = NH * hd, group = NH / NKV
        let out = out.pointer(holding: B * T * C, "out"), att = att.pointer(holding: B * NH * T * T, "att")
        let qkv = UnsafePointer(qkv.pointer(holding: B * T * W, "qkv"))
        let scale = 1 / Float(hd).squareRoot()
        let inner = context.singleThreaded
        Parallel.forEach(B * NH, threads: context.threads) { pair in
            let b = pair / NH, h = pair % NH, g = h / group
            let row = qkv + b * T * W
            let q = row + h * hd, k = row + C + g * hd, v = row + C + NKV * hd + g * hd
            let a = att + pair * T * T
            Gemm.multiply(transA: false, transB: true, m: T, n: T, k: hd, alpha: scale, a: q, lda: W, b: k, ldb: W,
                          beta: 0, c: a, ldc: T, context: inner)
            for t in 0..<T { Attention.causalSoftmaxRow(a + t * T, visible: t + 1, width: T) }
            Gemm.multiply(transA: false, transB: false, m: T, n: hd, k: T, alpha: 1, a: a, lda: T, b: v, ldb: W,
                          beta: 0, c: out + b * T * C + h * hd, ldc: C, context: inner)
        }
    }

    /// Accumulates `dqkv` from `dout`, using the probabilities saved by `forward`. (Batch,
    /// key/value head) pairs run in parallel, so the query heads sharing a key/value head add their
    /// contributions to its gradient in a fixed order. `scratch` holds one (T, T) matrix per worker.
    /// - Shapes: `dout` (B, T, NH hd); `qkv`, `dqkv` (B, T, (NH + 2 NKV) hd); `att` (B, NH, T, T);
    ///   `scratch` (workers, T, T) with workers = min(threads, B NKV).
    public static func backward(dqkv: FloatView, dout: FloatView, qkv: FloatView, att: FloatView, scratch: FloatView, batch B: Int, time T: Int,
                                heads NH: Int, kvHeads NKV: Int, headDim hd: Int, context: ComputeContext) {
        precondition(NKV >= 1 && NH % NKV == 0, "the query heads (\(NH)) must be a multiple of the key/value heads (\(NKV))")
        let W = (NH + 2 * NKV) * hd, C = NH * hd, group = NH / NKV
        let dqkv = dqkv.pointer(holding: B * T * W, "dqkv"), dout = UnsafePointer(dout.pointer(holding: B * T * C, "dout"))
        let qkv = UnsafePointer(qkv.pointer(holding: B * T * W, "qkv")), att = UnsafePointer(att.pointer(holding: B * NH * T * T, "att"))
        let scratch = scratch.pointer(holding: scratchCount(batch: B, time: T, kvHeads: NKV, threads: context.threads), "scratch")
        let scale = 1 / Float(hd).squareRoot()
        let inner = context.singleThreaded
        Parallel.forEachWithWorker(B * NKV, threads: context.threads) { worker, pair in
            let b = pair / NKV, g = pair % NKV
            let row = qkv + b * T * W, drow = dqkv + b * T * W
            let k = row + C + g * hd, v = row + C + NKV * hd + g * hd
            let dk = drow + C + g * hd, dv = drow + C + NKV * hd + g * hd
            let ds = scratch + worker * T * T
            for h in (g * group)..<((g + 1) * group) {
                let q = row + h * hd, dq = drow + h * hd
                let a = att + (b * NH + h) * T * T
                let dy = dout + b * T * C + h * hd
                // dP = dY V^T;  dV += P^T dY.
                Gemm.multiply(transA: false, transB: true, m: T, n: T, k: hd, alpha: 1, a: dy, lda: C, b: v, ldb: W,
                              beta: 0, c: ds, ldc: T, context: inner)
                Gemm.multiply(transA: true, transB: false, m: T, n: hd, k: T, alpha: 1, a: a, lda: T, b: dy, ldb: C,
                              beta: 1, c: dv, ldc: W, context: inner)
                for t in 0..<T { Attention.causalSoftmaxBackwardRow(probabilities: a + t * T, gradient: ds + t * T, visible: t + 1, width: T) }
                // dQ += scale dS K;  dK += scale dS^T Q.
                Gemm.multiply(transA: false, transB: false, m: T, n: hd, k: T, alpha: scale, a: ds, lda: T, b: k, ldb: W,
                              beta: 1, c: dq, ldc: W, context: inner)
                Gemm.multiply(transA: true, transB: false, m: T, n: hd, k: T, alpha: scale, a: ds, lda: T, b: q, ldb: W,
                              beta: 1, c: dk, ldc: W, context: inner)
            }
        }
    }

    /// Floats `backward` needs in `scratch`: one (T, T) matrix per worker.
    public static func scratchCount(batch B: Int, time T: Int, kvHeads NKV: Int, threads: Int) -> Int {
        Parallel.workerCount(B * NKV, threads: threads) * T * T
    }
}
