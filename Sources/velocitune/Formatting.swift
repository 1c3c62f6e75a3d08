import ArgumentParser
import Common
import Foundation

/// Number formatting shared by the commands' tables.
enum Format {
    /// A loss or parameter with 4 significant decimals.
    static func loss(_ value: Double) -> String { value.isFinite ? String(format: "%.4f", value) : "n/a" }
    /// A value in [0, 1] (weights, velocities) with 3 decimals.
    static func share(_ value: Double) -> String { value.isFinite ? String(format: "%.3f", value) : "n/a" }
    /// A relative error as a percentage.
    static func percent(_ value: Double?) -> String {
        guard let value, value.isFinite else { return "n/a" }
        return String(format: "%.2f%%", 100 * value)
    }
    /// A number in compact scientific form (`1.23e+09`).
    static func scientific(_ value: Double) -> String { value.isFinite ? String(format: "%.4g", value) : "n/a" }
    /// A token count with a unit suffix (`1.5M`).
    static func tokens(_ value: Double) -> String { Units.count(value) }
    /// Seconds as `1h02m`, `3m05s` or `4.2s`.
    static func duration(_ seconds: Double) -> String { Units.duration(seconds) }
}

/// A token count on the command line: a number with an optional suffix k, M, G (or B), T.
struct TokenCount: ExpressibleByArgument, Sendable {
    var value: Double

    init?(argument: String) {
        guard let parsed = TokenCount.parse(argument) else { return nil }
        value = parsed
    }

    static func parse(_ text: String) -> Double? {
        var body = text.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "_", with: "")
        var scale = 1.0
        if let last = body.last, let factor = ["k": 1e3, "K": 1e3, "M": 1e6, "G": 1e9, "B": 1e9, "T": 1e12][last] {
            scale = factor
            body.removeLast()
        }
        guard let number = Double(body), number.isFinite, number > 0 else { return nil }
        return number * scale
    }

    static var defaultCompletionKind: CompletionKind { .default }
}
