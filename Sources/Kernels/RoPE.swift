import Common
import Foundation

/// Rotary position embedding in Hugging Face's "rotate halves" convention (Llama): within each
/// head of size `hd`, element `i < hd/2` pairs with element `i + hd/2`, rotated by the angle
/// `position * inverseFrequency[i]`:
/// `out[i] = x[i] cos - x[i + hd/2] sin`, `out[i + hd/2] = x[i + hd/2] cos + x[i] sin`.
public enum RoPE {
    /// Fills the cosine and sine tables for positions `0..<positions` as `transformers` computes
    /// them in float32: `inverseFrequency[i] = 1 / (theta^(2i / hd)) / linearScale` (the "linear"
    /// `rope_scaling` divides positions by its factor), `angle = float(position) * inverseFrequency[i]`.
    /// - Shapes: `cos`, `sin` (positions, hd / 2).
    public static func fillTables(cos: FloatView, sin: FloatView, positions: Int, headDim hd: Int, theta: Double, linearScale: Double = 1) {
        precondition(hd % 2 == 0, "the head size must be even for rotary embeddings")
        let half = hd / 2
        let cosTable = cos.pointer(holding: positions * half, "cos"), sinTable = sin.pointer(holding: positions * half, "sin")
        let inverse = (0..<half).map { i -> Float in
            let base = Float(1 / Foundation.pow(theta, Double(Float(2 * i) / Float(hd))))
            return linearScale == 1 ? base : base / Float(linearScale)
        }
        for p in 0..<positions {
            for i in 0..<half {
                let angle = Double(Float(p) * inverse[i])
                cosTable[p * half + i] = Float(Foundation.cos(angle))
                sinTable[p * half + i] = Float(Foundation.sin(angle))
            }
        }
    }

    /// Rotates, in place, the first `heads` heads of each row of `x`; row `r` is at position
    /// `r % T` (rows are B sequences of T positions). Heads past `heads` in a row are untouched.
    /// - Shapes: `x` (B*T, stride), the rotated heads in columns `0..<heads*hd`; `cos`, `sin`
    ///   (T or more, hd / 2).
    public static func forward(_ x: FloatView, cos: FloatView, sin: FloatView, rows N: Int, time T: Int, stride: Int, heads: Int, headDim hd: Int,
                               context: ComputeContext) {
        rotate(x, cos: cos, sin: sin, rows: N, time: T, stride: stride, heads: heads, headDim: hd, inverse: false, context: context)
    }

    /// The backward pass of `forward`, in place: turns the gradient of the rotated values into the
    /// gradient of the values before rotation (the rotation by the opposite angle).
    /// - Shapes: as `forward`: `dx` (B*T, stride); `cos`, `sin` (T or more, hd / 2).
    public static func backwardInPlace(_ dx: FloatView, cos: FloatView, sin: FloatView, rows N: Int, time T: Int, stride: Int, heads: Int,
                                       headDim hd: Int, context: ComputeContext) {
        rotate(dx, cos: cos, sin: sin, rows: N, time: T, stride: stride, heads: heads, headDim: hd, inverse: true, context: context)
    }

    /// Accumulates `dinp += R^T dout` (the gradient before rotation), leaving `dout` unchanged.
    /// - Shapes: `dinp`, `dout` (B*T, stride); `cos`, `sin` (T or more, hd / 2). Only the first
    ///   `heads * hd` columns of `dinp` change.
    public static func backward(dinp: FloatView, dout: FloatView, cos: FloatView, sin: FloatView, rows N: Int, time T: Int, stride: Int,
                                heads: Int, headDim hd: Int, context: ComputeContext) {
        let dinp = dinp.pointer(holding: N * stride, "dinp"), dout = UnsafePointer(dout.pointer(holding: N * stride, "dout"))
        let half = hd / 2
        let cosTable = UnsafePointer(cos.pointer(holding: T * half, "cos")), sinTable = UnsafePointer(sin.pointer(holding: T * half, "sin"))
        precondition(heads * hd <= stride, "\(heads) heads of \(hd) do not fit in rows of \(stride)")
        RowChunks(rows: N).forEach(threads: context.threads) { rows, _ in
            for r in rows {
                let c = cosTable + (r % T) * half, s = sinTable + (r % T) * half
                for h in 0..<heads {
                    let g = dout + r * stride + h * hd, d = dinp + r * stride + h * hd
                    for i in 0..<half {
                        let a = g[i], b = g[i + half]
                        d[i] += a * c[i] + b * s[i]
                        d[i + half] += b * c[i] - a * s[i]
                    }
                }
            }
        }
    }

    private static func rotate(_ x: FloatView, cos: FloatView, sin: FloatView, rows N: Int, time T: Int, stride: Int, heads: Int, headDim hd: Int,
                               inverse: Bool, context: ComputeContext) {
        precondition(hd % 2 == 0, "the head size must be even")
        precondition(heads * hd <= stride, "\(heads) heads of \(hd) do not fit in rows of \(stride)")
        let x = x.pointer(holding: N * stride, "x")
        let half = hd / 2
        let cosTable = UnsafePointer(cos.pointer(holding: T * half, "cos")), sinTable = UnsafePointer(sin.pointer(holding: T * half, "sin"))
        let sign: Float = inverse ? -1 : 1
        RowChunks(rows: N).forEach(threads: context.threads) { rows, _ in
            let signV = SIMD8<Float>(repeating: sign)
            for r in rows {
                let c = cosTable + (r % T) * half, s = sinTable + (r % T) * half
                for h in 0..<heads {
                    let lo = x + r * stride + h * hd, hi = lo + half
                    var i = 0
                    while i + 8 <= half {
                        let a = lo.load8(i), b = hi.load8(i), cv = c.load8(i), sv = s.load8(i) * signV
                        lo.store8(a * cv - b * sv, i)
                        hi.store8(b * cv + a * sv, i)
                        i += 8
                    }
                    while i < half {
                        let a = lo[i], b = hi[i], cv = c[i], sv = s[i] * sign
                        lo[i] = a * cv - b * sv
                        hi[i] = b * cv + a * sv
                        i += 1
                    }
                }
            }
        }
    }
}
