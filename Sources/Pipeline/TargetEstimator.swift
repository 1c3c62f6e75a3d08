import Artifacts
import Common
import Corpus
import Foundation
import RunLog
import ScalingLaws
import Training

/// Stage 1 of Velocitune: per-domain targets, the held-out loss a static run is predicted to
/// reach at the budget *under the run's own learning-rate schedule*.
///
/// Runs (or resumes) the proxy of a `ProxyPlan` from the base model: a constant-rate trunk and,
/// for a decaying schedule, two cool-down branches. Measures each domain's held-out loss on the
/// base model (l_init, the trunk's step-0 evaluation), fits a schedule-aware law per domain to
/// the proxy's evaluations (each weighted by its standard error; those before `skipSteps` left
/// out), and predicts the run's schedule: the final loss (the target, with an interval) and the
/// curve along the run (a time-varying target). Every method's prediction is kept for comparison.
public struct TargetEstimator {
    /// The corpus.
    public var data: CorpusData
    /// The base model.
    public var initCheckpoint: URL
    /// The run the targets are for: its schedule, learning rates, warm-up and `max_steps`.
    public var run: TrainingOptions
    /// Share of the run's training tokens the whole proxy may use.
    public var share: Double
    /// The law whose prediction becomes the target.
    public var method: ScheduleLawMethod
    /// Where the proxy runs live (`trunk/`, `branch-1/`, ...; resumable).
    public var directory: URL
    /// Threads.
    public var threads: Int
    /// Huber threshold and bootstrap settings of the fits.
    public var options: FitOptions
    /// Asked at every proxy training step (see `TrainingSetup.shouldStop`).
    public var shouldStop: @Sendable () -> Bool

    /// The default law (the best measured; see the README's targets section).
    public static let defaultMethod = ScheduleLawMethod.cooldown
    /// The default proxy share of one run's training tokens.
    public static let defaultShare = 0.2

    /// Creates an estimator.
    public init(data: CorpusData, initCheckpoint: URL, run: TrainingOptions, share: Double = TargetEstimator.defaultShare,
                method: ScheduleLawMethod = TargetEstimator.defaultMethod, directory: URL, threads: Int, options: FitOptions = FitOptions(),
                shouldStop: @escaping @Sendable () -> Bool = { false }) {
        self.data = data
        self.initCheckpoint = initCheckpoint
        self.run = run
        self.share = share
        self.method = method
        self.directory = directory
        self.threads = threads
        self.options = options
        self.shouldStop = shouldStop
    }

    /// The proxy runs.
    public var plan: ProxyPlan { ProxyPlan(run: run, share: share) }

    /// Evaluations before this step are left out of the fits: the learning-rate re-warm and the
    /// fastest part of the early drop, which no smooth law follows.
    public var skipSteps: Int { max(run.warmupSteps * 3 / 2, plan.trunkSteps / 4) }

    /// Checks the settings before any training.
    public func validate() throws(PipelineError) {
        guard share > 0, share <= 1 else { throw .invalidInput("fraction", "must be in (0, 1], got \(share)") }
        let plan = self.plan
        guard plan.trunkSteps >= 2 * max(run.warmupSteps, 1), plan.trunkSteps >= 8 else {
            throw .invalidInput("fraction", "the proxy's trunk of \(plan.trunkSteps) steps is too short for the run's \(run.warmupSteps) warm-up steps and a curve to fit; give the proxy a larger share of the run")
        }
        guard skipSteps + 3 * plan.trunkEvalEvery <= plan.trunkSteps else {
            throw .invalidInput("fraction", "too few trunk evaluations after the warm-up transient to fit a law")
        }
    }

    /// Runs (or resumes) the proxy and fits the targets.
    public func estimate(progress: ProgressLine = ProgressLine()) throws -> TargetsFile {
        try validate()
        let plan = self.plan
        let trunk = directory.appendingPathComponent("trunk")
        try train(plan.trunkOptions(run), in: trunk, from: nil, what: "trunk", progress: progress)
        var runs = [(directory: trunk, options: plan.trunkOptions(run))]
        for (index, branch) in plan.branches.enumerated() {
            let url = directory.appendingPathComponent("branch-\(index + 1)")
            let options = plan.branchOptions(index, run: run)
            try train(options, in: url, from: RunDirectory(trunk).checkpointURL(step: branch.fromStep), what: "cool-down branch \(index + 1)",
                      progress: progress)
            runs.append((url, options))
        }
        let logs = try runs.map { try MetricsLog.read(RunDirectory($0.directory).metricsURL).filter { $0.event == .eval } }
        guard let initial = logs[0].first(where: { $0.step == 0 })?.domainLoss else {
            throw PipelineError.stage("targets", "the trunk's log has no step-0 evaluation")
        }
        let curves = runs.map { LearningRateCurve(rates: $0.options.learningRates.rates, peak: run.lr, warmupSteps: run.warmupSteps) }
        let target = LearningRateCurve(rates: run.learningRates.rates, peak: run.lr, warmupSteps: run.warmupSteps)
        let fitter = ScheduleLawFitter(options: options, skipSteps: skipSteps)
        var domains: [TargetsFile.DomainTarget] = []
        for name in data.domains {
            let lInit = initial[name] ?? .nan
            var observations: [CurveObservation] = []
            for (curve, events) in logs.enumerated() {
                let start = curve == 0 ? 0 : plan.branches[curve - 1].fromStep
                for e in events where e.step > start {
                    guard let loss = e.domainLoss?[name] else { continue }
                    observations.append(CurveObservation(curve: curve, step: e.step, loss: loss, standardError: e.domainLossStandardError?[name]))
                }
            }
            domains.append(try fitDomain(name, lInit: lInit, observations: observations, curves: curves, target: target, fitter: fitter))
        }
        let tokens = plan.trainingSteps * run.tokensPerStep
        return TargetsFile(budgetTokens: Double(run.maxSteps * run.tokensPerStep), schedule: run.learningRates, method: method,
                           proxy: .init(fraction: share, tokens: tokens,
                                        plan: .init(trunkSteps: plan.trunkSteps, branches: plan.branches.map { [$0.fromStep, $0.decaySteps] }),
                                        skipSteps: skipSteps, initCheckpoint: initCheckpoint.path, runDirectory: directory.path),
                           domains: domains)
    }

