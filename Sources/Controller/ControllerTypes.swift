import Foundation
import Mixing

/// The body of `PUT /v1/runs/{id}`: everything the controller needs to own a run's mixture.
public struct RunRegistration: Codable, Sendable, Equatable {
    /// Domain names, in a fixed order.
    public var domains: [String]
    /// Starting weights by domain (normalised; default uniform).
    public var initialWeights: [String: Double]?
    /// Held-out loss of each domain before continual pre-training.
    public var lInit: [String: Double]
    /// Target loss of each domain (required by velocitune, distance and linear).
    public var lTarget: [String: Double]?
    /// The policy: static, velocitune, distance, no-target or linear.
    public var policy: PolicyKind
    /// Step size (default 1).
    public var eta: Double?
    /// Uniform smoothing (default: the policy's).
    public var smoothing: Double?
    /// Minimum weight (default 0).
    public var floor: Double?
    /// Guard for l_init - l_target (default 1e-6).
    public var epsilon: Double?
    /// Steps between reports (informational: the trainer decides when to report).
    public var updateEvery: Int
    /// Steps between a report and the step its weights apply from (default 0).
    public var applyDelay: Int?
    /// Domains of the original pre-training, kept to limit forgetting rather than steered to a
    /// target (default none; see `ReplayRule`).
    public var replayDomains: [String]?
    /// How replay domains are treated (default `share`).
    public var replayRule: ReplayRule?
    /// The `constraint` rule's forgetting tolerance, relative to l_init (default 0.01).
    public var replayTolerance: Double?

    /// Creates a registration.
    public init(domains: [String], initialWeights: [String: Double]? = nil, lInit: [String: Double], lTarget: [String: Double]? = nil,
                policy: PolicyKind, eta: Double? = nil, smoothing: Double? = nil, floor: Double? = nil, epsilon: Double? = nil,
                updateEvery: Int, applyDelay: Int? = nil, replayDomains: [String]? = nil, replayRule: ReplayRule? = nil,
                replayTolerance: Double? = nil) {
        self.replayDomains = replayDomains
        self.replayRule = replayRule
        self.replayTolerance = replayTolerance
        self.domains = domains
        self.initialWeights = initialWeights
        self.lInit = lInit
        self.lTarget = lTarget
        self.policy = policy
        self.eta = eta
        self.smoothing = smoothing
        self.floor = floor
        self.epsilon = epsilon
        self.updateEvery = updateEvery
        self.applyDelay = applyDelay
    }

    enum CodingKeys: String, CodingKey {
        case domains, policy, eta, smoothing, floor, epsilon
        case initialWeights = "initial_weights"
        case lInit = "l_init"
        case lTarget = "l_target"
        case updateEvery = "update_every"
        case applyDelay = "apply_delay"
        case replayDomains = "replay_domains"
        case replayRule = "replay_rule"
        case replayTolerance = "replay_tolerance"
    }
}

/// The body of `POST /v1/runs/{id}/reports`.
public struct LossReport: Codable, Sendable, Equatable {
    /// The optimizer step at which the losses were measured.
    public var step: Int
    /// The weights version the trainer was using (the version it last applied).
    public var baseVersion: Int
    /// Held-out loss per domain (every registered domain, no other).
    public var losses: [String: Double]
    /// Training tokens consumed so far (informational).
    public var tokens: Int?

    /// Creates a report.
    public init(step: Int, baseVersion: Int, losses: [String: Double], tokens: Int? = nil) {
        self.step = step
        self.baseVersion = baseVersion
        self.losses = losses
        self.tokens = tokens
    }

    enum CodingKeys: String, CodingKey {
        case step, losses, tokens
        case baseVersion = "base_version"
    }
}

/// One version of a run's weights: the reply to a report, and an entry of its history.
public struct WeightsVersion: Codable, Sendable, Equatable {
    /// The version number (0 is the registration; never reused, also across forks).
    public var version: Int
    /// The version this one was derived from (nil for version 0 and imported states).
    public var baseVersion: Int?
    /// The step of the report (0 for registration).
    public var step: Int
    /// The step from which the trainer applies these weights.
    public var applyFromStep: Int
    /// Weights by domain.
    public var weights: [String: Double]
    /// Velocities by domain at this version.
    public var velocity: [String: Double]
    /// The losses reported (nil for version 0).
    public var losses: [String: Double]?
    /// Tokens reported.
    public var tokens: Int?
    /// True when a later report on an older base forked the history past this version.
    public var superseded: Bool
    /// Seconds since 1970 when the version was stored.
    public var createdAt: Double

    enum CodingKeys: String, CodingKey {
        case version, step, weights, velocity, losses, tokens, superseded
        case baseVersion = "base_version"
        case applyFromStep = "apply_from_step"
        case createdAt = "created_at"
    }
}

/// `GET /v1/runs/{id}/export` and the body of `PUT /v1/runs/{id}/state`: a run's registration,
/// its latest active version and the mixer state behind it (enough to rebuild the controller),
/// and on export the whole history.
public struct RunSnapshot: Codable, Sendable, Equatable {
    /// The run's id.
    public var id: String?
    /// The registration.
    public var registration: RunRegistration
    /// The latest active version.
    public var current: WeightsVersion
    /// The mixer state of that version (opaque to clients).
    public var state: MixerState
    /// Every version, oldest first (export only).
    public var versions: [WeightsVersion]?
}
