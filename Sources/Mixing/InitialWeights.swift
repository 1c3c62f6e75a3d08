import Foundation

/// How the starting mixture is chosen.
public enum InitialWeights: Sendable, Hashable, Codable {
    /// Proportional to each domain's training tokens (the paper's choice).
    case natural
    /// Equal weights.
    case uniform
    /// Given per domain by name (normalised; missing domains get 0).
    case explicit([String: Double])

    /// Parses `natural`, `uniform`, or `name=weight,name=weight,...`.
    public init(parsing text: String) throws(MixingError) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        switch trimmed {
        case "natural": self = .natural
        case "uniform": self = .uniform
        default:
            var weights: [String: Double] = [:]
            for part in trimmed.split(separator: ",") {
                let pieces = part.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
                guard pieces.count == 2, !pieces[0].isEmpty, let value = Double(pieces[1]) else {
                    throw .invalidWeights("\"\(part)\" is not of the form name=weight (expected natural, uniform or name=weight,...)")
                }
                guard weights[pieces[0]] == nil else { throw .invalidWeights("domain \"\(pieces[0])\" is given twice") }
                weights[pieces[0]] = value
            }
            guard !weights.isEmpty else { throw .invalidWeights("expected natural, uniform or name=weight,..., got \"\(text)\"") }
            self = .explicit(weights)
        }
    }

    /// The weights for `domains`, given each domain's training tokens (used by `.natural`).
    public func resolve(domains: [String], tokenCounts: [Double]) throws(MixingError) -> [Double] {
        let raw: [Double]
        switch self {
        case .natural:
            raw = tokenCounts
        case .uniform:
            raw = domains.map { _ in 1 }
        case let .explicit(map):
            let known = Set(domains)
            if !map.keys.allSatisfy(known.contains), let unknown = map.keys.sorted().first(where: { !known.contains($0) }) {
                throw .invalidWeights("unknown domain \"\(unknown)\" (known: \(domains.joined(separator: ", ")))")
            }
            raw = domains.map { map[$0] ?? 0 }
        }
        if let bad = raw.firstIndex(where: { !$0.isFinite || $0 < 0 }) {
            throw .invalidWeights("domain \"\(domains[bad])\": weight \(raw[bad]) must be finite and >= 0")
        }
        guard let weights = Simplex.normalize(raw) else {
            throw .invalidWeights("all weights are zero; at least one domain needs a positive weight")
        }
        return weights
    }

    private enum CodingKeys: String, CodingKey { case kind, weights }

    /// Encodes as a string (`natural`, `uniform`) or a map of weights.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .natural: try container.encode("natural")
        case .uniform: try container.encode("uniform")
        case let .explicit(map): try container.encode(map)
        }
    }

    /// Decodes a string (`natural`, `uniform`, `a=0.5,b=0.5`) or a map of weights.
    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let text = try? container.decode(String.self) {
            do { self = try InitialWeights(parsing: text) } catch {
                throw DecodingError.dataCorruptedError(in: container, debugDescription: error.description)
            }
        } else {
            self = .explicit(try container.decode([String: Double].self))
        }
    }
}

