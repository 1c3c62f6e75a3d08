/// Vectorised `exp` and `tanh` for 8 floats at a time (Cephes-style, within 2 ulp of the
/// libm result over the range used; strict `Foundation.exp` does not vectorise).
public enum FastMath {
    /// `e^x` lane-wise. Inputs are clamped to [-87.3, 88]: below, the result is (nearly) 0.
    @inline(__always)
    public static func exp(_ input: SIMD8<Float>) -> SIMD8<Float> {
        let x = clamp(input, SIMD8(repeating: -87.3), SIMD8(repeating: 88))
        // t = x / ln 2 + 1.5 * 2^23 rounds x / ln 2 to an integer n held in t's low mantissa bits
        // (exact for |n| < 2^22); n = t - 1.5 * 2^23 as a float, and t's bit pattern minus that
        // of 1.5 * 2^23 is n as an integer, with no per-lane float-to-int conversion.
        let magic = SIMD8<Float>(repeating: 12_582_912)
        let t = x * 1.442_695_04 + magic
        let n = t - magic
        let r = x - n * 0.693_359_375 + n * 2.121_944_4e-4
        var p = SIMD8<Float>(repeating: 1.987_569_15e-4)
        p = p * r + 1.398_199_95e-3
        p = p * r + 8.333_451_9e-3
        p = p * r + 4.166_579_59e-2
        p = p * r + 1.666_666_55e-1
        p = p * r + 5.000_000_12e-1
        p = p * (r * r) + r + 1
        // 2^n assembled in the exponent field: (n + 127) << 23.
        let integerN = unsafeBitCast(t, to: SIMD8<Int32>.self) &- 0x4B40_0000
        let bits = (integerN &+ 127) &<< 23
        return p * unsafeBitCast(bits, to: SIMD8<Float>.self)
    }

    /// `tanh(x)` lane-wise, as `1 - 2 / (e^(2x) + 1)`.
    @inline(__always)
    public static func tanh(_ x: SIMD8<Float>) -> SIMD8<Float> {
        1 - 2 / (exp(x + x) + 1)
    }

    /// Lane-wise maximum (one `vmaxps`; the standard library's `pointwiseMax` is a scalar loop
    /// with IEEE NaN rules, 5% of a training step). NaN handling is unspecified.
    @inline(__always)
    public static func max(_ a: SIMD8<Float>, _ b: SIMD8<Float>) -> SIMD8<Float> { a.replacing(with: b, where: a .< b) }

    /// Lane-wise minimum (one `vminps`). NaN handling is unspecified.
    @inline(__always)
    public static func min(_ a: SIMD8<Float>, _ b: SIMD8<Float>) -> SIMD8<Float> { a.replacing(with: b, where: b .< a) }

    /// Lane-wise clamp to [lower, upper].
    @inline(__always)
    public static func clamp(_ x: SIMD8<Float>, _ lower: SIMD8<Float>, _ upper: SIMD8<Float>) -> SIMD8<Float> {
        min(max(x, lower), upper)
    }

    /// Scalar `e^x` with the same polynomial (for tails of rows).
    @inline(__always)
    public static func exp(_ x: Float) -> Float { exp(SIMD8(repeating: x))[0] }

    /// Scalar `tanh(x)` with the same formula.
    @inline(__always)
    public static func tanh(_ x: Float) -> Float { tanh(SIMD8(repeating: x))[0] }
}

/// Unaligned SIMD loads and stores on float pointers.
extension UnsafeMutablePointer where Pointee == Float {
    /// Eight floats starting at `self + offset`.
    @inline(__always)
    public func load8(_ offset: Int) -> SIMD8<Float> {
        UnsafeRawPointer(self + offset).loadUnaligned(as: SIMD8<Float>.self)
    }

    /// Stores eight floats at `self + offset`.
    @inline(__always)
    public func store8(_ value: SIMD8<Float>, _ offset: Int) {
        UnsafeMutableRawPointer(self + offset).storeBytes(of: value, as: SIMD8<Float>.self)
    }
}

extension UnsafePointer where Pointee == Float {
    /// Eight floats starting at `self + offset`.
    @inline(__always)
    public func load8(_ offset: Int) -> SIMD8<Float> {
        UnsafeRawPointer(self + offset).loadUnaligned(as: SIMD8<Float>.self)
    }
}
