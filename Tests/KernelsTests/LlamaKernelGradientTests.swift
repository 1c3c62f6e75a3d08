import Common
import Foundation
import Kernels
import Testing

/// The Llama-family kernels against central finite differences of float64 references, as the
/// GPT-2 kernels in `KernelGradientTests`.
extension KernelGradientTests {
    @Test func rmsNorm() {
        var rng = SplitMix64(seed: 21)
        let N = 5, C = 19, eps = 1e-5
        let x = random(N * C, &rng), w = random(C, &rng), g = random(N * C, &rng)
        func reference(_ x: [Double], _ w: [Double]) -> [Double] {
            var out = [Double](repeating: 0, count: N * C)
            for r in 0..<N {
                let meanSquare = (0..<C).reduce(0) { $0 + x[r * C + $1] * x[r * C + $1] } / Double(C)
                let rstd = 1 / (meanSquare + eps).squareRoot()
                for j in 0..<C { out[r * C + j] = x[r * C + j] * rstd * w[j] }
            }
            return out
        }
        let out = output(N * C), rstd = output(N), dxv = output(N * C), dwv = output(C)
        RMSNorm.forward(out: out, rstd: rstd, inp: view(x), weight: view(w), rows: N, channels: C, epsilon: Float(eps), context: context)
        let xd = x.map(Double.init), wd = w.map(Double.init)
        #expect(zip(out.toArray(), reference(xd, wd)).allSatisfy { abs(Double($0) - $1) < 1e-5 })
        RMSNorm.backward(dinp: dxv, dweight: dwv, dout: view(g), inp: view(x), weight: view(w), rstd: rstd, rows: N, channels: C, context: context)
        expectClose(dxv.toArray(), numericGradient(x) { dot(reference($0, wd), g) }, "dinp")
        expectClose(dwv.toArray(), numericGradient(w) { dot(reference(xd, $0), g) }, "dweight")
        // Accumulates, and computes the weight gradient alone when asked.
        let dwOnly = output(C)
        RMSNorm.backward(dinp: nil, dweight: dwOnly, dout: view(g), inp: view(x), weight: view(w), rstd: rstd, rows: N, channels: C, context: context)
        #expect(dwOnly.toArray() == dwv.toArray())
    }

    @Test func rope() {
        var rng = SplitMix64(seed: 22)
        // Two positions' worth of rows per sequence, 3 rotated heads of 20 (tails past SIMD8)
        // and an untouched trailing head, as q and k lead a fused qkv row.
        let B = 2, T = 3, heads = 3, hd = 20, stride = 4 * hd, N = B * T, theta = 500.0, scaling = 2.0
        let x = random(N * stride, &rng), g = random(N * stride, &rng)
        func reference(_ x: [Double]) -> [Double] {
            var out = x
            for r in 0..<N {
                let position = Double(r % T) / scaling
                for h in 0..<heads {
                    for i in 0..<(hd / 2) {
                        let angle = position / Foundation.pow(theta, Double(2 * i) / Double(hd))
                        let a = x[r * stride + h * hd + i], b = x[r * stride + h * hd + i + hd / 2]
                        out[r * stride + h * hd + i] = a * Foundation.cos(angle) - b * Foundation.sin(angle)
                        out[r * stride + h * hd + i + hd / 2] = b * Foundation.cos(angle) + a * Foundation.sin(angle)
                    }
                }
            }
            return out
        }
        let cos = output(T * hd / 2), sin = output(T * hd / 2)
        RoPE.fillTables(cos: cos, sin: sin, positions: T, headDim: hd, theta: theta, linearScale: scaling)
        let rotated = view(x)
        RoPE.forward(rotated, cos: cos, sin: sin, rows: N, time: T, stride: stride, heads: heads, headDim: hd, context: context)
        #expect(zip(rotated.toArray(), reference(x.map(Double.init))).allSatisfy { abs(Double($0) - $1) < 1e-5 })
        let dx = output(N * stride)
        RoPE.backward(dinp: dx, dout: view(g), cos: cos, sin: sin, rows: N, time: T, stride: stride, heads: heads, headDim: hd, context: context)
        // The untouched head passes no gradient through this kernel (the caller owns it).
        let numeric = numericGradient(x) { dot(reference($0), g) }
        let rotatedColumns = (0..<(N * stride)).filter { $0 % stride < heads * hd }
        expectClose(rotatedColumns.map { dx[$0] }, rotatedColumns.map { numeric[$0] }, "dinp")
        let inPlace = view(g)
        RoPE.backwardInPlace(inPlace, cos: cos, sin: sin, rows: N, time: T, stride: stride, heads: heads, headDim: hd, context: context)
        #expect(rotatedColumns.allSatisfy { abs(inPlace[$0] - dx[$0]) < 1e-6 })
        #expect((0..<(N * stride)).filter { $0 % stride >= heads * hd }.allSatisfy { inPlace[$0] == g[$0] })
    }

