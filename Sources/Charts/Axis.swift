import Common
import Foundation

/// How values map onto an axis.
public enum AxisScale: Sendable {
    /// Evenly spaced values.
    case linear
    /// Evenly spaced powers of ten (values must be positive).
    case logarithmic
}

/// One axis: its label, scale and the value range it shows.
struct Axis {
    var label: String
    var scale: AxisScale
    var lower: Double
    var upper: Double

    /// Fits the range to `values`, padding a linear axis by 5% and widening empty ranges.
    init(label: String, scale: AxisScale, values: [Double], includeZero: Bool = false) {
        self.label = label
        self.scale = scale
        let usable = values.filter { $0.isFinite && (scale == .linear || $0 > 0) }
        var lo = usable.min() ?? (scale == .linear ? 0 : 1)
        var hi = usable.max() ?? (scale == .linear ? 1 : 10)
        if includeZero && scale == .linear { lo = min(lo, 0) }
        switch scale {
        case .linear:
            if hi - lo < 1e-12 * max(abs(hi), 1) { lo -= 0.5; hi += 0.5 }
            let pad = 0.05 * (hi - lo)
            lower = includeZero && lo == 0 ? 0 : lo - pad
            upper = hi + pad
        case .logarithmic:
            if hi / lo < 1.0001 { lo /= 2; hi *= 2 }
            lower = pow(10, floor(log10(lo) * 10) / 10)
            upper = pow(10, ceil(log10(hi) * 10) / 10)
        }
    }

    /// The position of `value` in [0, 1] along the axis.
    func fraction(_ value: Double) -> Double {
        switch scale {
        case .linear: return (value - lower) / (upper - lower)
        case .logarithmic: return (log10(value) - log10(lower)) / (log10(upper) - log10(lower))
        }
    }

    /// Tick values with labels: "nice" steps for linear axes, powers of ten (or 1-2-5 within a
    /// decade when the range is narrow) for logarithmic ones.
    func ticks() -> [(value: Double, label: String)] {
        switch scale {
        case .linear:
            let step = Self.niceStep((upper - lower) / 5)
            var value = (lower / step).rounded(.up) * step
            var ticks: [(Double, String)] = []
            while value <= upper + 1e-9 * step {
                ticks.append((value, Self.format(value, step: step)))
                value += step
            }
            return ticks
        case .logarithmic:
            let first = Int(floor(log10(lower))), last = Int(ceil(log10(upper)))
            let multipliers: [Double] = last - first <= 2 ? [1, 2, 5] : [1]
            var ticks: [(Double, String)] = []
            for exponent in first...last {
                for m in multipliers {
                    let value = m * pow(10, Double(exponent))
                    if value >= lower * 0.999 && value <= upper * 1.001 {
                        ticks.append((value, Self.formatCompact(value)))
                    }
                }
            }
            return ticks
        }
    }

    static func niceStep(_ raw: Double) -> Double {
        guard raw > 0, raw.isFinite else { return 1 }
        let magnitude = pow(10, floor(log10(raw)))
        let normalized = raw / magnitude
        let nice: Double = normalized < 1.5 ? 1 : normalized < 3 ? 2 : normalized < 7 ? 5 : 10
        return nice * magnitude
    }

    static func format(_ value: Double, step: Double) -> String {
        let decimals = max(0, -Int(floor(log10(step))))
        if abs(value) >= 1e5 { return formatCompact(value) }
        return String(format: "%.\(decimals)f", abs(value) < step * 1e-9 ? 0 : value)
    }

    /// 1500 -> "1.5k", 2e6 -> "2M", 3e9 -> "3G".
    static func formatCompact(_ value: Double) -> String { Units.count(value) }
}
