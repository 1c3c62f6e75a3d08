/// A fully connected layer with PyTorch's weight layout: `out = inp @ weight^T + bias`.
public enum Linear {
    /// - Shapes: `inp` (N, C); `weight` (OC, C), stored (out_features, in_features);
    ///   `bias` (OC) or nil; `out` (N, OC).
    public static func forward(out: FloatView, inp: FloatView, weight: FloatView, bias: FloatView?, rows N: Int, inChannels C: Int,
                               outChannels OC: Int, context: ComputeContext) {
        let out = out.pointer(holding: N * OC, "out"), inp = UnsafePointer(inp.pointer(holding: N * C, "inp"))
        let weight = UnsafePointer(weight.pointer(holding: OC * C, "weight")), bias = bias.map { UnsafePointer($0.pointer(holding: OC, "bias")) }
        if let bias {
            RowChunks(rows: N).forEach(threads: context.threads) { rows, _ in
                for r in rows { (out + r * OC).update(from: bias, count: OC) }
            }
        }
        Gemm.multiply(transA: false, transB: true, m: N, n: OC, k: C, alpha: 1, a: inp, lda: C, b: weight, ldb: C,
                      beta: bias == nil ? 0 : 1, c: out, ldc: OC, context: context)
    }

    /// Accumulates gradients: `dinp += dout @ weight`, `dweight += dout^T @ inp`,
    /// `dbias += sum over rows of dout`. Pass nil for `dinp` when the input needs no gradient.
    /// - Shapes: `dout` (N, OC); `inp`, `dinp` (N, C); `weight`, `dweight` (OC, C); `dbias` (OC).
    public static func backward(dinp: FloatView?, dweight: FloatView, dbias: FloatView?, dout: FloatView, inp: FloatView, weight: FloatView,
                                rows N: Int, inChannels C: Int, outChannels OC: Int, context: ComputeContext) {
        let dinp = dinp?.pointer(holding: N * C, "dinp"), dweight = dweight.pointer(holding: OC * C, "dweight")
        let dbias = dbias?.pointer(holding: OC, "dbias"), dout = UnsafePointer(dout.pointer(holding: N * OC, "dout"))
        let inp = UnsafePointer(inp.pointer(holding: N * C, "inp")), weight = UnsafePointer(weight.pointer(holding: OC * C, "weight"))
        if let dinp {
            Gemm.multiply(transA: false, transB: false, m: N, n: C, k: OC, alpha: 1, a: dout, lda: OC, b: weight, ldb: C,
                          beta: 1, c: dinp, ldc: C, context: context)
        }
        Gemm.multiply(transA: true, transB: false, m: OC, n: C, k: N, alpha: 1, a: dout, lda: OC, b: inp, ldb: C,
                      beta: 1, c: dweight, ldc: C, context: context)
        if let dbias { ColumnSums.accumulate(dout, rows: N, columns: OC, into: dbias, context: context) }
    }
}

/// Column sums of a row-major matrix, deterministic for every thread count.
enum ColumnSums {
    /// `target[j] += sum_i matrix[i, j]`.
    /// - Shapes: `matrix` (rows, columns); `target` (columns).
    static func accumulate(_ matrix: UnsafePointer<Float>, rows: Int, columns: Int, into target: UnsafeMutablePointer<Float>,
                           context: ComputeContext) {
        let chunks = RowChunks(rows: rows)
        withScratch(chunks.count * columns) { partials in
            chunks.forEach(threads: context.threads) { range, chunk in
                let sum = partials + chunk * columns
                for r in range {
                    let row = matrix + r * columns
                    var j = 0
                    while j + 8 <= columns { sum.store8(sum.load8(j) + row.load8(j), j); j += 8 }
                    while j < columns { sum[j] += row[j]; j += 1 }
                }
            }
            accumulatePartials(partials, parts: chunks.count, n: columns, into: target)
        }
    }
}
