/// The complete, serialisable state of a mixer: its configuration, current weights and the
/// history of updates. Encoding and decoding it (JSON) restores bitwise-equal weights.
public struct MixerState: Codable, Sendable, Hashable {
    /// The format version this build writes and reads.
    public static let currentFormatVersion = 1

    /// Format version of this value.
    public var formatVersion: Int
    /// The configuration the mixer was created with.
    public var configuration: MixerConfiguration
    /// The weights in effect now.
    public var weights: [Double]
    /// Number of updates applied so far (the weights' version).
    public var version: Int
    /// Step of the last update, if any.
    public var lastStep: Int?
    /// Velocities computed at the last update.
    public var lastVelocity: [Double]?
    /// Every weight change, starting with the initial weights at step 0.
    public var schedule: WeightSchedule
    /// What replay protection remembers between updates (nil without replay domains, and before
    /// the first update).
    public var replayMemory: ReplayMemory?
    /// What the target refit remembers between updates (nil without `targetRefit`, and before
    /// the first update).
    public var refitMemory: RefitMemory?
}

/// The outcome of one update.
public struct MixUpdate: Codable, Sendable, Hashable {
    /// The weights' version after this update.
    public var version: Int
    /// The step at which the losses were measured; the weights apply from this step on.
    public var step: Int
    /// The new weights.
    public var weights: [Double]
    /// The velocities computed from the losses (nil when the policy has no velocity: no targets).
    public var velocity: [Double]?
}

/// Applies a mixing policy to a stream of per-domain losses, keeping the weights on the simplex.
public struct Mixer: Sendable {
    /// The mixer's state (serialise it to resume exactly).
    public private(set) var state: MixerState
    private let policy: any MixingPolicy

    /// Creates a mixer at its initial weights.
    public init(configuration: MixerConfiguration) throws(MixingError) {
        try configuration.validate()
        state = MixerState(formatVersion: MixerState.currentFormatVersion, configuration: configuration,
                           weights: configuration.initialWeights, version: 0, lastStep: nil, lastVelocity: nil,
                           schedule: WeightSchedule(stages: [.init(fromStep: 0, weights: configuration.initialWeights)]))
        policy = configuration.makePolicy()
    }

    /// Restores a mixer from a saved state.
    public init(restoring saved: MixerState) throws(MixingError) {
        guard saved.formatVersion == MixerState.currentFormatVersion else {
            throw .unsupportedStateVersion(found: saved.formatVersion, supported: MixerState.currentFormatVersion)
        }
        try saved.configuration.validate()
        guard saved.weights.count == saved.configuration.domains.count, Simplex.contains(saved.weights, tolerance: 1e-6) else {
            throw .invalidWeights("saved weights \(saved.weights) are not on the simplex")
        }
        if let memory = saved.replayMemory {
            let count = saved.configuration.domains.count
            guard memory.lastLosses.count == count, memory.band.count == count,
                  (memory.lastLosses + memory.band).allSatisfy({ $0.isFinite && $0 >= 0 }) else {
                throw .invalidConfiguration("saved replayMemory must hold one finite, non-negative loss and band per domain (\(count))")
            }
        }
        if let memory = saved.refitMemory {
            guard saved.configuration.targetRefit != nil else { throw .invalidConfiguration("saved refitMemory without a targetRefit in the configuration") }
            try memory.validate(domains: saved.configuration.domains.count)
        }
        state = saved
        policy = saved.configuration.makePolicy()
    }

    /// The domains, in the order of every per-domain array.
    public var domains: [String] { state.configuration.domains }
    /// The weights in effect now.
    public var weights: [Double] { state.weights }

    /// The velocities the policy assigns to `losses` measured at `step` (no state change); nil
    /// when it has none (no targets, and a policy that needs them). The step matters only with
    /// a target curve.
    /// Replay domains get their forgetting velocity (`Velocity.forgetting`) under either rule,
    /// in the band they would have after observing `losses`.
    /// With a target refit, the targets are those of the last update.
    public func velocity(for losses: [Double], atStep step: Int = .max) -> [Double]? {
        velocity(for: losses, atStep: step, memory: replayMemory(observing: losses), refit: state.refitMemory)
    }

    /// The targets in effect at `step`: the configuration's, each replaced by its refitted
    /// target where `refit` has one.
    public func targets(atStep step: Int) -> [Double]? {
        targets(atStep: step, refit: state.refitMemory)
    }

    private func targets(atStep step: Int, refit: RefitMemory?) -> [Double]? {
        guard let given = state.configuration.targets(atStep: step) else { return nil }
        guard let refitted = refit?.targets else { return given }
        return zip(given, refitted).map { $1 ?? $0 }
    }

    /// `memory` is nil exactly when there are no replay domains (`replayMemory(observing:)`).
    private func velocity(for losses: [Double], atStep step: Int, memory: ReplayMemory?, refit: RefitMemory?) -> [Double]? {
        let c = state.configuration
        guard var velocity = policy.velocity(losses: losses, initialLoss: c.initialLoss, targetLoss: targets(atStep: step, refit: refit), epsilon: c.epsilon)
                ?? memory.map({ _ in losses.map { _ in 0 } }) else { return nil }
        if let memory {
            for i in c.replayDomains {
                velocity[i] = Velocity.forgetting(current: losses[i], initial: c.initialLoss[i], tolerance: c.effectiveReplayTolerance,
                                                  band: memory.band[i])
            }
        }
        return velocity
    }

