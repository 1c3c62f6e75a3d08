import Common
import Foundation
import Artifacts

/// The per-run comparison: final held-out loss per domain, mean loss, worst-domain velocity and
/// the spread of velocities, tokens, wall time and the share of it spent evaluating. Printed by
/// `compare` and embedded in the report.
public struct ComparisonTable: Sendable {
    /// Column titles.
    public var header: [String]
    /// One row of cells per run.
    public var rows: [[String]]

    /// Builds the table for `runs` (domains from the first run).
    public init(runs: [RunRecord]) {
        let domains = runs.first?.domains ?? []
        header = ["run", "policy"] + domains.map { "loss \($0)" } + ["mean loss", "worst V", "V spread", "tokens", "wall time", "eval share"]
        rows = runs.map { run in
            let losses = domains.map { d in run.domains.firstIndex(of: d).map { run.finalLoss[$0] } ?? .nan }
            return [run.name, run.policy] + losses.map(Self.loss)
                + [Self.loss(run.meanLoss), run.worstVelocity.map(Self.share) ?? "n/a", run.velocitySpread.map(Self.share) ?? "n/a",
                   Units.count(Double(run.tokens)), Units.duration(run.wallSeconds),
                   String(format: "%.1f%%", 100 * run.evalSeconds / max(run.wallSeconds, 1e-9))]
        }
    }

    /// The table as aligned text.
    public func text() -> String { TextTable(header: header, rows: rows).text() }

    static func loss(_ value: Double) -> String { value.isFinite ? String(format: "%.4f", value) : "n/a" }
    static func share(_ value: Double) -> String { value.isFinite ? String(format: "%.3f", value) : "n/a" }
}
