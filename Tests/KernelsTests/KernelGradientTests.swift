import Common
import Foundation
import Kernels
import Testing

/// Each backward kernel against central finite differences (h = 1e-6, in Double) of a Double
/// reference forward, for the scalar objective `sum(out * g)` with random `g`.
@Suite struct KernelGradientTests {
    let context = ComputeContext(threads: 2)

    func random(_ count: Int, _ rng: inout SplitMix64, scale: Double = 1) -> [Float] {
        (0..<count).map { _ in Float(rng.nextGaussian() * scale) }
    }

    /// Finite-difference gradient of `objective` with respect to `x` (evaluated in Double).
    func numericGradient(_ x: [Float], _ objective: ([Double]) -> Double) -> [Double] {
        var point = x.map(Double.init)
        return x.indices.map { i in
            let saved = point[i], h = 1e-6 * max(1, abs(saved))
            point[i] = saved + h
            let plus = objective(point)
            point[i] = saved - h
            let minus = objective(point)
            point[i] = saved
            return (plus - minus) / (2 * h)
        }
    }

    func expectClose(_ analytic: [Float], _ numeric: [Double], _ what: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(analytic.count == numeric.count, sourceLocation: sourceLocation)
        let scale = max(numeric.map(abs).max() ?? 1, 1e-3)
        let worst = zip(analytic, numeric).map { abs(Double($0) - $1) }.max() ?? 0
        #expect(worst <= 2e-4 * scale, "\(what): worst |analytic - numeric| = \(worst) (scale \(scale))", sourceLocation: sourceLocation)
    }

    func dot(_ a: [Double], _ g: [Float]) -> Double { zip(a, g).reduce(0) { $0 + $1.0 * Double($1.1) } }

    /// `values` as a kernel input.
    func view(_ values: [Float]) -> FloatView { FloatBuffer(values).all }
    /// A zeroed kernel output of `count` floats.
    func output(_ count: Int) -> FloatView { FloatBuffer(count: count).all }

    @Test func layerNorm() {
        var rng = SplitMix64(seed: 1)
        let N = 5, C = 19
        let x = random(N * C, &rng), w = random(C, &rng), b = random(C, &rng), g = random(N * C, &rng)
        func reference(_ x: [Double], _ w: [Double], _ b: [Double]) -> [Double] {
            var out = [Double](repeating: 0, count: N * C)
            for r in 0..<N {
                let row = x[(r * C)..<((r + 1) * C)]
                let mean = row.reduce(0, +) / Double(C)
                let variance = row.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(C)
                let rstd = 1 / (variance + 1e-5).squareRoot()
                for j in 0..<C { out[r * C + j] = (x[r * C + j] - mean) * rstd * w[j] + b[j] }
            }
            return out
        }
        let out = output(N * C), mean = output(N), rstd = output(N), dxv = output(N * C), dwv = output(C), dbv = output(C)
        LayerNorm.forward(out: out, mean: mean, rstd: rstd, inp: view(x), weight: view(w), bias: view(b), rows: N, channels: C, context: context)
        let expected = reference(x.map(Double.init), w.map(Double.init), b.map(Double.init))
        #expect(zip(out.toArray(), expected).allSatisfy { abs(Double($0) - $1) < 1e-5 })
        LayerNorm.backward(dinp: dxv, dweight: dwv, dbias: dbv, dout: view(g), inp: view(x), weight: view(w), mean: mean, rstd: rstd, rows: N,
                           channels: C, context: context)
        let dx = dxv.toArray(), dw = dwv.toArray(), db = dbv.toArray()
        let wd = w.map(Double.init), bd = b.map(Double.init), xd = x.map(Double.init)
        expectClose(dx, numericGradient(x) { dot(reference($0, wd, bd), g) }, "dinp")
        expectClose(dw, numericGradient(w) { dot(reference(xd, $0, bd), g) }, "dweight")
        expectClose(db, numericGradient(b) { dot(reference(xd, wd, $0), g) }, "dbias")
    }

