/// Why a mixer refused an input. Each case says what was wrong and what was expected.
public enum MixingError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The configuration is inconsistent (shapes, ranges, missing schedule).
    case invalidConfiguration(String)
    /// Weights are negative, all zero, non-finite or do not sum to one.
    case invalidWeights(String)
    /// A reported loss is missing, unknown, negative or not finite.
    case invalidLoss(String)
    /// An update's step goes backwards.
    case invalidStep(String)
    /// A saved mixer state has a format version this build does not read.
    case unsupportedStateVersion(found: Int, supported: Int)

    /// A sentence describing the problem.
    public var description: String {
        switch self {
        case let .invalidConfiguration(message): return "invalid mixer configuration: \(message)"
        case let .invalidWeights(message): return "invalid weights: \(message)"
        case let .invalidLoss(message): return "invalid loss: \(message)"
        case let .invalidStep(message): return "invalid step: \(message)"
        case let .unsupportedStateVersion(found, supported):
            return "mixer state format version \(found) is not supported (this build reads version \(supported))"
        }
    }
}
