import Artifacts

/// The proxy runs of the targets stage, for a run of `runSteps` optimizer steps with a given
/// schedule, within a budget of `share` of the run's training tokens:
///
/// - a **trunk**: the run's options with a constant learning rate after the run's own warm-up,
///   for `0.75 * share` of the run (all of `share` when the run's schedule is constant);
/// - two **cool-down branches** (decaying schedules only): from the middle and from the end of
///   the trunk, the rate decays linearly to the run's final rate over `share / 12` and `share / 6`
///   of the run (about a fifth of each branch's length, as the WSD recipe of Hägele et al. 2024).
///
/// Every proxy run samples with its own seed (an independent sub-sample) at the run's initial
/// weights, and evaluates often: 24 times along the trunk, 8 times along each branch.
public struct ProxyPlan: Codable, Sendable, Hashable {
    /// One cool-down branch of the trunk.
    public struct Branch: Codable, Sendable, Hashable {
        /// The trunk step it starts from (a trunk checkpoint).
        public var fromStep: Int
        /// Steps of linear decay to the final rate.
        public var decaySteps: Int
        /// Evaluate every this many steps.
        public var evalEvery: Int

        enum CodingKeys: String, CodingKey {
            case fromStep = "from_step"
            case decaySteps = "decay_steps"
            case evalEvery = "eval_every"
        }
    }

    /// Steps of the constant-rate trunk.
    public var trunkSteps: Int
    /// Evaluate the trunk every this many steps.
    public var trunkEvalEvery: Int
    /// The cool-down branches.
    public var branches: [Branch]

    /// The plan for a run of `run` options (its `max_steps`, schedule and warm-up) within `share`
    /// of its training tokens.
    public init(run: TrainingOptions, share: Double) {
        let n = Double(run.maxSteps)
        let decaying = run.schedule != .constant
        trunkSteps = max(Int((n * share * (decaying ? 0.75 : 1)).rounded()), 2)
        trunkEvalEvery = max(trunkSteps / 24, 1)
        let half = trunkSteps / 2
        branches = decaying ? [
            Branch(fromStep: half, decaySteps: max(Int((n * share / 12).rounded()), 1), evalEvery: 1),
            Branch(fromStep: trunkSteps, decaySteps: max(Int((n * share / 6).rounded()), 1), evalEvery: 1),
        ].map { var b = $0; b.evalEvery = max(b.decaySteps / 8, 1); return b } : []
    }

    /// Optimizer steps the proxy trains in all (trunk and branches).
    public var trainingSteps: Int { trunkSteps + branches.reduce(0) { $0 + $1.decaySteps } }

    /// The trunk's options, from the run's.
    public func trunkOptions(_ run: TrainingOptions) -> TrainingOptions {
        var o = run
        o.maxSteps = trunkSteps
        o.schedule = .constant
        o.evalEvery = trunkEvalEvery
        o.checkpointEvery = branches.isEmpty ? trunkSteps : max(trunkSteps / 2, 1)
        o.keepCheckpoints = max(o.keepCheckpoints, 3)
        o.warmupSteps = min(o.warmupSteps, trunkSteps / 2)
        o.mixer = .static
        (o.targetCurve, o.targetRefit) = (false, false)   // mixer options of the run, not of its proxy
        o.testTokens = 0
        o.seed = o.seed &+ 1_000_003   // an independent sub-sample of the data
        return o
    }

    /// Branch `index`'s options: the trunk's, decaying to the run's final rate.
    public func branchOptions(_ index: Int, run: TrainingOptions) -> TrainingOptions {
        let branch = branches[index]
        var o = trunkOptions(run)
        o.maxSteps = branch.fromStep + branch.decaySteps
        o.schedule = .wsd
        o.decayFraction = Double(branch.decaySteps) / Double(o.maxSteps)
        o.minLr = run.minLr
        o.evalEvery = branch.evalEvery
        o.checkpointEvery = o.maxSteps
        return o
    }

    enum CodingKeys: String, CodingKey {
        case branches
        case trunkSteps = "trunk_steps"
        case trunkEvalEvery = "trunk_eval_every"
    }
}