    /// One domain's target from its observations: every method's prediction, the chosen one's
    /// interval and the predicted curve along the run.
    func fitDomain(_ name: String, lInit: Double, observations: [CurveObservation], curves: [LearningRateCurve], target: LearningRateCurve,
                   fitter: ScheduleLawFitter) throws -> TargetsFile.DomainTarget {
        let steps = target.steps
        var alternatives: [String: Double] = [:]
        var chosen: ScheduleLawFit?
        for candidate in ScheduleLawMethod.allCases {
            guard let fit = try? fitter.fit(candidate, curves: curves, observations: observations) else { continue }
            alternatives[candidate.rawValue] = fit.predict(curve: target, at: steps)
            if candidate == method { chosen = fit }
        }
        guard let fit = chosen else {
            do { _ = try fitter.fit(method, curves: curves, observations: observations) } catch {
                throw PipelineError.stage("targets", "domain \"\(name)\": \(error.description)")
            }
            throw PipelineError.stage("targets", "domain \"\(name)\": the \(method.rawValue) fit failed")
        }
        let lTarget = fit.predict(curve: target, at: steps)
        var warnings = fit.diagnostics.warnings
        if lTarget >= lInit {
            warnings.append("the target is not below l_init: this domain will get velocity 0 (nothing left to learn)")
        }
        // The predicted static curve: l_init at step 0, the law from the end of the warm-up
        // transient on, a straight line between.
        let skip = fitter.skipSteps
        let points = Array(Set((0...48).map { $0 * steps / 48 } + [skip])).sorted()
        let curve = points.map { step -> TargetsFile.CurvePoint in
            if step >= skip { return .init(step: step, loss: fit.predict(curve: target, at: step)) }
            let end = fit.predict(curve: target, at: skip)
            return .init(step: step, loss: lInit + (end - lInit) * Double(step) / Double(max(skip, 1)))
        }
        return .init(name: name, lInit: lInit, lTarget: lTarget, scheduleFit: fit,
                     interval: fitter.predictionInterval(for: fit, curve: target, at: steps), curve: curve,
                     alternatives: alternatives, warnings: warnings)
    }

    /// Trains one proxy run to completion (resuming it, or skipping it when complete).
    private func train(_ options: TrainingOptions, in url: URL, from fork: URL?, what: String, progress: ProgressLine) throws {
        let directory = RunDirectory(url)
        if directory.isComplete(maxSteps: options.maxSteps) {
            if let saved = try directory.latestState()?.options,
               let d = saved.firstDifference(from: options, ignoring: ["n_layer", "n_head", "n_embd"]) {
                throw PipelineError.stage("targets", "the proxy \(what) in \(url.path) was made with \(d.key) = \(d.mine), now \(d.theirs); delete \(self.directory.path) to run the proxy again")
            }
            return
        }
        progress.note("targets: proxy \(what): \(options.maxSteps - (fork == nil ? 0 : ProxyPlan.forkStep(fork!))) steps (\(Units.count(Double(options.tokensPerStep * options.maxSteps))) tokens in all)")
        let setup = TrainingSetup(data: data, runDirectory: url, initCheckpoint: initCheckpoint, resume: directory.latestCheckpoint != nil,
                                  threads: threads, forkFrom: directory.latestCheckpoint == nil ? fork : nil, shouldStop: shouldStop)
        _ = try Trainer(options: options, setup: setup, progress: progress).run()
    }
}

extension ProxyPlan {
    /// The step of a checkpoint directory named `step-NNNNNNNN`.
    static func forkStep(_ checkpoint: URL) -> Int { Int(checkpoint.lastPathComponent.dropFirst(5)) ?? 0 }
}
