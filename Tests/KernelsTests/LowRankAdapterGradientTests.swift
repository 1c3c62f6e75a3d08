import Common
import Foundation
import Kernels
import Testing

/// The LoRA kernel against central finite differences of a float64 reference, as the other
/// kernels in `KernelGradientTests`.
extension KernelGradientTests {
    @Test func lowRankAdapter() {
        var rng = SplitMix64(seed: 31)
        // The adapted projection's output is columns 5..<16 of rows of 21 (a slice of a fused product).
        let N = 7, C = 13, OC = 11, r = 3, stride = 21, column = 5, scale: Float = 1.75
        let x = random(N * C, &rng), a = random(r * C, &rng), b = random(OC * r, &rng), base = random(N * stride, &rng)
        let g = random(N * stride, &rng)
        func reference(_ x: [Double], _ a: [Double], _ b: [Double]) -> [Double] {
            var out = base.map(Double.init)
            for n in 0..<N {
                let h = (0..<r).map { k in (0..<C).reduce(0.0) { $0 + x[n * C + $1] * a[k * C + $1] } }
                for o in 0..<OC { out[n * stride + column + o] += Double(scale) * (0..<r).reduce(0.0) { $0 + h[$1] * b[o * r + $1] } }
            }
            return out
        }
        let out = view(base), hidden = output(N * r)
        LowRankAdapter.forward(out: out, column: column, outStride: stride, inp: view(x), a: view(a), b: view(b), hidden: hidden, rows: N,
                               inChannels: C, outChannels: OC, rank: r, scale: scale, context: context)
        let (xd, ad, bd) = (x.map(Double.init), a.map(Double.init), b.map(Double.init))
        #expect(zip(out.toArray(), reference(xd, ad, bd)).allSatisfy { abs(Double($0) - $1) < 1e-4 })
        let dx = output(N * C), da = output(r * C), db = output(OC * r), dhidden = output(N * r)
        LowRankAdapter.backward(dinp: dx, da: da, db: db, dout: view(g), column: column, outStride: stride, inp: view(x), a: view(a), b: view(b),
                                hidden: hidden, dhidden: dhidden, rows: N, inChannels: C, outChannels: OC, rank: r, scale: scale, context: context)
        expectClose(dx.toArray(), numericGradient(x) { dot(reference($0, ad, bd), g) }, "dinp")
        expectClose(da.toArray(), numericGradient(a) { dot(reference(xd, $0, bd), g) }, "dA")
        expectClose(db.toArray(), numericGradient(b) { dot(reference(xd, ad, $0), g) }, "dB")
        // Merging adds scale * B A to the weight: W' x = W x + the adapter's update.
        let weight = output(OC * C)
        LowRankAdapter.merge(into: weight, a: view(a), b: view(b), inChannels: C, outChannels: OC, rank: r, scale: scale, context: context)
        let update = reference(xd, ad, bd)
        for n in 0..<N {
            for o in 0..<OC {
                let merged = (0..<C).reduce(0.0) { $0 + Double(weight[o * C + $1]) * xd[n * C + $1] }
                #expect(abs(merged - (update[n * stride + column + o] - Double(base[n * stride + column + o]))) < 1e-4)
            }
        }
    }
}
