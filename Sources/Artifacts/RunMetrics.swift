import Foundation
import Mixing
import RunLog

/// The measures a comparison of runs reports, each defined in one sentence in the README
/// ("Comparison metrics"). Losses come from the test split when the run evaluated it (never
/// steered on), otherwise from the last validation evaluation.
extension RunRecord {
    /// The run's name without its seed: `velocitune` for `runs/velocitune/seed-1`, the directory
    /// name for a run without seeds. Runs of one group differ only in their seed.
    public var group: String {
        let isSeed = name.hasPrefix("seed-") && UInt64(name.dropFirst(5)) != nil
        return isSeed ? directory.deletingLastPathComponent().lastPathComponent : name
    }

    /// The name tables print: `velocitune/seed-1` for a run of a seeded group, else the name.
    public var displayName: String { group == name ? name : "\(group)/\(name)" }

    /// The indices of the target (non-replay) domains.
    public var targetDomains: [Int] { domains.indices.filter { roles[$0] == .target } }

    /// The indices of the replay domains.
    public var replayDomains: [Int] { domains.indices.filter { roles[$0] == .replay } }

    /// The test-split loss of each domain at step 0 (nil when the run did not evaluate it).
    public var initialTestLoss: [Double]? {
        testEvaluations.first { $0.step == 0 }.flatMap { losses(of: $0) }
    }

    /// The test-split loss of each domain at the end (nil when the run did not evaluate it).
    public var finalTestLoss: [Double]? {
        testEvaluations.last.flatMap { $0.step > 0 && $0.step == steps ? losses(of: $0) : nil }
    }

    /// The standard error of each final test-split loss (over sequences).
    public var finalTestStandardError: [Double]? {
        guard finalTestLoss != nil, let se = testEvaluations.last?.domainLossStandardError else { return nil }
        return domains.map { se[$0] ?? .nan }
    }

    /// Whether the comparison losses come from the test split.
    public var comparesOnTestSplit: Bool { finalTestLoss != nil }

    /// The final loss per domain a comparison uses: the test split's, or the last validation's.
    public var comparisonLoss: [Double] { finalTestLoss ?? finalLoss }

    /// The mean comparison loss over the target (non-replay) domains.
    public var meanTargetLoss: Double {
        let indices = targetDomains
        return indices.map { comparisonLoss[$0] }.reduce(0, +) / Double(max(indices.count, 1))
    }

    /// The mean final loss over the domains named (NaN when one is not a domain of this run):
    /// what tables use to compare runs whose roles differ, over one set of domains.
    public func meanLoss(overDomains names: [String]) -> Double {
        let indices = names.compactMap { domains.firstIndex(of: $0) }
        guard indices.count == names.count, !indices.isEmpty else { return .nan }
        return indices.map { comparisonLoss[$0] }.reduce(0, +) / Double(indices.count)
    }

    /// The mean over replay domains of their final loss minus their loss at step 0 (on the same
    /// split): how much of the original data was forgotten. Nil without replay domains.
    public var replayDrift: Double? {
        let indices = replayDomains
        guard !indices.isEmpty else { return nil }
        let start = finalTestLoss != nil ? (initialTestLoss ?? initialLoss) : initialLoss
        return indices.map { comparisonLoss[$0] - start[$0] }.reduce(0, +) / Double(indices.count)
    }

    /// Over target domains with room to learn, the largest minus the smallest relative progress
    /// (l_init - l) / (l_init - l_target) at the end, on the validation split the targets are on:
    /// 0 when every domain went the same share of the way to its target. Nil without targets.
    public var progressSpread: Double? {
        guard let targetLoss else { return nil }
        let progress = targetDomains.compactMap { d -> Double? in
            let room = initialLoss[d] - targetLoss[d]
            return room > epsilon ? (initialLoss[d] - finalLoss[d]) / room : nil
        }
        guard let high = progress.max(), let low = progress.min() else { return nil }
        return high - low
    }

    /// The learning velocity averaged over the target domains and over the run's steps (each
    /// evaluation's velocities hold until the next): the area under the V curves, smaller when
    /// domains approach their targets sooner. Nil without targets.
    public var meanVelocity: Double? {
        guard targetLoss != nil, steps > 0 else { return nil }
        let indices = targetDomains
        var area = 0.0
        for (e, next) in zip(evaluations, evaluations.dropFirst().map(\.step) + [steps]) where next > e.step {
            guard let losses = e.domainLoss else { continue }
            let v = indices.map { velocity(domain: $0, loss: losses[domains[$0]] ?? initialLoss[$0])! }
            area += v.reduce(0, +) / Double(max(v.count, 1)) * Double(next - e.step)
        }
        return area / Double(steps)
    }

    /// The share of the run's steps after which the weights stay within 10% of their largest
    /// distance from their final value (total variation): 0 for weights that never move, near 1
    /// for weights still travelling at the end.
    public var settleFraction: Double {
        let stages = schedule.stages
        guard let final = stages.last?.weights, steps > 0 else { return 0 }
        let distances = stages.map { stage in zip(stage.weights, final).map { abs($0 - $1) }.reduce(0, +) / 2 }
        guard let largest = distances.max(), largest > 0 else { return 0 }
        let lastFar = distances.lastIndex { $0 > 0.1 * largest } ?? -1
        let settledAt = lastFar + 1 < stages.count ? stages[lastFar + 1].fromStep : steps
        return Double(settledAt) / Double(steps)
    }

    private func losses(of event: MetricsEvent) -> [Double]? {
        guard let losses = event.domainLoss else { return nil }
        return domains.map { losses[$0] ?? .nan }
    }
}
