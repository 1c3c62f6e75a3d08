/// Why a scaling-law fit was refused. Each case carries enough context to explain itself.
public enum FitError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Fewer points than the law needs (`required`) were given.
    case tooFewPoints(count: Int, required: Int)
    /// A point has zero or negative tokens (index into the input).
    case nonPositiveTokens(index: Int, tokens: Double)
    /// A point has a non-finite or non-positive value (index, field name).
    case invalidValue(index: Int, field: String, value: Double)
    /// The two-variable law needs points from at least two model sizes.
    case singleModelSize
    /// No starting point led the optimiser to a finite, converged solution.
    case didNotConverge(reason: String)

    /// A sentence describing the problem.
    public var description: String {
        switch self {
        case let .tooFewPoints(count, required):
            return "too few points: \(count) given, at least \(required) needed"
        case let .nonPositiveTokens(index, tokens):
            return "point \(index + 1): tokens must be > 0, got \(tokens)"
        case let .invalidValue(index, field, value):
            return "point \(index + 1): \(field) must be a finite positive number, got \(value)"
        case .singleModelSize:
            return "the two-variable law needs points from at least two model sizes"
        case let .didNotConverge(reason):
            return "the fit did not converge: \(reason)"
        }
    }
}
