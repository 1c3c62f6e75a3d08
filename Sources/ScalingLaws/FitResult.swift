/// A fitted scaling law with the data it was fitted to and how well it fits.
public struct ScalingLawFit: Codable, Sendable, Hashable {
    /// The fitted law.
    public var law: ScalingLaw
    /// The points, in input order.
    public var points: [LossPoint]
    /// Goodness-of-fit figures and warnings.
    public var diagnostics: FitDiagnostics

    /// Creates a fit record.
    public init(law: ScalingLaw, points: [LossPoint], diagnostics: FitDiagnostics) {
        self.law = law
        self.points = points
        self.diagnostics = diagnostics
    }

    /// The fitted loss at `tokens` (and `parameters`, for the two-variable form; defaults to
    /// the largest model size among the points).
    public func predict(atTokens tokens: Double, parameters: Double? = nil) -> Double {
        law.loss(atTokens: tokens, parameters: parameters ?? points.compactMap(\.parameters).max())
    }
}

/// How well a law fits its points. Losses are in the units of the input (nats per token).
public struct FitDiagnostics: Codable, Sendable, Hashable {
    /// Root-mean-square of `observed - fitted` over the points.
    public var rmse: Double
    /// Coefficient of determination of the fitted losses (1 is a perfect fit).
    public var rSquared: Double
    /// `|fitted - observed| / observed` for the last point (most tokens) when the law is refitted
    /// without it: an honest estimate of extrapolation error. Nil when too few points remain.
    public var heldOutLastRelativeError: Double?
    /// `observed - fitted` per point, in input order.
    public var residuals: [Double]
    /// The Huber threshold used on log-loss residuals.
    public var huberDelta: Double
    /// Number of optimiser starts, and how many converged.
    public var starts: Int
    /// Starts that converged to a finite solution.
    public var convergedStarts: Int
    /// Cases the user should know about (a parameter on its bound, a flat curve, ...).
    public var warnings: [String]

    /// Creates a diagnostics record.
    public init(rmse: Double, rSquared: Double, heldOutLastRelativeError: Double?, residuals: [Double],
                huberDelta: Double, starts: Int, convergedStarts: Int, warnings: [String]) {
        self.rmse = rmse
        self.rSquared = rSquared
        self.heldOutLastRelativeError = heldOutLastRelativeError
        self.residuals = residuals
        self.huberDelta = huberDelta
        self.starts = starts
        self.convergedStarts = convergedStarts
        self.warnings = warnings
    }
}

/// A bootstrap interval for a predicted loss.
public struct PredictionInterval: Codable, Sendable, Hashable {
    /// Lower end of the interval.
    public var lower: Double
    /// Upper end of the interval.
    public var upper: Double
    /// Nominal coverage, e.g. 0.9.
    public var confidence: Double
    /// Bootstrap refits that succeeded (the interval's sample size).
    public var samples: Int

    /// Creates an interval record.
    public init(lower: Double, upper: Double, confidence: Double, samples: Int) {
        self.lower = lower
        self.upper = upper
        self.confidence = confidence
        self.samples = samples
    }

    /// Whether `value` lies within the interval (ends included).
    public func contains(_ value: Double) -> Bool { lower <= value && value <= upper }
}
