import Artifacts
import Common
import Foundation

/// The per-run comparison: each domain's final loss (on the test split when the run evaluated
/// it, never steered on), the mean over target domains, the replay drift, the balance and
/// settling measures (`RunMetrics`), tokens, wall time and the share of it spent evaluating.
/// Printed by `compare` and `run`, embedded in the report.
public struct ComparisonTable: Sendable {
    /// Column titles.
    public var header: [String]
    /// One row of cells per run.
    public var rows: [[String]]

    /// Builds the table for `runs` (domains and roles from the first run: "mean target loss" is
    /// every run's mean over the first run's target domains, so rows stay comparable when a run
    /// declares other replay domains).
    public init(runs: [RunRecord]) {
        let first = runs.first
        let domains = first?.domains ?? []
        let targetNames = first.map { run in run.targetDomains.map { run.domains[$0] } } ?? []
        let hasReplay = !(first?.replayDomains.isEmpty ?? true)
        header = ["run", "policy", "seed", "split"] + domains.indices.map { Self.domainTitle(domains[$0], replay: first?.roles[$0] == .replay) }
            + ["mean target loss"] + (hasReplay ? ["replay drift"] : []) + ["progress spread", "mean V", "settle", "tokens", "wall time", "eval share"]
        rows = runs.map { run in
            let losses = domains.map { d in run.domains.firstIndex(of: d).map { run.comparisonLoss[$0] } ?? .nan }
            var row: [String] = [run.displayName, run.policy, "\(run.seed)", run.comparesOnTestSplit ? "test" : "valid"]
            row += losses.map(Self.loss)
            row.append(Self.loss(run.meanLoss(overDomains: targetNames)))
            if hasReplay { row.append(run.replayDrift.map { String(format: "%+.4f", $0) } ?? "n/a") }
            row += [run.progressSpread.map(Self.share) ?? "n/a", run.meanVelocity.map(Self.share) ?? "n/a", Self.share(run.settleFraction)]
            let evalShare = 100 * run.evalSeconds / max(run.wallSeconds, 1e-9)
            row += [Units.count(Double(run.tokens)), Units.duration(run.wallSeconds), String(format: "%.1f%%", evalShare)]
            return row
        }
    }

    /// The table as aligned text.
    public func text() -> String { TextTable(header: header, rows: rows).text() }

    /// A domain's column title: its name, marked when it is a replay domain.
    static func domainTitle(_ domain: String, replay: Bool) -> String { replay ? "\(domain) (replay)" : domain }

    static func loss(_ value: Double) -> String { value.isFinite ? String(format: "%.4f", value) : "n/a" }
    static func share(_ value: Double) -> String { value.isFinite ? String(format: "%.3f", value) : "n/a" }
}
