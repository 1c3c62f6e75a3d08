import Foundation

/// A held-out loss measured on one learning-rate curve: the loss after `step` updates of the run
/// whose schedule is curve number `curve`, with its standard error when known.
public struct CurveObservation: Codable, Sendable, Hashable {
    /// Index of the run's curve.
    public var curve: Int
    /// Updates done.
    public var step: Int
    /// The held-out loss.
    public var loss: Double
    /// Its standard error (nil: unknown).
    public var standardError: Double?

    /// Creates an observation.
    public init(curve: Int, step: Int, loss: Double, standardError: Double? = nil) {
        self.curve = curve
        self.step = step
        self.loss = loss
        self.standardError = standardError
    }

    enum CodingKeys: String, CodingKey {
        case curve, step, loss
        case standardError = "standard_error"
    }
}

/// The schedule-aware laws that predict a held-out loss from the learning-rate schedule.
public enum ScheduleLawMethod: String, Codable, Sendable, CaseIterable {
    /// A constant-rate trunk extrapolated in learning-rate area as a power law, times the
    /// annealing gain measured by cool-down branches (the WSD recipe of Hägele et al. 2024).
    case cooldown
    /// The momentum law of Tissue et al. 2024: `L0 + A S1^-alpha - C S2`.
    case momentum
    /// The multi-power law of Luo et al. 2025 with its shape exponents fixed.
    case multiPower = "multi-power"
}

/// `L(t) = A * S1(t)^-alpha * (1 - gain * d(t))`: a power law in the learning-rate area S1
/// (fitted to the constant-rate trunk) and a relative annealing gain that grows with the share
/// `d(t)` of the decay done (fitted to the cool-down branches).
public struct CooldownLaw: Codable, Sendable, Hashable {
    /// Loss at one peak-rate step of area.
    public var A: Double
    /// Power-law exponent in area.
    public var alpha: Double
    /// Relative loss drop of a full decay to the final rate.
    public var gain: Double

    /// Creates the law.
    public init(A: Double, alpha: Double, gain: Double) {
        self.A = A
        self.alpha = alpha
        self.gain = gain
    }

    /// The predicted loss after `t` updates of `curve`.
    public func loss(curve: LearningRateCurve, at t: Int) -> Double {
        A * pow(max(curve.area(at: t), 1e-9), -alpha) * (1 - gain * curve.decayedFraction(at: t))
    }
}

/// `L(t) = L0 + A * S1(t)^-alpha - C * S2(t)`, S2 the momentum-smoothed annealing area with
/// decay `lambda` (Tissue et al. 2024, arXiv 2408.11029).
public struct MomentumLaw: Codable, Sendable, Hashable {
    /// Irreducible loss.
    public var L0: Double
    /// Scale of the area term.
    public var A: Double
    /// Exponent of the area term.
    public var alpha: Double
    /// Loss drop per unit of annealing area.
    public var C: Double
    /// Momentum of the annealing area.
    public var lambda: Double

    /// Creates the law.
    public init(L0: Double, A: Double, alpha: Double, C: Double, lambda: Double) {
        self.L0 = L0
        self.A = A
        self.alpha = alpha
        self.C = C
        self.lambda = lambda
    }

    /// The predicted loss after `t` updates of `curve`.
    public func loss(curve: LearningRateCurve, at t: Int) -> Double {
        L0 + A * pow(max(curve.area(at: t), 1e-9), -alpha) - C * curve.momentumArea(at: t, lambda: lambda)
    }
}

/// `L(t) = L0 + A * S1(t)^-alpha - B * LD(t)` with `LD` the multi-power loss drop (Luo et al.
/// 2025, arXiv 2503.12811); `beta` and `gamma` are fixed at the values the paper found stable
/// across model sizes, since a few short cool-downs cannot identify them.
public struct MultiPowerLaw: Codable, Sendable, Hashable {
    /// Irreducible loss.
    public var L0: Double
    /// Scale of the area term.
    public var A: Double
    /// Exponent of the area term.
    public var alpha: Double
    /// Scale of the loss drop.
    public var B: Double
    /// Rate of the drop's saturation.
    public var C: Double
    /// Saturation exponent (fixed).
    public var beta: Double
    /// Rate exponent (fixed).
    public var gamma: Double

    /// Creates the law.
    public init(L0: Double, A: Double, alpha: Double, B: Double, C: Double, beta: Double, gamma: Double) {
        self.L0 = L0
        self.A = A
        self.alpha = alpha
        self.B = B
        self.C = C
        self.beta = beta
        self.gamma = gamma
    }

    /// The predicted loss after `t` updates of `curve`.
    public func loss(curve: LearningRateCurve, at t: Int) -> Double {
        L0 + A * pow(max(curve.area(at: t), 1e-9), -alpha) - B * curve.multiPowerDrop(at: t, c: C, beta: beta, gamma: gamma).value
    }
}

/// A fitted schedule-aware law.
public enum ScheduleLaw: Codable, Sendable, Hashable {
    /// See `CooldownLaw`.
    case cooldown(CooldownLaw)
    /// See `MomentumLaw`.
    case momentum(MomentumLaw)
    /// See `MultiPowerLaw`.
    case multiPower(MultiPowerLaw)

    /// Which method this law comes from.
    public var method: ScheduleLawMethod {
        switch self {
        case .cooldown: return .cooldown
        case .momentum: return .momentum
        case .multiPower: return .multiPower
        }
    }

    /// The predicted loss after `t` updates of `curve`.
    public func loss(curve: LearningRateCurve, at t: Int) -> Double {
        switch self {
        case let .cooldown(law): return law.loss(curve: curve, at: t)
        case let .momentum(law): return law.loss(curve: curve, at: t)
        case let .multiPower(law): return law.loss(curve: curve, at: t)
        }
    }

    private enum CodingKeys: String, CodingKey { case method, cooldown, momentum, multiPower = "multi_power" }

    /// Decodes `{"method": ..., "<method>": {parameters}}`.
    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        switch try container.decode(ScheduleLawMethod.self, forKey: .method) {
        case .cooldown: self = .cooldown(try container.decode(CooldownLaw.self, forKey: .cooldown))
        case .momentum: self = .momentum(try container.decode(MomentumLaw.self, forKey: .momentum))
        case .multiPower: self = .multiPower(try container.decode(MultiPowerLaw.self, forKey: .multiPower))
        }
    }

    /// Encodes `{"method": ..., "<method>": {parameters}}`.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(method, forKey: .method)
        switch self {
        case let .cooldown(law): try container.encode(law, forKey: .cooldown)
        case let .momentum(law): try container.encode(law, forKey: .momentum)
        case let .multiPower(law): try container.encode(law, forKey: .multiPower)
        }
    }
}
