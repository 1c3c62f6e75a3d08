import Foundation

/// The mean and sample standard deviation of a measure over seeds.
public struct SampleSummary: Sendable, Equatable {
    /// The number of values.
    public var count: Int
    /// Their mean.
    public var mean: Double
    /// Their sample standard deviation (n - 1 in the denominator; 0 for one value).
    public var standardDeviation: Double

    /// Summarises `values` (non-finite values are left out).
    public init(_ values: [Double]) {
        let finite = values.filter(\.isFinite)
        count = finite.count
        mean = finite.isEmpty ? .nan : finite.reduce(0, +) / Double(finite.count)
        let m = mean
        standardDeviation = finite.count < 2 ? 0 : (finite.map { ($0 - m) * ($0 - m) }.reduce(0, +) / Double(finite.count - 1)).squareRoot()
    }
}

/// The mean of paired differences (a policy minus the reference, seed by seed) with its 95%
/// Student-t interval.
public struct PairedDifference: Sendable, Equatable {
    /// The differences' summary.
    public var summary: SampleSummary
    /// The interval's bounds (nil with fewer than two pairs).
    public var lower: Double?, upper: Double?

    /// The difference of `values` from `reference`, pair by pair (non-finite pairs are left out).
    public init(_ values: [Double], minus reference: [Double]) {
        summary = SampleSummary(zip(values, reference).map { $0 - $1 })
        guard summary.count >= 2 else { return }
        let half = StudentT.quantile(0.975, degreesOfFreedom: Double(summary.count - 1))
            * summary.standardDeviation / Double(summary.count).squareRoot()
        lower = summary.mean - half
        upper = summary.mean + half
    }

    /// Whether the interval excludes 0 (nil without an interval).
    public var isSignificant: Bool? {
        guard let lower, let upper else { return nil }
        return lower > 0 || upper < 0
    }
}

/// Student's t distribution.
public enum StudentT {
    /// The cumulative distribution function at `t` for `degreesOfFreedom` > 0.
    public static func cdf(_ t: Double, degreesOfFreedom nu: Double) -> Double {
        let tail = 0.5 * regularizedIncompleteBeta(nu / (nu + t * t), a: nu / 2, b: 0.5)
        return t >= 0 ? 1 - tail : tail
    }

    /// The quantile at `probability` in (0, 1), by bisection on the CDF to 1e-12.
    public static func quantile(_ probability: Double, degreesOfFreedom nu: Double) -> Double {
        precondition(probability > 0 && probability < 1 && nu > 0)
        if probability < 0.5 { return -quantile(1 - probability, degreesOfFreedom: nu) }
        var low = 0.0, high = 1.0
        while cdf(high, degreesOfFreedom: nu) < probability { high *= 2 }
        while high - low > 1e-12 * max(1, high) {
            let mid = (low + high) / 2
            if cdf(mid, degreesOfFreedom: nu) < probability { low = mid } else { high = mid }
        }
        return (low + high) / 2
    }

    /// I_x(a, b), by the continued fraction (modified Lentz), using the symmetry
    /// I_x(a, b) = 1 - I_{1-x}(b, a) where the fraction converges slowly.
    static func regularizedIncompleteBeta(_ x: Double, a: Double, b: Double) -> Double {
        if x <= 0 { return 0 }
        if x >= 1 { return 1 }
        if x > (a + 1) / (a + b + 2) { return 1 - regularizedIncompleteBeta(1 - x, a: b, b: a) }
        let logBeta: Double = lgamma(a + b) - lgamma(a) - lgamma(b)
        let logFront: Double = logBeta + a * log(x) + b * log(1 - x)
        let tiny = 1e-300
        var c = 1.0, d = 1 - (a + b) * x / (a + 1)
        d = 1 / (abs(d) < tiny ? tiny : d)
        var fraction = d
        for m in 1...300 {
            let m = Double(m)
            let even: Double = m * (b - m) * x / ((a + 2 * m - 1) * (a + 2 * m))
            let odd: Double = -(a + m) * (a + b + m) * x / ((a + 2 * m) * (a + 2 * m + 1))
            for numerator in [even, odd] {
                d = 1 + numerator * d
                d = 1 / (abs(d) < tiny ? tiny : d)
                c = 1 + numerator / c
                if abs(c) < tiny { c = tiny }
                fraction *= c * d
            }
            if abs(c * d - 1) < 1e-15 { break }
        }
        return exp(logFront) * fraction / a
    }
}
