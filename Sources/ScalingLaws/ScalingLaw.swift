/// A fitted law of either form, so callers can predict without caring which form was fitted.
public enum ScalingLaw: Sendable, Hashable {
    /// `E + B * D^-beta` (one model size).
    case dataOnly(PowerLaw)
    /// `E + A / N^alpha + B / D^beta` (several model sizes).
    case chinchilla(ChinchillaLaw)

    /// The predicted loss after `tokens` tokens; `parameters` is used by the two-variable form
    /// only (and required by it).
    public func loss(atTokens tokens: Double, parameters: Double? = nil) -> Double {
        switch self {
        case let .dataOnly(law):
            return law.loss(atTokens: tokens)
        case let .chinchilla(law):
            return law.loss(parameters: parameters ?? .nan, tokens: tokens)
        }
    }

    /// The irreducible loss `E`.
    public var E: Double {
        switch self {
        case let .dataOnly(law): return law.E
        case let .chinchilla(law): return law.E
        }
    }

    /// The data-term scale `B`.
    public var B: Double {
        switch self {
        case let .dataOnly(law): return law.B
        case let .chinchilla(law): return law.B
        }
    }

    /// The data exponent `beta`.
    public var beta: Double {
        switch self {
        case let .dataOnly(law): return law.beta
        case let .chinchilla(law): return law.beta
        }
    }
}

extension ScalingLaw: Codable {
    private enum CodingKeys: String, CodingKey { case form, E, A, alpha, B, beta }

    /// Encodes as a flat object: `{"form": "data-only", "E":..., "B":..., "beta":...}` or with
    /// `"form": "chinchilla"` and `A`, `alpha` as well.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case let .dataOnly(law):
            try container.encode("data-only", forKey: .form)
            try container.encode(law.E, forKey: .E)
            try container.encode(law.B, forKey: .B)
            try container.encode(law.beta, forKey: .beta)
        case let .chinchilla(law):
            try container.encode("chinchilla", forKey: .form)
            try container.encode(law.E, forKey: .E)
            try container.encode(law.A, forKey: .A)
            try container.encode(law.alpha, forKey: .alpha)
            try container.encode(law.B, forKey: .B)
            try container.encode(law.beta, forKey: .beta)
        }
    }

    /// Decodes the flat form written by `encode(to:)`; a missing `form` means data-only.
    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let form = try container.decodeIfPresent(String.self, forKey: .form) ?? "data-only"
        let E = try container.decode(Double.self, forKey: .E)
        let B = try container.decode(Double.self, forKey: .B)
        let beta = try container.decode(Double.self, forKey: .beta)
        switch form {
        case "data-only":
            self = .dataOnly(PowerLaw(E: E, B: B, beta: beta))
        case "chinchilla":
            self = .chinchilla(ChinchillaLaw(
                E: E, A: try container.decode(Double.self, forKey: .A),
                alpha: try container.decode(Double.self, forKey: .alpha), B: B, beta: beta))
        default:
            throw DecodingError.dataCorruptedError(
                forKey: .form, in: container,
                debugDescription: "expected \"data-only\" or \"chinchilla\", got \"\(form)\"")
        }
    }
}
