import Common
import Mixing

/// A simulated experiment (`velocitune simulate CONFIG.yaml`): domains with known learning
/// curves, a token budget, and the mixing policy under test.
public struct SimulationConfig: Codable, Sendable, Hashable {
    /// Optimizer steps to simulate.
    public var steps: Int
    /// Training tokens per optimizer step (all domains together).
    public var tokensPerStep: Double
    /// Evaluate and update the weights every this many steps (m).
    public var updateEvery: Int
    /// The policy under test (default `velocitune`).
    public var policy: PolicyKind?
    /// Step size of the multiplicative update (default 1).
    public var eta: Double?
    /// Uniform smoothing (default: the policy's).
    public var smoothing: Double?
    /// Weight floor (default 0).
    public var floor: Double?
    /// Starting weights: `natural` (default, by `tokens`), `uniform`, or a map by domain.
    public var initialWeights: InitialWeights?
    /// Seed of the evaluation noise (default 0).
    public var seed: UInt64?
    /// Steer by the static run's true curve `l_target(t)` instead of each domain's fixed
    /// `target` (default false).
    public var targetCurve: Bool?
    /// How replay domains are treated (default `share`).
    public var replayRule: ReplayRule?
    /// The constraint rule's forgetting tolerance (default 0.01).
    public var replayTolerance: Double?
    /// The domains.
    public var domains: [SimulatedDomain]

    /// Creates a configuration; optional settings default as documented on each property.
    public init(steps: Int, tokensPerStep: Double, updateEvery: Int, policy: PolicyKind? = nil, eta: Double? = nil,
                smoothing: Double? = nil, floor: Double? = nil, initialWeights: InitialWeights? = nil,
                seed: UInt64? = nil, domains: [SimulatedDomain]) {
        self.steps = steps
        self.tokensPerStep = tokensPerStep
        self.updateEvery = updateEvery
        self.policy = policy
        self.eta = eta
        self.smoothing = smoothing
        self.floor = floor
        self.initialWeights = initialWeights
        self.seed = seed
        self.domains = domains
    }

    enum CodingKeys: String, CodingKey {
        case steps, policy, eta, smoothing, floor, seed, domains
        case tokensPerStep = "tokens_per_step"
        case updateEvery = "update_every"
        case initialWeights = "initial_weights"
        case targetCurve = "target_curve"
        case replayRule = "replay_rule"
        case replayTolerance = "replay_tolerance"
    }
}

/// One simulated domain. Its held-out loss after `d` effective tokens is
/// `E + B * (d0 + d)^(-beta)`, where `d0` is chosen so the loss starts at `initLoss`, and the
/// effective tokens are the domain's own plus `transfer[j]` times those of each other domain j.
public struct SimulatedDomain: Codable, Sendable, Hashable {
    /// Domain name.
    public var name: String
    /// Training tokens available (sets the natural weights; default 1).
    public var tokens: Double?
    /// Irreducible loss.
    public var E: Double
    /// Scale of the reducible loss.
    public var B: Double
    /// Data exponent.
    public var beta: Double
    /// Held-out loss before training (l_init); must exceed E.
    public var initLoss: Double
    /// The target loss the mixer aims at (l_target).
    public var target: Double
    /// Relative standard deviation of evaluation noise (0.01 = 1%; default 0).
    public var noise: Double?
    /// Tokens of other domains that count towards this one, as a fraction, by domain name.
    public var transfer: [String: Double]?
    /// `replay` for a domain of the original pre-training (default `target`).
    public var role: DomainRole?
    /// Forgetting: nats the loss rises by when the other domains consume the run's whole token
    /// budget (linear in their tokens; default 0).
    public var forgetting: Double?

    /// Creates a domain; `tokens`, `noise`, `transfer`, `role` and `forgetting` are optional.
    public init(name: String, tokens: Double? = nil, E: Double, B: Double, beta: Double, initLoss: Double,
                target: Double, noise: Double? = nil, transfer: [String: Double]? = nil, role: DomainRole? = nil, forgetting: Double? = nil) {
        self.role = role
        self.forgetting = forgetting
        self.name = name
        self.tokens = tokens
        self.E = E
        self.B = B
        self.beta = beta
        self.initLoss = initLoss
        self.target = target
        self.noise = noise
        self.transfer = transfer
    }

    enum CodingKeys: String, CodingKey {
        case name, tokens, E, B, beta, target, noise, transfer, role, forgetting
        case initLoss = "init_loss"
    }
}

extension SimulationConfig: FieldValidating {
    /// The simulator's checks, located at the field they concern.
    public func validateFields() throws(FieldError) { _ = try Simulator(config: self) }
}
