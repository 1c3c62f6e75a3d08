import Artifacts
import Common
import Foundation

/// Runs grouped by name across seeds: each group's measures as mean +- standard deviation, and
/// each group's paired difference from the reference (the static mixture) seed by seed, with
/// 95% Student-t intervals. Printed by `compare` and `run`, embedded in the report.
public struct SeedComparison: Sendable {
    /// One group: the runs of one name, one per seed.
    public struct Group: Sendable {
        /// The group's name (the run name without its seed).
        public var name: String
        /// The runs, in the order given.
        public var runs: [RunRecord]
        /// The policy (the first run's).
        public var policy: String { runs[0].policy }
    }

    /// One measure compared between a group and the reference.
    public struct Difference: Sendable {
        /// The group.
        public var group: String
        /// The measure's name, as in the tables.
        public var measure: String
        /// The paired difference (group minus reference).
        public var difference: PairedDifference
    }

    /// The groups, in first-appearance order.
    public var groups: [Group]
    /// The reference group: the first whose policy is static (nil when there is none).
    public var reference: Group?
    /// Domains (the first run's), and which are replay domains.
    public var domains: [String]
    private var replayDomains: Set<Int>

    /// Groups `runs` by `RunRecord.group`.
    public init(runs: [RunRecord]) {
        var groups: [Group] = []
        for run in runs {
            if let i = groups.firstIndex(where: { $0.name == run.group }) { groups[i].runs.append(run) } else { groups.append(Group(name: run.group, runs: [run])) }
        }
        self.groups = groups
        reference = groups.first { $0.policy == "static" }
        domains = runs.first?.domains ?? []
        replayDomains = Set(runs.first?.replayDomains ?? [])
    }

    /// Whether any group has more than one seed (otherwise there is nothing to summarise).
    public var hasSeeds: Bool { groups.contains { $0.runs.count > 1 } }

    /// The measures summarised and compared: per-domain loss, the mean over target domains, and
    /// the replay drift when there are replay domains.
    private var measures: [(name: String, value: @Sendable (RunRecord) -> Double)] {
        var list: [(name: String, value: @Sendable (RunRecord) -> Double)] = domains.indices.map { d in
            (name: ComparisonTable.domainTitle(domains[d], replay: replayDomains.contains(d)), value: { $0.comparisonLoss[d] })
        }
        let targetNames = domains.indices.filter { !replayDomains.contains($0) }.map { domains[$0] }
        list.append((name: "mean target loss", value: { $0.meanLoss(overDomains: targetNames) }))
        if !replayDomains.isEmpty { list.append((name: "replay drift", value: { $0.replayDrift ?? .nan })) }
        list.append((name: "progress spread", value: { $0.progressSpread ?? .nan }))
        list.append((name: "mean V", value: { $0.meanVelocity ?? .nan }))
        list.append((name: "settle", value: { $0.settleFraction }))
        return list
    }

    /// Each group's measures as `mean +- sd` over its seeds.
    public var summary: TextTable {
        let measures = self.measures
        return TextTable(header: ["run", "policy", "seeds"] + measures.map(\.name), rows: groups.map { group in
            [group.name, group.policy, "\(group.runs.count)"] + measures.map { measure in
                let s = SampleSummary(group.runs.map(measure.value))
                return s.count == 0 ? "n/a" : group.runs.count > 1 ? "\(Self.value(s.mean)) +- \(Self.value(s.standardDeviation))" : Self.value(s.mean)
            }
        })
    }

    /// Each non-reference group's paired differences from the reference, over the seeds both ran.
    public var differences: [Difference] {
        guard let reference else { return [] }
        let bySeed = Dictionary(reference.runs.map { ($0.seed, $0) }, uniquingKeysWith: { first, _ in first })
        return groups.filter { $0.name != reference.name }.flatMap { group in
            let pairs = group.runs.compactMap { run in bySeed[run.seed].map { (run, $0) } }
            return measures.map { measure in
                Difference(group: group.name, measure: measure.name,
                           difference: PairedDifference(pairs.map { measure.value($0.0) }, minus: pairs.map { measure.value($0.1) }))
            }
        }
    }

    /// The paired differences as a table: one row per group and measure; "not significant" where
    /// the 95% interval contains 0.
    public var differenceTable: TextTable {
        TextTable(header: ["run", "measure", "minus \(reference?.name ?? "static")", "95% interval", "pairs", ""], rows: differences.map { d in
            let p = d.difference
            let interval = p.lower.map { "[\(Self.signed($0)), \(Self.signed(p.upper!))]" } ?? "n/a"
            let mark = p.isSignificant.map { $0 ? "" : "not significant" } ?? "one pair"
            return [d.group, d.measure, Self.signed(p.summary.mean), interval, "\(p.summary.count)", mark]
        })
    }

    static func value(_ v: Double) -> String { v.isFinite ? String(format: "%.4f", v) : "n/a" }
    static func signed(_ v: Double) -> String { v.isFinite ? String(format: "%+.4f", v) : "n/a" }
}

/// The comparison `compare`, `report` and `run` print: the per-run table, then, when runs were
/// repeated over seeds, the mean +- sd summary and the paired differences from static.
public enum ComparisonText {
    /// The text for `runs`.
    public static func render(_ runs: [RunRecord]) -> String {
        var text = ComparisonTable(runs: runs).text()
        let seeds = SeedComparison(runs: runs)
        if seeds.hasSeeds {
            text += "\nover seeds (mean +- sd):\n" + seeds.summary.text()
            if !seeds.differences.isEmpty {
                text += "\npaired difference from \(seeds.reference!.name), seed by seed (95% t interval):\n" + seeds.differenceTable.text()
            }
        }
        return text
    }
}
