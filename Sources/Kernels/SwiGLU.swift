/// Llama's gated MLP activation: `out = silu(gate) * up`, `silu(x) = x * sigmoid(x)`, on the fused
/// output of the gate and up projections (one row per position: `[gate (F) | up (F)]`).
public enum SwiGLU {
    /// `sigmoid(x)` lane-wise.
    @inline(__always)
    static func sigmoid(_ x: SIMD8<Float>) -> SIMD8<Float> { 1 / (1 + FastMath.exp(-x)) }

    /// `out[r, j] = silu(gateUp[r, j]) * gateUp[r, F + j]`.
    /// - Shapes: `gateUp` (N, 2F); `out` (N, F).
    public static func forward(out: FloatView, gateUp: FloatView, rows N: Int, width F: Int, context: ComputeContext) {
        let out = out.pointer(holding: N * F, "out"), gateUp = UnsafePointer(gateUp.pointer(holding: N * 2 * F, "gateUp"))
        RowChunks(rows: N).forEach(threads: context.threads) { rows, _ in
            for r in rows {
                let gate = gateUp + r * 2 * F, up = gate + F, y = out + r * F
                var j = 0
                while j + 8 <= F { let g = gate.load8(j); y.store8(g * sigmoid(g) * up.load8(j), j); j += 8 }
                while j < F { let g = gate[j]; y[j] = g * sigmoid(SIMD8(repeating: g))[0] * up[j]; j += 1 }
            }
        }
    }

    /// Accumulates `dgate += dout * up * silu'(gate)` and `dup += dout * silu(gate)`, with
    /// `silu'(x) = sigmoid(x) (1 + x (1 - sigmoid(x)))`.
    /// - Shapes: `dout` (N, F); `gateUp`, `dgateUp` (N, 2F).
    public static func backward(dgateUp: FloatView, dout: FloatView, gateUp: FloatView, rows N: Int, width F: Int, context: ComputeContext) {
        let dgateUp = dgateUp.pointer(holding: N * 2 * F, "dgateUp"), dout = UnsafePointer(dout.pointer(holding: N * F, "dout"))
        let gateUp = UnsafePointer(gateUp.pointer(holding: N * 2 * F, "gateUp"))
        RowChunks(rows: N).forEach(threads: context.threads) { rows, _ in
            for r in rows {
                let gate = gateUp + r * 2 * F, up = gate + F, dy = dout + r * F
                let dgate = dgateUp + r * 2 * F, dup = dgate + F
                var j = 0
                while j + 8 <= F {
                    let g = gate.load8(j), s = sigmoid(g), d = dy.load8(j)
                    dup.store8(dup.load8(j).addingProduct(d, g * s), j)
                    dgate.store8(dgate.load8(j).addingProduct(d * up.load8(j), s * (1 + g * (1 - s))), j)
                    j += 8
                }
                while j < F {
                    let g = gate[j], s = sigmoid(SIMD8(repeating: g))[0], d = dy[j]
                    dup[j] += d * g * s
                    dgate[j] += d * up[j] * s * (1 + g * (1 - s))
                    j += 1
                }
            }
        }
    }
}
