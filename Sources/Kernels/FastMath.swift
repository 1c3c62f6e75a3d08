/// Vectorised `exp` and `tanh` for 8 floats at a time (Cephes-style, within 2 ulp of the
/// libm result over the range used; strict `Foundation.exp` does not vectorise).
public enum FastMath {
    /// `e^x` lane-wise. Inputs below -87.3 give (nearly) 0, above 88.7 are clamped.
    @inline(__always)
    public static func exp(_ input: SIMD8<Float>) -> SIMD8<Float> {
        let x = input.clamped(lowerBound: SIMD8(repeating: -87.3), upperBound: SIMD8(repeating: 88.7))
        // n = round(x / ln 2) with the 1.5 * 2^23 trick (exact for |n| < 2^22).
        let magic = SIMD8<Float>(repeating: 12_582_912)
        let n = (x * 1.442_695_04 + magic) - magic
        let r = x - n * 0.693_359_375 + n * 2.121_944_4e-4
        var p = SIMD8<Float>(repeating: 1.987_569_15e-4)
        p = p * r + 1.398_199_95e-3
        p = p * r + 8.333_451_9e-3
        p = p * r + 4.166_579_59e-2
        p = p * r + 1.666_666_55e-1
        p = p * r + 5.000_000_12e-1
        p = p * (r * r) + r + 1
        // 2^n built in the exponent bits.
        let bits = (SIMD8<Int32>(n, rounding: .towardZero) &+ 127) &<< 23
        return p * unsafeBitCast(bits, to: SIMD8<Float>.self)
    }

    /// `tanh(x)` lane-wise, as `1 - 2 / (e^(2x) + 1)`.
    @inline(__always)
    public static func tanh(_ x: SIMD8<Float>) -> SIMD8<Float> {
        1 - 2 / (exp(x + x) + 1)
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
