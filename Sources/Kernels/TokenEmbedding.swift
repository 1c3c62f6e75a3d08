/// A token embedding without position embedding (Llama: positions enter through RoPE).
public enum TokenEmbedding {
    /// `out[r, :] = weight[tokens[r], :]`.
    /// - Shapes: `tokens` (N) ids below V; `weight` (V, C); `out` (N, C).
    public static func forward(out: FloatView, tokens: [Int32], weight: FloatView, rows N: Int, channels C: Int, context: ComputeContext) {
        precondition(tokens.count >= N, "tokens holds \(tokens.count) ids, the kernel needs \(N)")
        let out = out.pointer(holding: N * C, "out")
        let vocabulary = weight.count / C, weight = UnsafePointer(weight.pointer)
        RowChunks(rows: N).forEach(threads: context.threads) { rows, _ in
            for r in rows {
                let token = Int(tokens[r])
                precondition(token >= 0 && token < vocabulary, "token id \(token) outside the vocabulary of \(vocabulary)")
                (out + r * C).update(from: weight + token * C, count: C)
            }
        }
    }

    /// Accumulates `dweight[tokens[r]] += dout[r]`, in row order (sequential: rows may share a token).
    /// - Shapes: `dout` (N, C); `dweight` (V, C).
    public static func backward(dweight: FloatView, dout: FloatView, tokens: [Int32], rows N: Int, channels C: Int) {
        precondition(tokens.count >= N, "tokens holds \(tokens.count) ids, the kernel needs \(N)")
        let dout = UnsafePointer(dout.pointer(holding: N * C, "dout"))
        let vocabulary = dweight.count / C, dweight = dweight.pointer
        for r in 0..<N {
            let token = Int(tokens[r])
            precondition(token >= 0 && token < vocabulary, "token id \(token) outside the vocabulary of \(vocabulary)")
            let g = dout + r * C, e = dweight + token * C
            var j = 0
            while j + 8 <= C { e.store8(e.load8(j) + g.load8(j), j); j += 8 }
            while j < C { e[j] += g[j]; j += 1 }
        }
    }
}