    @Test func swiGLU() {
        var rng = SplitMix64(seed: 23)
        let N = 3, F = 11
        let x = random(N * 2 * F, &rng, scale: 2), g = random(N * F, &rng)
        func reference(_ x: [Double]) -> [Double] {
            (0..<(N * F)).map { i in
                let r = i / F, j = i % F, gate = x[r * 2 * F + j]
                return gate / (1 + Foundation.exp(-gate)) * x[r * 2 * F + F + j]
            }
        }
        let out = output(N * F)
        SwiGLU.forward(out: out, gateUp: view(x), rows: N, width: F, context: context)
        #expect(zip(out.toArray(), reference(x.map(Double.init))).allSatisfy { abs(Double($0) - $1) < 1e-5 })
        let dx = output(N * 2 * F)
        SwiGLU.backward(dgateUp: dx, dout: view(g), gateUp: view(x), rows: N, width: F, context: context)
        expectClose(dx.toArray(), numericGradient(x) { dot(reference($0), g) }, "dgateUp")
    }

    @Test func groupedQueryAttention() {
        var rng = SplitMix64(seed: 24)
        let B = 2, T = 5, NH = 4, NKV = 2, hd = 3, W = (NH + 2 * NKV) * hd, C = NH * hd, group = NH / NKV
        let qkv = random(B * T * W, &rng), g = random(B * T * C, &rng)
        func reference(_ qkv: [Double]) -> [Double] {
            var out = [Double](repeating: 0, count: B * T * C)
            for b in 0..<B {
                for h in 0..<NH {
                    let kv = h / group
                    for t in 0..<T {
                        let q = (0..<hd).map { qkv[(b * T + t) * W + h * hd + $0] }
                        var scores = (0...t).map { u -> Double in
                            (0..<hd).reduce(0) { $0 + q[$1] * qkv[(b * T + u) * W + C + kv * hd + $1] } / Double(hd).squareRoot()
                        }
                        let m = scores.max()!
                        scores = scores.map { Foundation.exp($0 - m) }
                        let total = scores.reduce(0, +)
                        for d in 0..<hd {
                            out[(b * T + t) * C + h * hd + d] = (0...t).reduce(0) {
                                $0 + scores[$1] / total * qkv[(b * T + $1) * W + C + NKV * hd + kv * hd + d]
                            }
                        }
                    }
                }
            }
            return out
        }
        let out = output(B * T * C), att = output(B * NH * T * T)
        GroupedQueryAttention.forward(out: out, att: att, qkv: view(qkv), batch: B, time: T, heads: NH, kvHeads: NKV, headDim: hd, context: context)
        #expect(zip(out.toArray(), reference(qkv.map(Double.init))).allSatisfy { abs(Double($0) - $1) < 1e-5 })
        let dqkv = output(B * T * W)
        let scratch = output(GroupedQueryAttention.scratchCount(batch: B, time: T, kvHeads: NKV, threads: context.threads))
        GroupedQueryAttention.backward(dqkv: dqkv, dout: view(g), qkv: view(qkv), att: att, scratch: scratch, batch: B, time: T, heads: NH,
                                       kvHeads: NKV, headDim: hd, context: context)
        expectClose(dqkv.toArray(), numericGradient(qkv) { dot(reference($0), g) }, "dqkv")
    }

    @Test func tokenEmbedding() {
        var rng = SplitMix64(seed: 25)
        let N = 6, C = 10, V = 4
        let tokens: [Int32] = [1, 3, 1, 0, 1, 2]
        let weight = random(V * C, &rng), g = random(N * C, &rng)
        let out = output(N * C)
        TokenEmbedding.forward(out: out, tokens: tokens, weight: view(weight), rows: N, channels: C, context: context)
        #expect(out[4 * C + 2] == weight[1 * C + 2])
        let dweight = output(V * C)
        TokenEmbedding.backward(dweight: dweight, dout: view(g), tokens: tokens, rows: N, channels: C)
        for j in 0..<C { #expect(abs(dweight[C + j] - (g[j] + g[2 * C + j] + g[4 * C + j])) < 1e-6) }
    }
}