    @Test func linear() {
        var rng = SplitMix64(seed: 2)
        let N = 7, C = 13, OC = 11
        let x = random(N * C, &rng), w = random(OC * C, &rng), b = random(OC, &rng), g = random(N * OC, &rng)
        func reference(_ x: [Double], _ w: [Double], _ b: [Double]) -> [Double] {
            (0..<(N * OC)).map { i in
                let r = i / OC, o = i % OC
                return b[o] + (0..<C).reduce(0) { $0 + x[r * C + $1] * w[o * C + $1] }
            }
        }
        let out = output(N * OC)
        Linear.forward(out: out, inp: view(x), weight: view(w), bias: view(b), rows: N, inChannels: C, outChannels: OC, context: context)
        #expect(zip(out.toArray(), reference(x.map(Double.init), w.map(Double.init), b.map(Double.init))).allSatisfy { abs(Double($0) - $1) < 1e-4 })
        let dxv = output(N * C), dwv = output(OC * C), dbv = output(OC)
        Linear.backward(dinp: dxv, dweight: dwv, dbias: dbv, dout: view(g), inp: view(x), weight: view(w), rows: N, inChannels: C, outChannels: OC,
                        context: context)
        let dx = dxv.toArray(), dw = dwv.toArray(), db = dbv.toArray()
        let xd = x.map(Double.init), wd = w.map(Double.init), bd = b.map(Double.init)
        expectClose(dx, numericGradient(x) { dot(reference($0, wd, bd), g) }, "dinp")
        expectClose(dw, numericGradient(w) { dot(reference(xd, $0, bd), g) }, "dweight")
        expectClose(db, numericGradient(b) { dot(reference(xd, wd, $0), g) }, "dbias")
    }

    @Test func gelu() {
        var rng = SplitMix64(seed: 3)
        let n = 37
        let x = random(n, &rng, scale: 2), g = random(n, &rng)
        func reference(_ x: [Double]) -> [Double] {
            x.map { 0.5 * $0 * (1 + Foundation.tanh((2 / Double.pi).squareRoot() * ($0 + 0.044715 * $0 * $0 * $0))) }
        }
        let out = output(n)
        GELU.forward(out: out, inp: view(x), count: n, context: context)
        #expect(zip(out.toArray(), reference(x.map(Double.init))).allSatisfy { abs(Double($0) - $1) < 1e-5 })
        let dx = output(n)
        GELU.backward(dinp: dx, inp: view(x), dout: view(g), count: n, context: context)
        expectClose(dx.toArray(), numericGradient(x) { dot(reference($0), g) }, "dinp")
        let inPlace = view(g)
        GELU.backwardInPlace(dout: inPlace, inp: view(x), count: n, context: context)
        #expect(inPlace.toArray() == dx.toArray())
    }

    @Test func attention() {
        var rng = SplitMix64(seed: 4)
        let B = 2, T = 5, C = 8, NH = 2, hs = C / NH
        let qkv = random(B * T * 3 * C, &rng), g = random(B * T * C, &rng)
        func reference(_ qkv: [Double]) -> [Double] {
            var out = [Double](repeating: 0, count: B * T * C)
            for b in 0..<B {
                for h in 0..<NH {
                    for t in 0..<T {
                        let q = (0..<hs).map { qkv[b * T * 3 * C + t * 3 * C + h * hs + $0] }
                        var scores = (0...t).map { u -> Double in
                            (0..<hs).reduce(0) { $0 + q[$1] * qkv[b * T * 3 * C + u * 3 * C + C + h * hs + $1] } / Double(hs).squareRoot()
                        }
                        let m = scores.max()!
                        scores = scores.map { Foundation.exp($0 - m) }
                        let total = scores.reduce(0, +)
                        for d in 0..<hs {
                            out[b * T * C + t * C + h * hs + d] = (0...t).reduce(0) {
                                $0 + scores[$1] / total * qkv[b * T * 3 * C + $1 * 3 * C + 2 * C + h * hs + d]
                            }
                        }
                    }
                }
            }
            return out
        }
        let out = output(B * T * C), att = output(B * NH * T * T)
        Attention.forward(out: out, att: att, qkv: view(qkv), batch: B, time: T, channels: C, heads: NH, context: context)
        #expect(zip(out.toArray(), reference(qkv.map(Double.init))).allSatisfy { abs(Double($0) - $1) < 1e-5 })
        let dqkv = output(B * T * 3 * C), scratch = output(2 * T * T)
        Attention.backward(dqkv: dqkv, dout: view(g), qkv: view(qkv), att: att, scratch: scratch, batch: B, time: T, channels: C, heads: NH,
                           context: context)
        expectClose(dqkv.toArray(), numericGradient(qkv) { dot(reference($0), g) }, "dqkv")
    }

