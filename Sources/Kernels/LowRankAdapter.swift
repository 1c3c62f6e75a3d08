/// A LoRA adapter on a bias-free projection (Hu et al. 2021): `out += scale * (inp @ A^T) @ B^T`,
/// the low-rank update `scale * B A` of a frozen weight `W` (OC, C) applied without forming it.
/// The output may be a column slice of a wider matrix (a fused q/k/v or gate/up product): it
/// starts at column `column` of rows of stride `outStride`.
public enum LowRankAdapter {
    /// `out[:, column..<column+OC] += scale * (inp @ A^T) @ B^T`; `hidden` receives `inp @ A^T`.
    /// - Shapes: `inp` (N, C); `a` (r, C); `b` (OC, r); `hidden` (N, r); `out` (N, outStride),
    ///   columns `column..<column + OC` updated.
    public static func forward(out: FloatView, column: Int, outStride: Int, inp: FloatView, a: FloatView, b: FloatView, hidden: FloatView,
                               rows N: Int, inChannels C: Int, outChannels OC: Int, rank r: Int, scale: Float, context: ComputeContext) {
        precondition(column >= 0 && column + OC <= outStride, "columns \(column)..<\(column + OC) outside rows of \(outStride)")
        Gemm.multiply(transA: false, transB: true, m: N, n: r, k: C, alpha: 1, a: inp, lda: C, b: a, ldb: C, beta: 0, c: hidden, ldc: r,
                      context: context)
        Gemm.multiply(transA: false, transB: true, m: N, n: OC, k: r, alpha: scale, a: hidden, lda: r, b: b, ldb: r, beta: 1,
                      c: out.view(column, out.count - column), ldc: outStride, context: context)
    }

    /// Accumulates the adapter's gradients and its share of the input gradient, from the
    /// gradient `dout` of the projection's output (a column slice as in `forward`):
    /// `h = inp @ A^T` (recomputed), `dB += scale * dout^T @ h`, `dh = scale * dout @ B`,
    /// `dA += dh^T @ inp`, and `dinp += dh @ A` when `dinp` is given. The frozen weight gets no
    /// gradient (the caller adds `dout @ W` to `dinp`).
    /// - Shapes: `dout` (N, outStride), columns `column..<column + OC` read; `inp`, `dinp` (N, C);
    ///   `a`, `da` (r, C); `b`, `db` (OC, r); `hidden`, `dhidden` (N, r) scratch.
    public static func backward(dinp: FloatView?, da: FloatView, db: FloatView, dout: FloatView, column: Int, outStride: Int, inp: FloatView,
                                a: FloatView, b: FloatView, hidden: FloatView, dhidden: FloatView, rows N: Int, inChannels C: Int,
                                outChannels OC: Int, rank r: Int, scale: Float, context: ComputeContext) {
        precondition(column >= 0 && column + OC <= outStride, "columns \(column)..<\(column + OC) outside rows of \(outStride)")
        let slice = dout.view(column, dout.count - column)
        Gemm.multiply(transA: false, transB: true, m: N, n: r, k: C, alpha: 1, a: inp, lda: C, b: a, ldb: C, beta: 0, c: hidden, ldc: r,
                      context: context)
        Gemm.multiply(transA: true, transB: false, m: OC, n: r, k: N, alpha: scale, a: slice, lda: outStride, b: hidden, ldb: r, beta: 1,
                      c: db, ldc: r, context: context)
        Gemm.multiply(transA: false, transB: false, m: N, n: r, k: OC, alpha: scale, a: slice, lda: outStride, b: b, ldb: r, beta: 0,
                      c: dhidden, ldc: r, context: context)
        Gemm.multiply(transA: true, transB: false, m: r, n: C, k: N, alpha: 1, a: dhidden, lda: r, b: inp, ldb: C, beta: 1, c: da, ldc: C,
                      context: context)
        if let dinp {
            Gemm.multiply(transA: false, transB: false, m: N, n: C, k: r, alpha: 1, a: dhidden, lda: r, b: a, ldb: C, beta: 1, c: dinp, ldc: C,
                          context: context)
        }
    }

    /// Merges the adapter into the weight: `weight += scale * B @ A`.
    /// - Shapes: `weight` (OC, C); `a` (r, C); `b` (OC, r).
    public static func merge(into weight: FloatView, a: FloatView, b: FloatView, inChannels C: Int, outChannels OC: Int, rank r: Int,
                             scale: Float, context: ComputeContext) {
        Gemm.multiply(transA: false, transB: false, m: OC, n: C, k: r, alpha: scale, a: b, lda: r, b: a, ldb: C, beta: 1, c: weight, ldc: C,
                      context: context)
    }
}
