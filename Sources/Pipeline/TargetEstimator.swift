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
    public var skipSteps: Int { Self.skipSteps(run: run, plan: plan) }

    static func skipSteps(run: TrainingOptions, plan: ProxyPlan) -> Int { max(run.warmupSteps * 3 / 2, plan.trunkSteps / 4) }

    /// Checks the settings before any training.
    public func validate() throws(PipelineError) { try Self.validate(run: run, share: share) }

    /// Checks that a proxy on `share` of `run`'s tokens can fit a law, before anything trains
    /// (the error's field is `fraction`).
    public static func validate(run: TrainingOptions, share: Double) throws(PipelineError) {
        guard share > 0, share <= 1 else { throw .invalidInput("fraction", "must be in (0, 1], got \(share)") }
        let plan = ProxyPlan(run: run, share: share)
        guard plan.trunkSteps >= 2 * max(run.warmupSteps, 1), plan.trunkSteps >= 8 else {
            throw .invalidInput("fraction", "the proxy's trunk of \(plan.trunkSteps) steps is too short for the run's \(run.warmupSteps) warm-up steps and a curve to fit; give the proxy a larger share of the run")
        }
        guard skipSteps(run: run, plan: plan) + 3 * plan.trunkEvalEvery <= plan.trunkSteps else {
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
        let proxy = try ProxyObservations.fromLogs(runs.map { RunDirectory($0.directory).metricsURL }, peak: run.lr, warmupSteps: run.warmupSteps)
        let domains = try proxy.targets(for: data.domains, run: run, method: method, options: options, skipSteps: skipSteps)
        let tokens = plan.trainingSteps * run.tokensPerStep
        return TargetsFile(budgetTokens: Double(run.maxSteps * run.tokensPerStep), schedule: run.learningRates, method: method,
                           proxy: .init(fraction: share, tokens: tokens,
                                        plan: .init(trunkSteps: plan.trunkSteps, branches: plan.branches.map { [$0.fromStep, $0.decaySteps] }),
                                        skipSteps: skipSteps, initCheckpoint: initCheckpoint.path, runDirectory: directory.path),
                           domains: domains)
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
