/// Layer normalisation over the last dimension (eps 1e-5), as `torch.nn.LayerNorm`.
public enum LayerNorm {
    /// The epsilon added to the variance.
    public static let epsilon: Float = 1e-5

    /// `out = (inp - mean) * rstd * weight + bias` per row.
    /// - Shapes: `inp`, `out` (N, C); `weight`, `bias` (C); `mean`, `rstd` (N) are saved for
    ///   the backward pass (pass nil at inference).
    public static func forward(out: FloatView, mean: FloatView?, rstd: FloatView?, inp: FloatView, weight: FloatView, bias: FloatView,
                               rows N: Int, channels C: Int, context: ComputeContext) {
        let out = out.pointer(holding: N * C, "out"), inp = UnsafePointer(inp.pointer(holding: N * C, "inp"))
        let weight = UnsafePointer(weight.pointer(holding: C, "weight")), bias = UnsafePointer(bias.pointer(holding: C, "bias"))
        let mean = mean?.pointer(holding: N, "mean"), rstd = rstd?.pointer(holding: N, "rstd")
        RowChunks(rows: N).forEach(threads: context.threads) { rows, _ in
            for r in rows {
                let x = inp + r * C, y = out + r * C
                var sum = SIMD8<Float>(), j = 0
                while j + 8 <= C { sum += x.load8(j); j += 8 }
                var m = sum.sum()
                while j < C { m += x[j]; j += 1 }
                m /= Float(C)
                var sq = SIMD8<Float>()
                j = 0
                while j + 8 <= C { let d = x.load8(j) - m; sq.addProduct(d, d); j += 8 }
                var v = sq.sum()
                while j < C { let d = x[j] - m; v += d * d; j += 1 }
                v /= Float(C)
                let s = 1 / (v + epsilon).squareRoot()
                let w = weight, b = bias
                j = 0
                while j + 8 <= C { y.store8(((x.load8(j) - m) * s) * w.load8(j) + b.load8(j), j); j += 8 }
                while j < C { y[j] = (x[j] - m) * s * w[j] + b[j]; j += 1 }
                mean?[r] = m
                rstd?[r] = s
            }
        }
    }

    /// Accumulates the gradients of `forward`: `dinp += ...`, `dweight += sum(norm * dout)`,
    /// `dbias += sum(dout)`.
    /// - Shapes: `dinp`, `dout`, `inp` (N, C); `dweight`, `dbias`, `weight` (C); `mean`, `rstd` (N).
    public static func backward(dinp: FloatView, dweight: FloatView, dbias: FloatView, dout: FloatView, inp: FloatView, weight: FloatView,
                                mean: FloatView, rstd: FloatView, rows N: Int, channels C: Int, context: ComputeContext) {
        let dinp = dinp.pointer(holding: N * C, "dinp"), dweight = dweight.pointer(holding: C, "dweight"), dbias = dbias.pointer(holding: C, "dbias")
        let dout = UnsafePointer(dout.pointer(holding: N * C, "dout")), inp = UnsafePointer(inp.pointer(holding: N * C, "inp"))
        let weight = UnsafePointer(weight.pointer(holding: C, "weight"))
        let mean = UnsafePointer(mean.pointer(holding: N, "mean")), rstd = UnsafePointer(rstd.pointer(holding: N, "rstd"))
        let chunks = RowChunks(rows: N)
        withScratch(2 * chunks.count * C) { partials in
            chunks.forEach(threads: context.threads) { rows, chunk in
                let dw = partials + chunk * 2 * C, db = dw + C
                let w = weight
                for r in rows {
                    let x = inp + r * C, g = dout + r * C
                    let dx = dinp + r * C
                    let m = SIMD8<Float>(repeating: mean[r]), s = SIMD8<Float>(repeating: rstd[r])
                    // Means of dnorm and dnorm * norm over the row.
                    var a = SIMD8<Float>(), bsum = SIMD8<Float>(), j = 0
                    while j + 8 <= C {
                        let norm = (x.load8(j) - m) * s
                        let dnorm = w.load8(j) * g.load8(j)
                        a += dnorm
                        bsum.addProduct(dnorm, norm)
                        j += 8
                    }
                    var dnormMean = a.sum(), dnormNormMean = bsum.sum()
                    while j < C {
                        let norm = (x[j] - mean[r]) * rstd[r], dnorm = w[j] * g[j]
                        dnormMean += dnorm
                        dnormNormMean += dnorm * norm
                        j += 1
                    }
                    dnormMean /= Float(C)
                    dnormNormMean /= Float(C)
                    let dm = SIMD8<Float>(repeating: dnormMean), dnm = SIMD8<Float>(repeating: dnormNormMean)
                    j = 0
                    while j + 8 <= C {
                        let norm = (x.load8(j) - m) * s, gj = g.load8(j)
                        db.store8(db.load8(j) + gj, j)
                        dw.store8(dw.load8(j).addingProduct(norm, gj), j)
                        let dnorm = w.load8(j) * gj
                        dx.store8(dx.load8(j) + (dnorm - dm - norm * dnm) * s, j)
                        j += 8
                    }
                    while j < C {
                        let norm = (x[j] - mean[r]) * rstd[r]
                        db[j] += g[j]
                        dw[j] += norm * g[j]
                        dx[j] += (w[j] * g[j] - dnormMean - norm * dnormNormMean) * rstd[r]
                        j += 1
                    }
                }
            }
            for chunk in 0..<chunks.count {
                accumulatePartials(partials + chunk * 2 * C, parts: 1, n: C, into: dweight)
                accumulatePartials(partials + chunk * 2 * C + C, parts: 1, n: C, into: dbias)
            }
        }
    }
}
