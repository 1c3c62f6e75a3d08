import Artifacts
import Common
import Foundation
import RunLog
import ScalingLaws

/// What schedule-aware targets are fitted to: the learning-rate curves of a proxy's runs (the
/// constant-rate trunk first, then its cool-down branches) and each domain's held-out losses
/// along them. Built from our proxy runs' logs, from any proxy's `metrics.jsonl`, or from a CSV
/// of someone else's proxy.
public struct ProxyObservations: Sendable {
    /// One learning-rate curve per proxy run (index 0: the trunk), in units of the run's peak.
    public var curves: [LearningRateCurve]
    /// Each domain's observations along the curves.
    public var observations: [String: [CurveObservation]]
    /// Each domain's step-0 loss, when the proxy measured it (l_init).
    public var initialLoss: [String: Double]

    /// Creates the observations.
    public init(curves: [LearningRateCurve], observations: [String: [CurveObservation]], initialLoss: [String: Double]) {
        self.curves = curves
        self.observations = observations
        self.initialLoss = initialLoss
    }

    /// From `metrics.jsonl` logs: the first is the trunk, the others branches of it (their
    /// learning rates before their first logged step are the trunk's). The rates come from the
    /// logs' `train` events, relative to `peak` with the first `warmupSteps` at the peak.
    /// - Throws: `ArtifactError` for a log without training steps or evaluations, a loss that is
    ///   not finite and positive, or steps that do not increase.
    public static func fromLogs(_ logs: [URL], peak: Double, warmupSteps: Int) throws -> ProxyObservations {
        var curves: [LearningRateCurve] = []
        var observations: [String: [CurveObservation]] = [:]
        var initialLoss: [String: Double] = [:]
        var trunkRates: [Double] = []
        for (index, url) in logs.enumerated() {
            let events = try MetricsLog.read(url)
            let trained = events.filter { $0.event == .train }
            guard let last = trained.last, let first = trained.first else { throw ArtifactError(url.path, "no training steps: not the log of a run") }
            var rates = index == 0 ? [] : Array(trunkRates.prefix(first.step - 1))
            guard rates.count == first.step - 1 else {
                throw ArtifactError(url.path, "the branch starts at step \(first.step - 1), past the trunk's \(trunkRates.count) steps")
            }
            for event in trained {
                guard let lr = event.lr, lr.isFinite, lr >= 0 else { throw ArtifactError(url.path, "step \(event.step): no finite learning rate") }
                guard event.step == rates.count + 1 else {
                    throw ArtifactError(url.path, "step \(event.step) follows step \(rates.count): the training steps must increase one by one")
                }
                rates.append(lr)
            }
            if index == 0 { trunkRates = rates }
            curves.append(LearningRateCurve(rates: rates, peak: peak, warmupSteps: warmupSteps))
            let start = first.step - 1
            for event in events where event.event == .eval {
                for (domain, loss) in event.domainLoss ?? [:] {
                    guard loss.isFinite, loss > 0 else { throw ArtifactError(url.path, "step \(event.step): the loss of \"\(domain)\" is \(loss), expected a finite positive number") }
                    if event.step == 0 && index == 0 { initialLoss[domain] = loss }
                    guard event.step > start, event.step <= last.step else { continue }
                    observations[domain, default: []].append(CurveObservation(curve: index, step: event.step, loss: loss,
                                                                              standardError: event.domainLossStandardError?[domain]))
                }
            }
        }
        guard !observations.isEmpty else { throw ArtifactError(logs[0].path, "no evaluations after step 0") }
        return ProxyObservations(curves: curves, observations: observations, initialLoss: initialLoss)
    }

