import Foundation

/// The data-only scaling law `L(D) = E + B * D^(-beta)`: the loss after `D` training tokens of a
/// model of fixed size (Chinchilla's form with the model-size term folded into `E`).
public struct PowerLaw: Codable, Sendable, Hashable {
    /// The irreducible loss the curve approaches as `D` grows.
    public var E: Double
    /// The scale of the reducible part.
    public var B: Double
    /// How fast the reducible part decays with tokens.
    public var beta: Double

    /// Creates a law from its three parameters.
    public init(E: Double, B: Double, beta: Double) {
        self.E = E
        self.B = B
        self.beta = beta
    }

    /// The predicted loss after `tokens` training tokens.
    public func loss(atTokens tokens: Double) -> Double {
        E + B * pow(tokens, -beta)
    }
}

/// The two-variable Chinchilla law `L(N, D) = E + A / N^alpha + B / D^beta` for `N` parameters
/// and `D` training tokens.
public struct ChinchillaLaw: Codable, Sendable, Hashable {
    /// The irreducible loss.
    public var E: Double
    /// The scale of the model-size term.
    public var A: Double
    /// The model-size exponent.
    public var alpha: Double
    /// The scale of the data term.
    public var B: Double
    /// The data exponent.
    public var beta: Double

    /// Creates a law from its five parameters.
    public init(E: Double, A: Double, alpha: Double, B: Double, beta: Double) {
        self.E = E
        self.A = A
        self.alpha = alpha
        self.B = B
        self.beta = beta
    }

    /// The predicted loss of a model with `parameters` parameters after `tokens` tokens.
    public func loss(parameters: Double, tokens: Double) -> Double {
        E + A * pow(parameters, -alpha) + B * pow(tokens, -beta)
    }

    /// The data-only law this becomes at a fixed model size.
    public func atModelSize(_ parameters: Double) -> PowerLaw {
        PowerLaw(E: E + A * pow(parameters, -alpha), B: B, beta: beta)
    }
}

/// One observation on a learning curve: the held-out loss after `tokens` training tokens, for a
/// model with `parameters` parameters when several model sizes are fitted together.
public struct LossPoint: Codable, Sendable, Hashable {
    /// Training tokens seen when the loss was measured; must be positive.
    public var tokens: Double
    /// The measured loss; must be positive and finite.
    public var loss: Double
    /// Model size in parameters (only for the two-variable law).
    public var parameters: Double?

    /// Creates a point.
    public init(tokens: Double, loss: Double, parameters: Double? = nil) {
        self.tokens = tokens
        self.loss = loss
        self.parameters = parameters
    }
}
