/// GPT-2's input embedding: token embedding plus learned position embedding.
public enum Embedding {
    /// `out[b, t, :] = wte[tokens[b, t], :] + wpe[t, :]`.
    /// - Shapes: `tokens` (B, T) ids; `wte` (V, C); `wpe` (maxT, C); `out` (B, T, C).
    public static func forward(out: UnsafeMutablePointer<Float>, tokens: UnsafePointer<Int32>, wte: UnsafePointer<Float>,
                               wpe: UnsafePointer<Float>, batch B: Int, time T: Int, channels C: Int, context: ComputeContext) {
        RowChunks(rows: B * T).forEach(threads: context.threads) { rows, _ in
            for r in rows {
                let e = UnsafeMutablePointer(mutating: wte + Int(tokens[r]) * C), p = UnsafeMutablePointer(mutating: wpe + (r % T) * C)
                let o = out + r * C
                var j = 0
                while j + 8 <= C { o.store8(e.load8(j) + p.load8(j), j); j += 8 }
                while j < C { o[j] = e[j] + p[j]; j += 1 }
            }
        }
    }

    /// Accumulates `dwte[tokens[b, t]] += dout[b, t]` and `dwpe[t] += dout[b, t]`, in row order
    /// (sequential: rows may share a token; B*T*C additions are cheap).
    /// - Shapes: `dout` (B, T, C); `dwte` (V, C); `dwpe` (maxT, C).
    public static func backward(dwte: UnsafeMutablePointer<Float>, dwpe: UnsafeMutablePointer<Float>, dout: UnsafePointer<Float>,
                                tokens: UnsafePointer<Int32>, batch B: Int, time T: Int, channels C: Int) {
        for r in 0..<(B * T) {
            let g = UnsafeMutablePointer(mutating: dout + r * C), e = dwte + Int(tokens[r]) * C, p = dwpe + (r % T) * C
            var j = 0
            while j + 8 <= C {
                let v = g.load8(j)
                e.store8(e.load8(j) + v, j)
                p.store8(p.load8(j) + v, j)
                j += 8
            }
            while j < C { e[j] += g[j]; p[j] += g[j]; j += 1 }
        }
    }
}