    /// From a schedule-aware loss table (a `step` column): the first run named is the trunk.
    /// Rates between rows are interpolated linearly from the `lr` column; without it the proxy is
    /// taken as constant-rate after `warmupSteps` (a decaying run's annealing gain is then
    /// unknown: the result says so in `warnings`). Rates are relative to `peak`.
    public static func fromTable(_ table: LossTable, peak: Double, warmupSteps: Int) throws(LossTableError) -> (ProxyObservations, warnings: [String]) {
        guard let scheduled = table.scheduled else {
            throw LossTableError(file: nil, line: 1, message: "a schedule-aware fit needs a \"step\" column")
        }
        let rows = table.domains.flatMap { scheduled[$0]! }
        var warnings: [String] = []
        var rateAt: [String: [(step: Int, lr: Double)]] = [:]
        for row in rows { if let lr = row.lr { rateAt[row.run, default: []].append((row.step, lr)) } }
        if rateAt.isEmpty {
            warnings.append("no lr column: the proxy is taken as constant-rate, so the annealing gain of a decaying schedule is unknown and taken as 0")
        }
        var curves: [LearningRateCurve] = []
        var trunk: [Double] = []
        for (index, run) in table.runs.enumerated() {
            let steps = rows.filter { $0.run == run }.map(\.step).max() ?? 0
            let known = (rateAt[run] ?? []).sorted { $0.step < $1.step }
            var rates: [Double] = []
            for step in 0..<steps {
                if let next = known.firstIndex(where: { $0.step > step }), next > 0 {
                    let (a, b) = (known[next - 1], known[next])
                    rates.append(a.lr + (b.lr - a.lr) * Double(step - a.step) / Double(b.step - a.step))
                } else if let first = known.first, step < first.step {
                    rates.append(index > 0 && step < trunk.count ? trunk[step] * peak : peak)
                } else {
                    rates.append(known.last?.lr ?? peak)
                }
            }
            let curve = LearningRateCurve(rates: rates, peak: peak, warmupSteps: warmupSteps)
            if index == 0 { trunk = curve.rates }
            curves.append(curve)
        }
        var observations: [String: [CurveObservation]] = [:]
        var initialLoss: [String: Double] = [:]
        for domain in table.domains {
            for row in scheduled[domain]! {
                if row.step == 0 {
                    if row.run == table.runs.first { initialLoss[domain] = row.loss }
                    continue
                }
                observations[domain, default: []].append(CurveObservation(curve: table.runs.firstIndex(of: row.run)!, step: row.step,
                                                                          loss: row.loss, standardError: row.standardError))
            }
        }
        return (ProxyObservations(curves: curves, observations: observations, initialLoss: initialLoss), warnings)
    }
}

extension ProxyObservations {
    /// Each domain's target for a run of `run` options: every method's prediction at the run's
    /// end, the chosen `method`'s as the target with its interval, and the predicted curve along
    /// the run (l_init at step 0, the law from `skipSteps` on, a straight line between).
    /// - Throws: `PipelineError.invalidInput` naming the domain when its fit fails (too few
    ///   observations for the law, or no convergence).
    public func targets(for domains: [String], run: TrainingOptions, method: ScheduleLawMethod, options: FitOptions,
                        skipSteps: Int) throws -> [TargetsFile.DomainTarget] {
        let target = LearningRateCurve(rates: run.learningRates.rates, peak: run.lr, warmupSteps: run.warmupSteps)
        let fitter = ScheduleLawFitter(options: options, skipSteps: skipSteps)
        let steps = target.steps
        return try domains.map { name in
            let observations = self.observations[name] ?? []
            let lInit = initialLoss[name]
            var alternatives: [String: Double] = [:]
            var chosen: ScheduleLawFit?
            for candidate in ScheduleLawMethod.allCases {
                let fit: ScheduleLawFit
                do throws(FitError) { fit = try fitter.fit(candidate, curves: curves, observations: observations) } catch {
                    if candidate == method { throw PipelineError.invalidInput("domain \"\(name)\"", error.description) }
                    continue
                }
                let prediction = fit.predict(curve: target, at: steps)
                guard prediction.isFinite, prediction > 0 else {
                    if candidate == method {
                        throw PipelineError.invalidInput("domain \"\(name)\"", "the \(method.rawValue) law predicts a loss of \(prediction) at the run's end: the proxy's curve does not extrapolate (try a longer proxy or another method)")
                    }
                    continue
                }
                alternatives[candidate.rawValue] = prediction
                if candidate == method { chosen = fit }
            }
            let fit = chosen!
            let lTarget = fit.predict(curve: target, at: steps)
            var warnings = fit.diagnostics.warnings
            if let lInit, lTarget >= lInit {
                warnings.append("the target is not below l_init: this domain will get velocity 0 (nothing left to learn)")
            }
            let skip = min(max(skipSteps, 1), steps)
            let start = lInit ?? fit.predict(curve: target, at: skip)
            let points = Array(Set((0...48).map { $0 * steps / 48 } + [skip])).sorted()
            let curve = points.map { step -> TargetsFile.CurvePoint in
                if step >= skip { return .init(step: step, loss: fit.predict(curve: target, at: step)) }
                let end = fit.predict(curve: target, at: skip)
                return .init(step: step, loss: start + (end - start) * Double(step) / Double(skip))
            }
            return .init(name: name, lInit: lInit, lTarget: lTarget, scheduleFit: fit,
                         interval: fitter.predictionInterval(for: fit, curve: target, at: steps), curve: curve,
                         alternatives: alternatives, warnings: warnings)
        }
    }
}
