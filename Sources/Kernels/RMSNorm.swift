/// Root-mean-square normalisation over the last dimension with a weight and no bias, as Llama's
/// `LlamaRMSNorm`: `out = inp / sqrt(mean(inp^2) + eps) * weight`.
public enum RMSNorm {
    /// `out = inp * rstd * weight` per row, `rstd = 1 / sqrt(mean(inp^2) + epsilon)`.
    /// - Shapes: `inp`, `out` (N, C); `weight` (C); `rstd` (N), saved for the backward pass (pass
    ///   nil at inference).
    public static func forward(out: FloatView, rstd: FloatView?, inp: FloatView, weight: FloatView, rows N: Int, channels C: Int,
                               epsilon: Float, context: ComputeContext) {
        let out = out.pointer(holding: N * C, "out"), inp = UnsafePointer(inp.pointer(holding: N * C, "inp"))
        let weight = UnsafePointer(weight.pointer(holding: C, "weight")), rstd = rstd?.pointer(holding: N, "rstd")
        RowChunks(rows: N).forEach(threads: context.threads) { rows, _ in
            let w = weight
            for r in rows {
                let x = inp + r * C, y = out + r * C
                var sq = SIMD8<Float>(), j = 0
                while j + 8 <= C { let v = x.load8(j); sq.addProduct(v, v); j += 8 }
                var total = sq.sum()
                while j < C { total += x[j] * x[j]; j += 1 }
                let s = 1 / (total / Float(C) + epsilon).squareRoot()
                let sV = SIMD8<Float>(repeating: s)
                j = 0
                while j + 8 <= C { y.store8((x.load8(j) * sV) * w.load8(j), j); j += 8 }
                while j < C { y[j] = x[j] * s * w[j]; j += 1 }
                rstd?[r] = s
            }
        }
    }

    /// Accumulates the gradients of `forward`: `dinp += rstd * (w * dout - norm * mean(w * dout * norm))`
    /// with `norm = inp * rstd`, and `dweight += sum over rows of norm * dout`. Pass nil for `dinp`
    /// when the input needs no gradient.
    /// - Shapes: `dinp`, `dout`, `inp` (N, C); `dweight`, `weight` (C); `rstd` (N).
    public static func backward(dinp: FloatView?, dweight: FloatView?, dout: FloatView, inp: FloatView, weight: FloatView, rstd: FloatView,
                                rows N: Int, channels C: Int, context: ComputeContext) {
        let dinp = dinp?.pointer(holding: N * C, "dinp"), dweight = dweight?.pointer(holding: C, "dweight")
        let dout = UnsafePointer(dout.pointer(holding: N * C, "dout")), inp = UnsafePointer(inp.pointer(holding: N * C, "inp"))
        let weight = UnsafePointer(weight.pointer(holding: C, "weight")), rstd = UnsafePointer(rstd.pointer(holding: N, "rstd"))
        let chunks = RowChunks(rows: N)
        withScratch(chunks.count * C) { partials in
            chunks.forEach(threads: context.threads) { rows, chunk in
                let dw = partials + chunk * C
                let w = weight
                for r in rows {
                    let x = inp + r * C, g = dout + r * C
                    let s = rstd[r], sV = SIMD8<Float>(repeating: s)
                    if dweight != nil {
                        var j = 0
                        while j + 8 <= C { dw.store8(dw.load8(j).addingProduct(x.load8(j) * sV, g.load8(j)), j); j += 8 }
                        while j < C { dw[j] += x[j] * s * g[j]; j += 1 }
                    }
                    guard let dinp else { continue }
                    // mean(dnorm * norm) over the row, dnorm = w * dout.
                    var acc = SIMD8<Float>(), j = 0
                    while j + 8 <= C { acc.addProduct(w.load8(j) * g.load8(j), x.load8(j)); j += 8 }
                    var dot = acc.sum()
                    while j < C { dot += w[j] * g[j] * x[j]; j += 1 }
                    let meanDot = dot * s / Float(C)
                    let dx = dinp + r * C
                    let mV = SIMD8<Float>(repeating: meanDot)
                    j = 0
                    while j + 8 <= C {
                        let norm = x.load8(j) * sV
                        dx.store8(dx.load8(j) + (w.load8(j) * g.load8(j) - norm * mV) * sV, j)
                        j += 8
                    }
                    while j < C { dx[j] += (w[j] * g[j] - x[j] * s * meanDot) * s; j += 1 }
                }
            }
            if let dweight { accumulatePartials(partials, parts: chunks.count, n: C, into: dweight) }
        }
    }
}
