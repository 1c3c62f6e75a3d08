/// GELU with the tanh approximation (`approximate="tanh"` in PyTorch, GPT-2's activation):
/// `0.5 x (1 + tanh(sqrt(2/pi) (x + 0.044715 x^3)))`.
public enum GELU {
    static let scale: Float = 0.797_884_56  // sqrt(2 / pi)

    /// gelu'(x) lane-wise: `0.5 (1 + t) + 0.5 x (1 - t^2) sqrt(2/pi) (1 + 3 * 0.044715 x^2)` with
    /// `t = tanh(sqrt(2/pi) (x + 0.044715 x^3))`.
    @inline(__always)
    static func derivative(_ v: SIMD8<Float>) -> SIMD8<Float> {
        let square: SIMD8<Float> = v * v
        let cube: SIMD8<Float> = 0.044715 * square * v
        let t: SIMD8<Float> = FastMath.tanh(scale * (v + cube))
        let sech2: SIMD8<Float> = 1 - t * t
        let slope: SIMD8<Float> = scale * (1 + 0.134145 * square)
        return 0.5 * (1 + t) + 0.5 * v * sech2 * slope
    }

    /// gelu'(x) for one value (row tails).
    @inline(__always)
    static func derivative(_ v: Float) -> Float { derivative(SIMD8(repeating: v))[0] }

    /// `out = gelu(inp)`, elementwise over `count` values (`out` may equal `inp`).
    /// - Shapes: `inp`, `out` (count).
    public static func forward(out: FloatView, inp: FloatView, count: Int, context: ComputeContext) {
        let out = out.pointer(holding: count, "out"), inp = UnsafePointer(inp.pointer(holding: count, "inp"))
        Elementwise.forEachBlock(count: count, threads: context.threads) { range in
            let x = inp
            var i = range.lowerBound
            while i + 8 <= range.upperBound {
                let v: SIMD8<Float> = x.load8(i)
                let cube: SIMD8<Float> = 0.044715 * v * v * v
                let t: SIMD8<Float> = FastMath.tanh(scale * (v + cube))
                out.store8(0.5 * v * (1 + t), i)
                i += 8
            }
            while i < range.upperBound {
                let v = x[i]
                out[i] = 0.5 * v * (1 + FastMath.tanh(scale * (v + 0.044715 * v * v * v)))
                i += 1
            }
        }
    }

    /// `dinp += gelu'(inp) * dout`, elementwise.
    /// - Shapes: `dinp`, `inp`, `dout` (count).
    public static func backward(dinp: FloatView, inp: FloatView, dout: FloatView, count: Int, context: ComputeContext) {
        let dinp = dinp.pointer(holding: count, "dinp"), inp = UnsafePointer(inp.pointer(holding: count, "inp"))
        let dout = UnsafePointer(dout.pointer(holding: count, "dout"))
        Elementwise.forEachBlock(count: count, threads: context.threads) { range in
            let x = inp, g = dout
            var i = range.lowerBound
            while i + 8 <= range.upperBound {
                dinp.store8(dinp.load8(i).addingProduct(derivative(x.load8(i)), g.load8(i)), i)
                i += 8
            }
            while i < range.upperBound {
                dinp[i] += derivative(x[i]) * g[i]
                i += 1
            }
        }
    }

    /// `dout *= gelu'(inp)`, elementwise, in place (turns the gradient of the GELU output into
    /// the gradient of its input without another buffer).
    /// - Shapes: `dout`, `inp` (count).
    public static func backwardInPlace(dout: FloatView, inp: FloatView, count: Int, context: ComputeContext) {
        let dout = dout.pointer(holding: count, "dout"), inp = UnsafePointer(inp.pointer(holding: count, "inp"))
        Elementwise.forEachBlock(count: count, threads: context.threads) { range in
            let x = inp
            var i = range.lowerBound
            while i + 8 <= range.upperBound {
                dout.store8(dout.load8(i) * derivative(x.load8(i)), i)
                i += 8
            }
            while i < range.upperBound {
                dout[i] *= derivative(x[i])
                i += 1
            }
        }
    }
}
