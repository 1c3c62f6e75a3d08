import Foundation

/// The policies this project implements (METHOD.md): the paper's rule, its baselines and its
/// ablations.
public enum PolicyKind: String, Codable, Sendable, CaseIterable {
    /// Fixed weights (the paper's baseline).
    case `static`
    /// `w <- normalise(w * exp(eta * V))`, V the learning velocity.
    case velocitune
    /// Sheared-LLaMA's dynamic batch loading: `w <- normalise(w * exp(eta * max(l_t - l_ref, 0)))`.
    case distance
    /// Velocitune with targets replaced by 0 (`V = l_t / l_init`): tests the value of targets.
    case noTarget = "no-target"
    /// `w <- normalise(w * (1 + eta * V))` instead of the exponential.
    case linear
    /// Replays a recorded weight schedule (or, averaged, its time-averaged weights).
    case replay

    /// The uniform smoothing a policy uses when none is given: 1e-4 for `distance` (as in
    /// Sheared-LLaMA), 0 for the others.
    public var defaultSmoothing: Double { self == .distance ? 1e-4 : 0 }

    /// Whether the policy's rule reads target losses (`velocitune`, `distance`, `linear`); the
    /// others run without them (`no-target` replaces them by 0 by design).
    public var needsTargets: Bool { [.velocitune, .distance, .linear].contains(self) }

    /// Whether the weights ever change (every policy but `static`).
    public var isDynamic: Bool { self != .static }
}

/// The defaults of the options every policy shares, declared once (the paper's values).
public enum MixerDefaults {
    /// Step size of the update (1 in the paper).
    public static let eta = 1.0
    /// No weight floor.
    public static let floor = 0.0
    /// A domain with `l_init - l_target <= epsilon` gets velocity 0.
    public static let epsilon = 1e-6
    /// Evaluate and update every this many optimizer steps.
    public static let updateEvery = 100
}

/// What a policy sees at an update: the losses just measured and the domains' learning goals.
public struct PolicyInput: Sendable {
    /// The optimizer step at which the losses were measured.
    public var step: Int
    /// Held-out loss per domain now.
    public var losses: [Double]
    /// Held-out loss per domain before continual pre-training.
    public var initialLoss: [Double]
    /// Target loss per domain (nil when the run has none; only policies that do not
    /// `needsTargets` run without).
    public var targetLoss: [Double]?
    /// Learning velocity per domain, as the policy defines it (`MixingPolicy.velocity`).
    public var velocity: [Double]
}

/// A rule that turns the current weights and fresh losses into the next weights.
///
/// Update rules return unnormalised, non-negative scores; `Mixer` normalises them and applies
/// smoothing and the floor, so every rule shares one post-processing path. A policy whose scores
/// are already the weights to use (a replayed schedule) says so with `scoresAreFinalWeights`.
public protocol MixingPolicy: Sendable {
    /// Which policy this is.
    var kind: PolicyKind { get }
    /// Whether `scores` are finished weights on the simplex, applied exactly as returned, rather
    /// than raw scores for the shared post-processing. False unless a policy says otherwise.
    var scoresAreFinalWeights: Bool { get }
    /// Non-negative scores proportional to the next weights; nil keeps weights unchanged.
    func scores(current weights: [Double], input: PolicyInput) -> [Double]?
    /// The learning velocity the policy steers by, for `losses` (nil when it is undefined: no
    /// targets). Default: `Velocity.of` against the targets.
    func velocity(losses: [Double], initialLoss: [Double], targetLoss: [Double]?, epsilon: Double) -> [Double]?
    /// Whether the policy updates after optimizer step `step` when updates are due every
    /// `interval` steps. Default: every `interval` steps after step 0.
    func updateIsDue(afterStep step: Int, interval: Int) -> Bool
}

extension MixingPolicy {
    /// False: an update rule's scores are normalised, smoothed and floored by `Mixer`.
    public var scoresAreFinalWeights: Bool { false }

    /// `Velocity.of` against the targets; nil without targets.
    public func velocity(losses: [Double], initialLoss: [Double], targetLoss: [Double]?, epsilon: Double) -> [Double]? {
        targetLoss.map { Velocity.of(current: losses, initial: initialLoss, target: $0, epsilon: epsilon) }
    }

    /// Every `interval` steps after step 0.
    public func updateIsDue(afterStep step: Int, interval: Int) -> Bool { step > 0 && step % interval == 0 }
}

