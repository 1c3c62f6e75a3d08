/// GPT-2's input embedding: token embedding plus learned position embedding.
public enum Embedding {
    /// `out[b, t, :] = wte[tokens[b, t], :] + wpe[t, :]`.
    /// - Shapes: `tokens` (B, T) ids; `wte` (V, C); `wpe` (maxT, C); `out` (B, T, C).
    public static func forward(out: FloatView, tokens: [Int32], wte: FloatView, wpe: FloatView, batch B: Int, time T: Int, channels C: Int,
                               context: ComputeContext) {
        precondition(tokens.count >= B * T, "tokens holds \(tokens.count) ids, the kernel needs \(B * T)")
        let out = out.pointer(holding: B * T * C, "out"), wpe = UnsafePointer(wpe.pointer(holding: T * C, "wpe"))
        let vocabulary = wte.count / C, wte = UnsafePointer(wte.pointer)
        RowChunks(rows: B * T).forEach(threads: context.threads) { rows, _ in
            for r in rows {
                let token = Int(tokens[r])
                precondition(token >= 0 && token < vocabulary, "token id \(token) outside the vocabulary of \(vocabulary)")
                let e = wte + token * C, p = wpe + (r % T) * C
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
    public static func backward(dwte: FloatView, dwpe: FloatView, dout: FloatView, tokens: [Int32], batch B: Int, time T: Int, channels C: Int) {
        precondition(tokens.count >= B * T, "tokens holds \(tokens.count) ids, the kernel needs \(B * T)")
        let dwpe = dwpe.pointer(holding: T * C, "dwpe"), dout = UnsafePointer(dout.pointer(holding: B * T * C, "dout"))
        let vocabulary = dwte.count / C, dwte = dwte.pointer
        for r in 0..<(B * T) {
            let token = Int(tokens[r])
            precondition(token >= 0 && token < vocabulary, "token id \(token) outside the vocabulary of \(vocabulary)")
            let g = dout + r * C, e = dwte + token * C, p = dwpe + (r % T) * C
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
