import Foundation

/// Human-readable quantities, shared by every table, chart and progress line.
public enum Units {
    /// A count with a unit suffix: 950, 1.5k, 3M, 2.5G, 1T.
    public static func count(_ value: Double) -> String {
        guard value.isFinite else { return "n/a" }
        for (size, suffix) in [(1e12, "T"), (1e9, "G"), (1e6, "M"), (1e3, "k")] where abs(value) >= size {
            let scaled = value / size
            return (scaled == scaled.rounded() ? String(Int(scaled)) : String(format: "%.3g", scaled)) + suffix
        }
        return value == value.rounded() ? String(Int(value)) : String(format: "%.3g", value)
    }

    /// Seconds as `1h02m`, `3m05s` or `4.2s`.
    public static func duration(_ seconds: Double) -> String {
        guard seconds.isFinite, seconds >= 0 else { return "n/a" }
        if seconds >= 3600 { return String(format: "%dh%02dm", Int(seconds) / 3600, (Int(seconds) % 3600) / 60) }
        if seconds >= 60 { return String(format: "%dm%02ds", Int(seconds) / 60, Int(seconds) % 60) }
        return String(format: "%.1fs", seconds)
    }

    /// Bytes as `12.3 MB` or `4.5 kB`.
    public static func bytes(_ count: Int) -> String {
        count >= 1_000_000 ? String(format: "%.1f MB", Double(count) / 1e6) : String(format: "%.1f kB", Double(count) / 1e3)
    }
}