    /// The replay memory after observing `losses` (nil without replay domains).
    private func replayMemory(observing losses: [Double]) -> ReplayMemory? {
        let c = state.configuration
        return c.replayDomains.isEmpty ? nil : ReplayMemory.observing(losses, after: state.replayMemory, configuration: c)
    }

    /// Whether the policy updates the weights after optimizer step `step`, when updates are due
    /// every `interval` steps (replay: exactly at its recorded steps; static: never).
    public func updateIsDue(afterStep step: Int, interval: Int) -> Bool {
        policy.updateIsDue(afterStep: step, interval: interval)
    }

    /// Observes held-out losses measured at `step` and moves the weights by the policy.
    /// `learningRateArea` is the run's learning-rate area at `step` (peak-rate steps, warm-up at
    /// the peak); a configuration with a `targetRefit` needs it, others ignore it.
    ///
    /// - Throws: `MixingError.invalidLoss` when a loss is missing or not a finite non-negative
    ///   number, or the area is missing or smaller than the last update's; the weights are then
    ///   unchanged.
    @discardableResult
    public mutating func update(step: Int, losses: [Double], learningRateArea: Double? = nil) throws(MixingError) -> MixUpdate {
        let c = state.configuration
        try c.validate(losses: losses)
        guard step >= (state.lastStep ?? 0) else {
            throw .invalidStep("step \(step) is before the last update's step \(state.lastStep ?? 0)")
        }
        guard state.version < Int.max else { throw .invalidConfiguration("the mixer has reached its last version") }
        var refit: RefitMemory?
        if let targetRefit = c.targetRefit {
            guard let learningRateArea else { throw .invalidConfiguration("refitting the targets needs the run's learning-rate area at every update") }
            refit = try RefitMemory.observing(step: step, runArea: learningRateArea, losses: losses, weights: state.weights,
                                              after: state.refitMemory, configuration: c, refit: targetRefit)
        }
        let memory = replayMemory(observing: losses)
        let velocity = self.velocity(for: losses, atStep: step, memory: memory, refit: refit)
        let input = PolicyInput(step: step, losses: losses, initialLoss: c.initialLoss, targetLoss: targets(atStep: step, refit: refit),
                                velocity: velocity ?? losses.map { _ in 0 })
        var next = state.weights
        if let scores = policy.scores(current: state.weights, input: input) {
            if policy.scoresAreFinalWeights {
                next = scores
            } else if !c.replayDomains.isEmpty {
                next = try Self.reweightingOthers(scores, keeping: Self.replayShares(c, velocity: input.velocity), configuration: c)
            } else {
                guard let normalized = Simplex.normalize(scores) else {
                    throw .invalidWeights("policy \(c.policy.rawValue) produced scores that cannot be normalised: \(scores)")
                }
                next = Simplex.applyFloor(Simplex.smooth(normalized, toward: c.effectiveSmoothing), floor: c.floor)
            }
        }
        state.version += 1
        state.lastStep = step
        state.lastVelocity = velocity
        state.replayMemory = memory
        state.refitMemory = refit
        if next != state.weights {
            state.weights = next
            state.schedule.stages.append(.init(fromStep: step, weights: next))
        }
        return MixUpdate(version: state.version, step: step, weights: next, velocity: velocity)
    }

    /// The replay domains' weights for the next update: under `share` their initial weights;
    /// under `constraint` their initial weights times their forgetting velocity (`velocity`, how
    /// close each loss is to its bound), set afresh at every update rather than compounded, so a
    /// replay domain gets data while it forgets and gives it back as soon as its loss is safe.
    /// The policy's scores for replay domains are not used under either rule.
    static func replayShares(_ c: MixerConfiguration, velocity: [Double]) -> [Int: Double] {
        var shares: [Int: Double] = [:]
        for i in c.replayDomains {
            switch c.effectiveReplayRule {
            case .share: shares[i] = c.initialWeights[i]
            case .constraint: shares[i] = max(c.initialWeights[i] * velocity[i], min(c.floor, c.initialWeights[i]))
            }
        }
        return shares
    }

    /// The replay domains take the weights in `kept`; the scores of the others are normalised,
    /// smoothed and floored among themselves, then scaled into what is left.
    static func reweightingOthers(_ scores: [Double], keeping kept: [Int: Double],
                                  configuration c: MixerConfiguration) throws(MixingError) -> [Double] {
        let others = scores.indices.filter { kept[$0] == nil }
        guard let normalized = Simplex.normalize(others.map { scores[$0] }) else {
            throw .invalidWeights("policy \(c.policy.rawValue) produced scores that cannot be normalised: \(scores)")
        }
        let shares = Simplex.applyFloor(Simplex.smooth(normalized, toward: c.effectiveSmoothing), floor: min(c.floor, 1 / Double(others.count)))
        let left = 1 - kept.values.reduce(0, +)
        var next = scores.indices.map { kept[$0] ?? 0 }
        for (position, i) in others.enumerated() { next[i] = shares[position] * left }
        return next
    }

    /// Observes losses given by domain name; every domain must be present and no other.
    @discardableResult
    public mutating func update(step: Int, losses: [String: Double], learningRateArea: Double? = nil) throws(MixingError) -> MixUpdate {
        try update(step: step, losses: state.configuration.orderedLosses(losses), learningRateArea: learningRateArea)
    }
}