    @Test func embedding() {
        var rng = SplitMix64(seed: 5)
        let B = 2, T = 3, C = 10, V = 4
        let tokens: [Int32] = [1, 3, 1, 0, 1, 2]
        let wte = random(V * C, &rng), wpe = random(T * C, &rng), g = random(B * T * C, &rng)
        let out = output(B * T * C)
        Embedding.forward(out: out, tokens: tokens, wte: view(wte), wpe: view(wpe), batch: B, time: T, channels: C, context: context)
        #expect(out[4 * C + 2] == wte[1 * C + 2] + wpe[1 * C + 2])
        let dwte = output(V * C), dwpe = output(T * C)
        Embedding.backward(dwte: dwte, dwpe: dwpe, dout: view(g), tokens: tokens, batch: B, time: T, channels: C)
        // Token 1 appears at rows 0, 2 and 4: its gradient is the sum of theirs.
        for j in 0..<C {
            #expect(abs(dwte[C + j] - (g[j] + g[2 * C + j] + g[4 * C + j])) < 1e-6)
            #expect(abs(dwpe[j] - (g[j] + g[3 * C + j])) < 1e-6)
        }
    }

    @Test func classifierLossAndGradients() {
        var rng = SplitMix64(seed: 6)
        let N = 6, C = 9, V = 23
        let x = random(N * C, &rng), wte = random(V * C, &rng)
        let targets: [Int32] = [0, 5, 22, 7, 7, 13]
        func reference(_ x: [Double], _ wte: [Double]) -> Double {
            var total = 0.0
            for r in 0..<N {
                let logits = (0..<V).map { v in (0..<C).reduce(0) { $0 + x[r * C + $1] * wte[v * C + $1] } }
                let m = logits.max()!
                total += Foundation.log(logits.reduce(0) { $0 + Foundation.exp($1 - m) }) + m - logits[Int(targets[r])]
            }
            return total / Double(N)
        }
        let losses = output(N), dx = output(N * C), dwte = output(V * C)
        Classifier.run(x: view(x), wte: view(wte), targets: targets, rows: N, channels: C, vocabulary: V, losses: losses, gradScale: 1 / Float(N),
                       dx: dx, dwte: dwte, scratch: output(4 * V), chunkRows: 4, context: context)
        let xd = x.map(Double.init), wd = wte.map(Double.init)
        #expect(abs(Double(losses.toArray().reduce(0, +)) / Double(N) - reference(xd, wd)) < 1e-5)
        expectClose(dx.toArray(), numericGradient(x) { reference($0, wd) }, "dx")
        expectClose(dwte.toArray(), numericGradient(wte) { reference(xd, $0) }, "dwte")
    }

    @Test func fastMathMatchesLibm() {
        var worstExp = 0.0, worstTanh = 0.0
        for i in 0..<20_000 {
            let x = Float(-80 + 160 * Double(i) / 20_000)
            worstExp = max(worstExp, abs(Double(FastMath.exp(x)) / Foundation.exp(Double(x)) - 1))
            let y = Float(-10 + 20 * Double(i) / 20_000)
            worstTanh = max(worstTanh, abs(Double(FastMath.tanh(y)) - Foundation.tanh(Double(y))))
        }
        #expect(worstExp < 3e-7, "exp relative error \(worstExp)")
        #expect(worstTanh < 3e-7, "tanh absolute error \(worstTanh)")
    }
}