/// Keeps the weights fixed.
public struct StaticPolicy: MixingPolicy {
    /// `.static`.
    public var kind: PolicyKind { .static }
    /// Creates the policy.
    public init() {}
    /// Always nil: the weights never change.
    public func scores(current weights: [Double], input: PolicyInput) -> [Double]? { nil }
    /// Never: there is nothing to update.
    public func updateIsDue(afterStep step: Int, interval: Int) -> Bool { false }
}

/// Velocitune's rule: `w * exp(eta * V)`.
public struct VelocitunePolicy: MixingPolicy {
    /// Step size of the multiplicative update.
    public var eta: Double
    /// `.velocitune`.
    public var kind: PolicyKind { .velocitune }
    /// Creates the policy with step size `eta`.
    public init(eta: Double) { self.eta = eta }
    /// `w * exp(eta * V)`.
    public func scores(current weights: [Double], input: PolicyInput) -> [Double]? {
        weights.indices.map { weights[$0] * exp(eta * input.velocity[$0]) }
    }
}

/// Sheared-LLaMA's rule: `w * exp(eta * max(l_t - l_ref, 0))`, with `l_ref` the targets.
public struct DistancePolicy: MixingPolicy {
    /// Step size of the multiplicative update.
    public var eta: Double
    /// `.distance`.
    public var kind: PolicyKind { .distance }
    /// Creates the policy with step size `eta`.
    public init(eta: Double) { self.eta = eta }
    /// `w * exp(eta * max(l_t - l_ref, 0))`; nil (unchanged) without targets.
    public func scores(current weights: [Double], input: PolicyInput) -> [Double]? {
        guard let targets = input.targetLoss else { return nil }
        return weights.indices.map { weights[$0] * exp(eta * max(input.losses[$0] - targets[$0], 0)) }
    }
}

/// The no-target ablation: Velocitune with `l_target = 0`, i.e. `V = clamp(l_t / l_init, 0, 1)`.
public struct NoTargetPolicy: MixingPolicy {
    /// Step size of the multiplicative update.
    public var eta: Double
    /// `.noTarget`.
    public var kind: PolicyKind { .noTarget }
    /// Creates the policy.
    public init(eta: Double) { self.eta = eta }
    /// `clamp(l_t / l_init, 0, 1)`: the velocity against a target of 0, whatever targets exist.
    public func velocity(losses: [Double], initialLoss: [Double], targetLoss: [Double]?, epsilon: Double) -> [Double]? {
        Velocity.of(current: losses, initial: initialLoss, target: losses.map { _ in 0 }, epsilon: epsilon)
    }
    /// `w * exp(eta * clamp(l_t / l_init, 0, 1))`.
    public func scores(current weights: [Double], input: PolicyInput) -> [Double]? {
        weights.indices.map { weights[$0] * exp(eta * input.velocity[$0]) }
    }
}

/// The linear-update ablation: `w * (1 + eta * V)`.
public struct LinearPolicy: MixingPolicy {
    /// Step size of the update.
    public var eta: Double
    /// `.linear`.
    public var kind: PolicyKind { .linear }
    /// Creates the policy with step size `eta`.
    public init(eta: Double) { self.eta = eta }
    /// `w * (1 + eta * V)`.
    public func scores(current weights: [Double], input: PolicyInput) -> [Double]? {
        weights.indices.map { weights[$0] * (1 + eta * input.velocity[$0]) }
    }
}

/// Replays a recorded schedule: at each update the weights become the schedule's weights at
/// that step.
public struct ReplayPolicy: MixingPolicy {
    /// The schedule to replay.
    public var schedule: WeightSchedule
    /// `.replay`.
    public var kind: PolicyKind { .replay }
    /// True: recorded weights (validated to be on the simplex) apply exactly as recorded.
    public var scoresAreFinalWeights: Bool { true }
    /// Creates the policy.
    public init(schedule: WeightSchedule) { self.schedule = schedule }
    /// The schedule's weights in effect at `input.step`.
    public func scores(current weights: [Double], input: PolicyInput) -> [Double]? {
        schedule.weights(atStep: input.step)
    }
    /// Exactly at the recorded schedule's steps, whatever the interval.
    public func updateIsDue(afterStep step: Int, interval: Int) -> Bool {
        step > 0 && schedule.stages.contains { $0.fromStep == step }
    }
}

