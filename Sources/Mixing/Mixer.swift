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
}

/// The outcome of one update.
public struct MixUpdate: Codable, Sendable, Hashable {
    /// The weights' version after this update.
    public var version: Int
    /// The step at which the losses were measured; the weights apply from this step on.
    public var step: Int
    /// The new weights.
    public var weights: [Double]
    /// The velocities computed from the losses.
    public var velocity: [Double]
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
        state = saved
        policy = saved.configuration.makePolicy()
    }

    /// The domains, in the order of every per-domain array.
    public var domains: [String] { state.configuration.domains }
    /// The weights in effect now.
    public var weights: [Double] { state.weights }

    /// The velocities the current configuration assigns to `losses` (no state change).
    public func velocity(for losses: [Double]) -> [Double] {
        let c = state.configuration
        return Velocity.of(current: losses, initial: c.initialLoss, target: c.targetLoss, epsilon: c.epsilon)
    }

    /// Observes held-out losses measured at `step` and moves the weights by the policy.
    ///
    /// - Throws: `MixingError.invalidLoss` when a loss is missing or not a finite non-negative
    ///   number; the weights are then unchanged.
    @discardableResult
    public mutating func update(step: Int, losses: [Double]) throws(MixingError) -> MixUpdate {
        let c = state.configuration
        guard losses.count == c.domains.count else {
            throw .invalidLoss("expected \(c.domains.count) losses (\(c.domains.joined(separator: ", "))), got \(losses.count)")
        }
        if let bad = losses.firstIndex(where: { !$0.isFinite || $0 < 0 }) {
            throw .invalidLoss("domain \"\(c.domains[bad])\": \(losses[bad]) is not a finite non-negative loss")
        }
        let velocity = self.velocity(for: losses)
        let input = PolicyInput(step: step, losses: losses, initialLoss: c.initialLoss, targetLoss: c.targetLoss,
                                velocity: velocity)
        var next = state.weights
        if let scores = policy.scores(current: state.weights, input: input) {
            if policy.scoresAreFinalWeights {
                next = scores
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
        if next != state.weights {
            state.weights = next
            state.schedule.stages.append(.init(fromStep: step, weights: next))
        }
        return MixUpdate(version: state.version, step: step, weights: next, velocity: velocity)
    }

    /// Observes losses given by domain name; every domain must be present and no other.
    @discardableResult
    public mutating func update(step: Int, losses: [String: Double]) throws(MixingError) -> MixUpdate {
        let c = state.configuration
        if let unknown = losses.keys.sorted().first(where: { !c.domains.contains($0) }) {
            throw .invalidLoss("unknown domain \"\(unknown)\" (known: \(c.domains.joined(separator: ", ")))")
        }
        var ordered: [Double] = []
        for domain in c.domains {
            guard let value = losses[domain] else { throw .invalidLoss("missing loss for domain \"\(domain)\"") }
            ordered.append(value)
        }
        return try update(step: step, losses: ordered)
    }
}
