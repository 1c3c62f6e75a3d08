import Common
import Foundation
import Mixing
import RunLog

/// Runs a mixing policy against domains whose learning curves are known, in microseconds per
/// step, so a user can pick eta and the update interval before spending compute.
///
/// Each step adds `w_i * tokensPerStep` tokens to domain i (fractional, deterministic). At step 0
/// and every `updateEvery` steps the held-out losses are "measured" (the true curve value, times
/// `1 + noise * N(0,1)`), the mixer updates, and an `eval` event is logged with the losses, the
/// velocities and the weights in effect from that step on. A final evaluation closes the run.
public struct Simulator: Sendable {
    /// The validated configuration.
    public let config: SimulationConfig
    private let offsets: [Double]
    private let transfer: [[Double]]

    /// Validates `config`.
    public init(config: SimulationConfig) throws(FieldError) {
        guard config.steps > 0 else { throw FieldError([.key("steps")], "must be > 0, got \(config.steps)") }
        guard config.tokensPerStep > 0, config.tokensPerStep.isFinite else {
            throw FieldError([.key("tokens_per_step")], "must be a positive number, got \(config.tokensPerStep)")
        }
        guard config.updateEvery > 0 else {
            throw FieldError([.key("update_every")], "must be > 0, got \(config.updateEvery)")
        }
        guard !config.domains.isEmpty else { throw FieldError([.key("domains")], "at least one domain is needed") }
        if config.domains.allSatisfy({ $0.role == .replay }) {
            throw FieldError([.key("domains")], "every domain is a replay domain: at least one must be a target domain to steer")
        }
        if let tolerance = config.replayTolerance, !(tolerance > 0 && tolerance <= 1) {
            throw FieldError([.key("replay_tolerance")], "must be in (0, 1], got \(tolerance)")
        }
        let names = config.domains.map(\.name)
        var offsets: [Double] = []
        for (i, d) in config.domains.enumerated() {
            let field: [FieldError.Component] = [.key("domains"), .index(i)]
            guard names.firstIndex(of: d.name) == i else {
                throw FieldError(field + [.key("name")], "duplicate domain name \"\(d.name)\"")
            }
            guard d.E >= 0, d.E.isFinite else { throw FieldError(field + [.key("E")], "must be >= 0, got \(d.E)") }
            guard d.B > 0, d.B.isFinite else { throw FieldError(field + [.key("B")], "must be > 0, got \(d.B)") }
            guard d.beta > 0, d.beta.isFinite else { throw FieldError(field + [.key("beta")], "must be > 0, got \(d.beta)") }
            guard d.initLoss > d.E, d.initLoss.isFinite else {
                throw FieldError(field + [.key("init_loss")], "must be above E = \(d.E), got \(d.initLoss)")
            }
            guard d.target.isFinite else { throw FieldError(field + [.key("target")], "must be a number") }
            if let forgetting = d.forgetting, !(forgetting.isFinite && forgetting >= 0) {
                throw FieldError(field + [.key("forgetting")], "must be a number >= 0, got \(forgetting)")
            }
            if let noise = d.noise, !(noise >= 0 && noise < 1) {
                throw FieldError(field + [.key("noise")], "must be in [0, 1), got \(noise)")
            }
            if let tokens = d.tokens, !(tokens > 0 && tokens.isFinite) {
                throw FieldError(field + [.key("tokens")], "must be > 0, got \(tokens)")
            }
            for (other, fraction) in d.transfer ?? [:] {
                guard names.contains(other) else {
                    throw FieldError(field + [.key("transfer"), .key(other)], "unknown domain (known: \(names.joined(separator: ", ")))")
                }
                guard fraction.isFinite, fraction >= 0 else {
                    throw FieldError(field + [.key("transfer"), .key(other)], "must be >= 0, got \(fraction)")
                }
            }
            // Solve E + B * d0^-beta = initLoss for the tokens already "seen" before CPT.
            offsets.append(pow(d.B / (d.initLoss - d.E), 1 / d.beta))
        }
        self.config = config
        self.offsets = offsets
        self.transfer = config.domains.map { d in names.map { d.transfer?[$0] ?? 0 } }
    }

    /// The mixer configuration for `policy` (default: the config's policy).
    public func mixerConfiguration(policy: PolicyKind? = nil) throws(MixingError) -> MixerConfiguration {
        let domains = config.domains
        let initial = try (config.initialWeights ?? .natural).resolve(
            domains: domains.map(\.name), tokenCounts: domains.map { $0.tokens ?? 1 })
        return MixerConfiguration(policy: policy ?? config.policy ?? .velocitune, domains: domains.map(\.name),
                                  initialLoss: domains.map(\.initLoss), targetLoss: domains.map(\.target),
                                  initialWeights: initial, eta: config.eta ?? MixerDefaults.eta, smoothing: config.smoothing,
                                  floor: config.floor ?? MixerDefaults.floor,
                                  targetCurve: config.targetCurve == true ? staticCurve(weights: initial) : nil,
                                  roles: domains.contains { $0.role != nil } ? domains.map { $0.role ?? .target } : nil,
                                  replayRule: config.replayRule, replayTolerance: config.replayTolerance)
    }

    /// The true held-out losses of a static run at `weights`, at step 0, every `update_every`
    /// steps and at the end: the time-varying targets a perfect prediction would give.
    public func staticCurve(weights: [Double]) -> TargetCurve {
        let steps = Array(Set(Array(stride(from: 0, through: config.steps, by: config.updateEvery)) + [config.steps])).sorted()
        return TargetCurve(steps: steps, losses: steps.map { step in trueLoss(seen: weights.map { $0 * config.tokensPerStep * Double(step) }) })
    }

