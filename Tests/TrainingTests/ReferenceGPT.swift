import Foundation
import Training

/// A plain Double-precision GPT-2 forward pass, written independently of the kernels, for
/// finite-difference gradient checks of the whole model.
struct ReferenceGPT {
    let config: GPTConfig
    let layout: ParameterLayout

    init(config: GPTConfig) {
        self.config = config
        layout = ParameterLayout(config: config)
    }

    /// Mean cross-entropy of `tokens` (B rows of T + 1) under parameters `p`.
    func loss(_ p: [Double], tokens: [Int32], rows B: Int) -> Double {
        let T = tokens.count / B - 1, C = config.nEmbd, NH = config.nHead, hs = C / NH, V = config.vocabSize
        func tensor(_ name: String) -> ArraySlice<Double> {
            let t = layout.tensor(name)!
            return p[t.offset..<(t.offset + t.count)]
        }
        func layerNorm(_ x: [[Double]], _ prefix: String) -> [[Double]] {
            let w = Array(tensor(prefix + ".weight")), b = Array(tensor(prefix + ".bias"))
            return x.map { row in
                let mean = row.reduce(0, +) / Double(C)
                let variance = row.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(C)
                let rstd = 1 / (variance + 1e-5).squareRoot()
                return (0..<C).map { (row[$0] - mean) * rstd * w[$0] + b[$0] }
            }
        }
        func linear(_ x: [[Double]], _ prefix: String, out: Int) -> [[Double]] {
            let w = Array(tensor(prefix + ".weight")), b = Array(tensor(prefix + ".bias"))
            let inWidth = x[0].count
            return x.map { row -> [Double] in
                (0..<out).map { o -> Double in
                    var sum: Double = b[o]
                    for j in 0..<inWidth { sum += row[j] * w[o * inWidth + j] }
                    return sum
                }
            }
        }
        var total = 0.0
        let wte = Array(tensor("transformer.wte.weight")), wpe = Array(tensor("transformer.wpe.weight"))
        for b in 0..<B {
            let row = Array(tokens[(b * (T + 1))..<((b + 1) * (T + 1))])
            var x = (0..<T).map { t in (0..<C).map { wte[Int(row[t]) * C + $0] + wpe[t * C + $0] } }
            for l in 0..<config.nLayer {
                let prefix = "transformer.h.\(l)."
                let qkv = linear(layerNorm(x, prefix + "ln_1"), prefix + "attn.c_attn", out: 3 * C)
                var y = [[Double]](repeating: [Double](repeating: 0, count: C), count: T)
                for h in 0..<NH {
                    for t in 0..<T {
                        var scores = (0...t).map { u -> Double in
                            var dot = 0.0
                            for d in 0..<hs { dot += qkv[t][h * hs + d] * qkv[u][C + h * hs + d] }
                            return dot / Double(hs).squareRoot()
                        }
                        let m = scores.max()!
                        scores = scores.map { exp($0 - m) }
                        let sum = scores.reduce(0, +)
                        for d in 0..<hs {
                            var value = 0.0
                            for u in 0...t { value += scores[u] / sum * qkv[u][2 * C + h * hs + d] }
                            y[t][h * hs + d] = value
                        }
                    }
                }
                let attended = linear(y, prefix + "attn.c_proj", out: C)
                x = (0..<T).map { t in (0..<C).map { x[t][$0] + attended[t][$0] } }
                let hidden = linear(layerNorm(x, prefix + "ln_2"), prefix + "mlp.c_fc", out: 4 * C).map { row -> [Double] in
                    row.map { (v: Double) -> Double in
                        let inner: Double = (2 / Double.pi).squareRoot() * (v + 0.044715 * v * v * v)
                        return 0.5 * v * (1 + tanh(inner))
                    }
                }
                let mlp = linear(hidden, prefix + "mlp.c_proj", out: C)
                x = (0..<T).map { t in (0..<C).map { x[t][$0] + mlp[t][$0] } }
            }
            let final = layerNorm(x, "transformer.ln_f")
            for t in 0..<T {
                let logits = (0..<V).map { v -> Double in
                    var sum = 0.0
                    for j in 0..<C { sum += final[t][j] * wte[v * C + j] }
                    return sum
                }
                let m = logits.max()!
                let partition = logits.reduce(0.0) { $0 + exp($1 - m) }
                total += log(partition) + m - logits[Int(row[t + 1])]
            }
        }
        return total / Double(B * T)
    }
}
