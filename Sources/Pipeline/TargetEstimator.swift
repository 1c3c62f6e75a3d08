import Artifacts
import Common
import Corpus
import Foundation
import RunLog
import ScalingLaws
import Training

/// Stage 1 of Velocitune: per-domain target losses. Measures each domain's held-out loss on the
/// base model (l_init), trains a proxy copy of the base model on `fraction` of the budget at the
/// initial weights with a constant learning rate after warm-up (so intermediate evaluations lie
/// on one curve), evaluates at `checkpoints` evenly spaced points, fits `L(D) = E + B D^-beta` to
/// each domain's points (leaving out the first ~10%: the warm-up transient) and extrapolates to
/// the budget.
public struct TargetEstimator {
    /// The corpus.
    public var data: CorpusData
    /// The base model.
    public var initCheckpoint: URL
    /// Tokens of the full continual pre-training run.
    public var budgetTokens: Double
    /// Share of the budget the proxy trains on.
    public var fraction: Double
    /// Evaluations along the proxy run.
    public var checkpoints: Int
    /// Options for the proxy run (batch, lr, warm-up, eval tokens, block size, weights, seed);
    /// schedule, steps and evaluation cadence are set here.
    public var options: TrainingOptions
    /// Where the proxy runs (resumable).
    public var runDirectory: URL
    /// Threads.
    public var threads: Int
    /// The fitter (Huber threshold, bootstrap).
    public var fitter: ScalingLawFitter
    /// Asked at every proxy training step (see `TrainingSetup.shouldStop`).
    public var shouldStop: @Sendable () -> Bool

    /// Creates an estimator.
    public init(data: CorpusData, initCheckpoint: URL, budgetTokens: Double, fraction: Double = 0.1, checkpoints: Int = 8,
                options: TrainingOptions, runDirectory: URL, threads: Int, fitter: ScalingLawFitter = ScalingLawFitter(),
                shouldStop: @escaping @Sendable () -> Bool = { false }) {
        self.shouldStop = shouldStop
        self.data = data
        self.initCheckpoint = initCheckpoint
        self.budgetTokens = budgetTokens
        self.fraction = fraction
        self.checkpoints = checkpoints
        self.options = options
        self.runDirectory = runDirectory
        self.threads = threads
        self.fitter = fitter
    }

    /// The proxy's options: constant schedule, static mixture, evaluations at the checkpoints.
    public func proxyOptions() throws(PipelineError) -> TrainingOptions {
        guard fraction > 0, fraction <= 1 else { throw .invalidInput("fraction", "must be in (0, 1], got \(fraction)") }
        guard checkpoints >= 5 else { throw .invalidInput("checkpoints", "at least 5 are needed (4 fitted points after the warm-up), got \(checkpoints)") }
        guard budgetTokens > 0, budgetTokens.isFinite else { throw .invalidInput("budget", "must be a positive number of tokens") }
        var o = options
        let tokensPerStep = Double(o.batchSize * o.blockSize * o.gradAccum)
        let totalSteps = max(Int((fraction * budgetTokens / tokensPerStep).rounded()), checkpoints)
        let perCheckpoint = max(totalSteps / checkpoints, 1)
        o.maxSteps = perCheckpoint * checkpoints
        o.evalEvery = perCheckpoint
        o.checkpointEvery = perCheckpoint
        o.schedule = .constant
        o.warmupSteps = min(o.warmupSteps, perCheckpoint)
        o.mixer = .static
        o.seed = o.seed &+ 1_000_003   // an independent sub-sample of the data
        return o
    }

    /// Runs (or resumes) the proxy and fits the targets.
    public func run(progress: ProgressLine = ProgressLine()) throws -> TargetsFile {
        let o = try proxyOptions()
        let proxy = RunDirectory(runDirectory)
        let metrics = proxy.metricsURL
        if !proxy.isComplete(maxSteps: o.maxSteps) {
            progress.note("targets: proxy run of \(o.maxSteps) steps (\(o.maxSteps * o.batchSize * o.blockSize * o.gradAccum) tokens, \(Int((fraction * 100).rounded()))% of the budget) with a constant learning rate")
            let setup = TrainingSetup(data: data, runDirectory: runDirectory, initCheckpoint: initCheckpoint,
                                      resume: proxy.latestCheckpoint != nil, threads: threads, shouldStop: shouldStop)
            _ = try Trainer(options: o, setup: setup, progress: progress).run()
        }
        let evals = try MetricsLog.read(metrics).filter { $0.event == .eval }
        guard let initial = evals.first(where: { $0.step == 0 }) else {
            throw PipelineError.stage("targets", "the proxy log \(metrics.path) has no step-0 evaluation")
        }
        let skip = max(Int((0.1 * Double(checkpoints)).rounded()), 1)
        let along = evals.filter { $0.step > 0 }.sorted { $0.step < $1.step }
        let fitted = Array(along.dropFirst(skip))
        var domains: [TargetsFile.DomainTarget] = []
        for name in data.domains {
            let lInit = initial.domainLoss?[name] ?? .nan
            let points = fitted.compactMap { e in e.domainLoss?[name].map { LossPoint(tokens: Double(e.tokens), loss: $0) } }
            var warnings: [String] = []
            let fit: ScalingLawFit
            do { fit = try fitter.fitPowerLaw(points) } catch {
                throw PipelineError.stage("targets", "domain \"\(name)\": \(error.description)")
            }
            let target = fit.predict(atTokens: budgetTokens)
            let interval = fitter.predictionInterval(for: fit, atTokens: budgetTokens)
            warnings += fit.diagnostics.warnings
            if target >= lInit {
                warnings.append("the target is not below l_init: this domain will get velocity 0 (nothing left to learn)")
            }
            domains.append(.init(name: name, lInit: lInit, lTarget: target, fit: fit, interval: interval, warnings: warnings))
        }
        return TargetsFile(budgetTokens: budgetTokens,
                           proxy: .init(fraction: fraction, tokens: o.maxSteps * o.batchSize * o.blockSize * o.gradAccum,
                                        checkpoints: checkpoints, skipped: skip, initCheckpoint: initCheckpoint.path,
                                        runDirectory: runDirectory.path),
                           domains: domains)
    }
}
