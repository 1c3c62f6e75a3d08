import Common

/// The language-model head tied to the token embedding, with softmax cross-entropy, computed in
/// chunks of rows so the full (N, V) logits never exist: per chunk, logits, per-row loss and
/// (when training) `dlogits = (softmax - onehot) * gradScale` in place, then the chunk's
/// contribution to `dx` and `dwte`.
public enum Classifier {
    /// Losses per position, and gradients when `dx`/`dwte` are given.
    /// - Shapes: `x` (N, C) final hidden states; `wte` (V, C); `targets` (N); `losses` (N);
    ///   `dx` (N, C) and `dwte` (V, C) accumulate; `scratch` (chunkRows, V).
    public static func run(x: FloatView, wte: FloatView, targets: [Int32], rows N: Int, channels C: Int, vocabulary V: Int, losses: FloatView,
                           gradScale: Float, dx: FloatView?, dwte: FloatView?, scratch: FloatView, chunkRows: Int, context: ComputeContext) {
        precondition(targets.count >= N && targets.prefix(N).allSatisfy { $0 >= 0 && Int($0) < V }, "targets must be \(N) ids below \(V)")
        let x = UnsafePointer(x.pointer(holding: N * C, "x")), wte = UnsafePointer(wte.pointer(holding: V * C, "wte"))
        let losses = losses.pointer(holding: N, "losses"), scratch = scratch.pointer(holding: min(chunkRows, N) * V, "scratch")
        let dx = dx?.pointer(holding: N * C, "dx"), dwte = dwte?.pointer(holding: V * C, "dwte")
        let training = dx != nil || dwte != nil
        var r0 = 0
        while r0 < N {
            let R = min(chunkRows, N - r0)
            Gemm.multiply(transA: false, transB: true, m: R, n: V, k: C, alpha: 1, a: x + r0 * C, lda: C, b: wte, ldb: C,
                          beta: 0, c: scratch, ldc: V, context: context)
            let base = r0
            Parallel.forEach((R + 7) / 8, threads: context.threads) { block in
                for r in (block * 8)..<min(R, block * 8 + 8) {
                    losses[base + r] = softmaxRow(scratch + r * V, count: V, target: Int(targets[base + r]),
                                                  gradScale: training ? gradScale : nil)
                }
            }
            if training {
                if let dx {
                    Gemm.multiply(transA: false, transB: false, m: R, n: C, k: V, alpha: 1, a: scratch, lda: V, b: wte, ldb: C,
                                  beta: 1, c: dx + r0 * C, ldc: C, context: context)
                }
                if let dwte {
                    Gemm.multiply(transA: true, transB: false, m: V, n: C, k: R, alpha: 1, a: scratch, lda: V, b: x + r0 * C,
                                  ldb: C, beta: 1, c: dwte, ldc: C, context: context)
                }
            }
            r0 += R
        }
    }

    /// The cross-entropy of one row of logits; with `gradScale`, overwrites the row with
    /// `(softmax - onehot(target)) * gradScale`.
    @inline(__always)
    static func softmaxRow(_ row: UnsafeMutablePointer<Float>, count V: Int, target: Int, gradScale: Float?) -> Float {
        var maxV = SIMD8<Float>(repeating: -.infinity), j = 0
        while j + 8 <= V { maxV = FastMath.max(maxV, row.load8(j)); j += 8 }
        var m = maxV.max()
        while j < V { m = max(m, row[j]); j += 1 }
        let mV = SIMD8<Float>(repeating: m)
        let targetLogit = row[target]
        var sumV = SIMD8<Float>()
        j = 0
        if gradScale != nil {
            while j + 8 <= V { let e = FastMath.exp(row.load8(j) - mV); row.store8(e, j); sumV += e; j += 8 }
        } else {
            while j + 8 <= V { sumV += FastMath.exp(row.load8(j) - mV); j += 8 }
        }
        var sum = sumV.sum()
        while j < V {
            let e = FastMath.exp(row[j] - m)
            if gradScale != nil { row[j] = e }
            sum += e
            j += 1
        }
        let loss = Float(log(Double(sum))) + m - targetLogit
        if let gradScale {
            let factor = SIMD8<Float>(repeating: gradScale / sum)
            j = 0
            while j + 8 <= V { row.store8(row.load8(j) * factor, j); j += 8 }
            while j < V { row[j] *= factor[0]; j += 1 }
            row[target] -= gradScale
        }
        return loss
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