    /// The true held-out loss of each domain after `seen[i]` tokens of each domain.
    public func trueLoss(seen: [Double]) -> [Double] {
        config.domains.indices.map { i in
            let d = config.domains[i]
            var effective = seen[i], others = 0.0
            for j in seen.indices where j != i {
                effective += transfer[i][j] * seen[j]
                others += seen[j]
            }
            let forgetting = (d.forgetting ?? 0) * others / (Double(config.steps) * config.tokensPerStep)
            return d.E + d.B * pow(offsets[i] + effective, -d.beta) + forgetting
        }
    }

    /// Simulates the run with `policy` (default: the config's), passing every event to `log`.
    public func run(policy: PolicyKind? = nil, log: (MetricsEvent) throws -> Void = { _ in }) throws -> SimulationResult {
        var mixer = try Mixer(configuration: mixerConfiguration(policy: policy))
        let names = mixer.domains
        let k = names.count
        var seen = [Double](repeating: 0, count: k)
        var weightSum = [Double](repeating: 0, count: k)
        var rng = SplitMix64(seed: config.seed ?? 0)
        var start = MetricsEvent(event: .start, step: 0, tokens: 0)
        start.info = ["policy": mixer.state.configuration.policy.rawValue, "source": "simulate"]
        try log(start)

        func measure() -> [Double] {
            zip(trueLoss(seen: seen), config.domains).map { loss, d in
                let noise = d.noise ?? 0
                return noise > 0 ? loss * (1 + noise * rng.nextGaussian()) : loss
            }
        }
        func record(step: Int, losses: [Double], velocity: [Double]?) throws {
            var event = MetricsEvent(event: .eval, step: step, tokens: Int(seen.reduce(0, +).rounded()))
            event.domainLoss = Dictionary(uniqueKeysWithValues: zip(names, losses))
            event.velocity = velocity.map { Dictionary(uniqueKeysWithValues: zip(names, $0)) }
            event.weights = Dictionary(uniqueKeysWithValues: zip(names, mixer.weights))
            event.mixVersion = mixer.state.version
            try log(event)
        }

        let initial = measure()
        try record(step: 0, losses: initial, velocity: mixer.velocity(for: initial, atStep: 0))
        for step in 1...config.steps {
            let weights = mixer.weights
            for i in 0..<k {
                seen[i] += weights[i] * config.tokensPerStep
                weightSum[i] += weights[i]
            }
            let updateDue = mixer.updateIsDue(afterStep: step, interval: config.updateEvery) && step < config.steps
            if updateDue || step % config.updateEvery == 0 || step == config.steps {
                let losses = measure()
                if updateDue { try mixer.update(step: step, losses: losses) }
                try record(step: step, losses: losses, velocity: mixer.velocity(for: losses, atStep: step))
            }
        }
        let truth = trueLoss(seen: seen)
        // The summary compares policies on one scale: the velocity against each domain's fixed
        // target, whatever the policy steered by.
        let velocity = Velocity.of(current: truth, initial: config.domains.map(\.initLoss), target: config.domains.map(\.target),
                                   epsilon: MixerDefaults.epsilon)
        var end = MetricsEvent(event: .end, step: config.steps, tokens: Int(seen.reduce(0, +).rounded()))
        end.domainLoss = Dictionary(uniqueKeysWithValues: zip(names, truth))
        end.velocity = Dictionary(uniqueKeysWithValues: zip(names, velocity))
        try log(end)
        return SimulationResult(policy: mixer.state.configuration.policy, domains: names,
                                roles: config.domains.map { $0.role ?? .target }, initialLoss: config.domains.map(\.initLoss), finalLoss: truth,
                                finalVelocity: velocity, finalWeights: mixer.weights,
                                averageWeights: weightSum.map { $0 / Double(config.steps) }, tokensSeen: seen,
                                updates: mixer.state.version)
    }
}

/// The outcome of a simulated run.
public struct SimulationResult: Codable, Sendable, Hashable {
    /// The policy that ran.
    public var policy: PolicyKind
    /// Domain names.
    public var domains: [String]
    /// Each domain's role.
    public var roles: [DomainRole]
    /// Held-out loss per domain before training.
    public var initialLoss: [Double]
    /// True (noise-free) held-out loss per domain at the end.
    public var finalLoss: [Double]
    /// Learning velocity per domain at the end, from the true losses against each domain's fixed
    /// target (the same scale for every policy).
    public var finalVelocity: [Double]
    /// Weights in effect at the end.
    public var finalWeights: [Double]
    /// Weights averaged over all steps.
    public var averageWeights: [Double]
    /// Tokens of each domain consumed.
    public var tokensSeen: [Double]
    /// Number of weight updates.
    public var updates: Int

    /// The largest final velocity: the domain furthest from its target.
    public var worstVelocity: Double { finalVelocity.max() ?? 0 }
    /// The mean final loss of the target (non-replay) domains.
    public var meanTargetLoss: Double {
        let targets = domains.indices.filter { roles[$0] == .target }
        return targets.reduce(0) { $0 + finalLoss[$1] } / Double(max(targets.count, 1))
    }

    /// Each replay domain's final loss minus its initial loss (forgetting when positive).
    public var replayDrift: [Double] { domains.indices.filter { roles[$0] == .replay }.map { finalLoss[$0] - initialLoss[$0] } }

    /// Largest minus smallest final velocity: how unevenly domains progressed.
    public var velocitySpread: Double { (finalVelocity.max() ?? 0) - (finalVelocity.min() ?? 0) }
}
