import Artifacts
import Common
import Foundation

/// The scaling-law check: per domain, the predicted target against the loss the experiment's
/// static run actually reached at the budget, the relative error, and whether the target's
/// interval holds the reached loss.
public struct TargetCheck: Sendable {
    /// One domain's row.
    public struct Row: Sendable {
        /// Domain name.
        public var domain: String
        /// The predicted target.
        public var predicted: Double
        /// The loss the reference run reached.
        public var reached: Double
        /// The target's interval, when it has one.
        public var interval: (lower: Double, upper: Double)?

        /// `(predicted - reached) / reached`.
        public var relativeError: Double { (predicted - reached) / reached }
        /// Whether the interval holds the reached loss (nil without an interval).
        public var intervalHolds: Bool? { interval.map { $0.lower <= reached && reached <= $0.upper } }
    }

    /// The run the targets are checked against.
    public var reference: String
    /// One row per domain with a target.
    public var rows: [Row]

    /// The check of `targets` against the first complete static run of `runs`; nil when there is none.
    public init?(targets: TargetsFile, runs: [RunRecord]) {
        guard let reference = runs.first(where: { $0.policy == "static" && $0.isComplete }) else { return nil }
        self.reference = reference.displayName
        rows = targets.domains.compactMap { d in
            guard let index = reference.domains.firstIndex(of: d.name) else { return nil }
            return Row(domain: d.name, predicted: d.lTarget, reached: reference.finalLoss[index],
                       interval: d.interval.map { ($0.lower, $0.upper) })
        }
    }

    /// The check as aligned text.
    public func text() -> String {
        let header = ["domain", "predicted l_target", "reached (\(reference))", "error", "interval holds"]
        let cells = rows.map { r in
            [r.domain, String(format: "%.4f", r.predicted), String(format: "%.4f", r.reached), String(format: "%+.2f%%", 100 * r.relativeError),
             r.intervalHolds.map { $0 ? "yes" : "no" } ?? "n/a"]
        }
        return TextTable(header: header, rows: cells).text()
    }
}
