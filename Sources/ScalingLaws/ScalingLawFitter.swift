import Common
import Foundation

/// Fits scaling laws to loss curves robustly: Huber loss on log residuals, a grid of starting
/// points, a bounded Levenberg-Marquardt optimiser; constraints `0 <= E < min(loss)` and
/// `0 < beta <= 2` (also `0 < alpha <= 2`).
public struct ScalingLawFitter: Sendable {
    /// The fitter's options.
    public var options: FitOptions

    /// Creates a fitter.
    public init(options: FitOptions = FitOptions()) {
        self.options = options
    }

    /// Fits `L(D) = E + B * D^-beta` to points of one model size (at least 4).
    public func fitPowerLaw(_ points: [LossPoint]) throws(FitError) -> ScalingLawFit {
        try Self.validate(points, required: 4)
        let curve = PowerLawCurve(points: points)
        let solution = try solve(curve, points: points, starts: curve.startingPoints(for: points))
        let law = ScalingLaw.dataOnly(curve.law(solution.best.parameters))
        var diagnostics = describe(law, points: points, solution: solution)
        diagnostics.heldOutLastRelativeError = heldOutLastError(points, required: 4) { subset throws(FitError) in
            let c = PowerLawCurve(points: subset)
            return .dataOnly(c.law(try solve(c, points: subset, starts: c.startingPoints(for: subset)).best.parameters))
        }
        let p = solution.best.parameters
        if p[0] <= curve.lower[0] { diagnostics.warnings.append("E is at its lower bound 0") }
        let smallest = points.map(\.loss).min()!
        if p[0] >= smallest * 0.99 {
            diagnostics.warnings.append(String(format: "E = %.4f is within 1%% of the smallest observed loss %.4f: the curve has flattened, so the extrapolation barely goes below the data", p[0], smallest))
        }
        if p[2] >= 2 * (1 - 1e-9) { diagnostics.warnings.append("beta is at its upper bound 2") }
        return ScalingLawFit(law: law, points: points, diagnostics: diagnostics)
    }

    /// Fits `L(N, D) = E + A / N^alpha + B / D^beta` to points spanning at least two model sizes
    /// (at least 6 points: one more than the parameters).
    public func fitChinchilla(_ points: [LossPoint]) throws(FitError) -> ScalingLawFit {
        try Self.validate(points, required: 6)
        for (index, point) in points.enumerated() {
            guard let n = point.parameters, n.isFinite, n > 0 else {
                throw .invalidValue(index: index, field: "params", value: point.parameters ?? .nan)
            }
        }
        guard Set(points.compactMap(\.parameters)).count >= 2 else { throw .singleModelSize }
        let curve = ChinchillaCurve(points: points)
        let solution = try solve(curve, points: points, starts: curve.startingPoints(for: points))
        let law = ScalingLaw.chinchilla(curve.law(solution.best.parameters))
        var diagnostics = describe(law, points: points, solution: solution)
        diagnostics.heldOutLastRelativeError = heldOutLastError(points, required: 6) { subset throws(FitError) in
            guard Set(subset.compactMap(\.parameters)).count >= 2 else { throw .singleModelSize }
            let c = ChinchillaCurve(points: subset)
            return .chinchilla(c.law(try solve(c, points: subset, starts: c.startingPoints(for: subset)).best.parameters))
        }
        return ScalingLawFit(law: law, points: points, diagnostics: diagnostics)
    }

    /// Fits the two-variable law when the points carry two or more model sizes, otherwise the
    /// data-only law.
    public func fit(_ points: [LossPoint]) throws(FitError) -> ScalingLawFit {
        let sizes = Set(points.compactMap(\.parameters))
        return sizes.count >= 2 ? try fitChinchilla(points) : try fitPowerLaw(points)
    }

    /// A percentile-bootstrap interval for the fitted loss at `tokens` (and `parameters` for the
    /// two-variable form). Deterministic for a given `options.bootstrap.seed`.
    public func predictionInterval(for fit: ScalingLawFit, atTokens tokens: Double,
                                   parameters: Double? = nil) -> PredictionInterval {
        let settings = options.bootstrap
        let size = parameters ?? fit.points.compactMap(\.parameters).max()
        let predictions = bootstrapPredictions(for: fit, atTokens: tokens, parameters: size)
        let tail = (1 - settings.confidence) / 2
        return PredictionInterval(lower: Self.quantile(predictions, tail),
                                  upper: Self.quantile(predictions, 1 - tail),
                                  confidence: settings.confidence, samples: predictions.count)
    }

    /// Sorted bootstrap replicates of the prediction at (`tokens`, `parameters`).
    func bootstrapPredictions(for fit: ScalingLawFit, atTokens tokens: Double, parameters: Double?) -> [Double] {
        let settings = options.bootstrap
        let points = fit.points
        var rng = SplitMix64(seed: settings.seed)
        let refit: ([LossPoint]) -> ScalingLaw?
        switch fit.law {
        case .dataOnly:
            refit = { sample in
                let curve = PowerLawCurve(points: sample)
                return (try? self.solve(curve, points: sample, starts: self.bootstrapStarts(curve, sample, fit.law)))
                    .map { .dataOnly(curve.law($0.best.parameters)) }
            }
        case .chinchilla:
            refit = { sample in
                let curve = ChinchillaCurve(points: sample)
                return (try? self.solve(curve, points: sample, starts: self.bootstrapStarts(curve, sample, fit.law)))
                    .map { .chinchilla(curve.law($0.best.parameters)) }
            }
        }
        let fitted = points.map { fit.law.loss(atTokens: $0.tokens, parameters: $0.parameters) }
        let logResiduals = zip(points, fitted).map { log($0.loss) - log($1) }
        let mean = logResiduals.reduce(0, +) / Double(points.count)
        let inflation = (Double(points.count) / Double(max(points.count - fit.law.parameterCount, 1))).squareRoot()
        let centered = logResiduals.map { ($0 - mean) * inflation }
        let required = fit.law.minimumPoints
        var predictions: [Double] = []
        predictions.reserveCapacity(settings.samples)
        for _ in 0..<settings.samples {
            let sample: [LossPoint]
            switch settings.method {
            case .residuals:
                sample = points.indices.map { i in
                    var p = points[i]
                    p.loss = fitted[i] * exp(centered[rng.nextIndex(below: centered.count)])
                    return p
                }
            case .pairs:
                sample = points.indices.map { _ in points[rng.nextIndex(below: points.count)] }
                if Set(sample.map { [$0.tokens, $0.parameters ?? 0] }).count < required { continue }
            }
            if let law = refit(sample) {
                let value = law.loss(atTokens: tokens, parameters: parameters)
                if value.isFinite { predictions.append(value) }
            }
        }
        return predictions.sorted()
    }

    // MARK: - Internals

    /// The best of several local solutions, with how many starts converged.
    struct MultiStartSolution {
        var best: RobustLeastSquares.Solution
        var starts: Int
        var converged: Int
    }

    func solve<Model: LossCurveModel>(_ model: Model, points: [LossPoint],
                                      starts: [[Double]]) throws(FitError) -> MultiStartSolution {
        let n = model.parameterCount
        let logLoss = points.map { log($0.loss) }
        var gradient = [Double](repeating: 0, count: n)
        let solver = RobustLeastSquares(lower: model.lower, upper: model.upper,
                                        huberDelta: options.huberDelta, maxIterations: options.maxIterations)
        var best: RobustLeastSquares.Solution?
        var converged = 0
        var bestUnconverged: Double = .infinity
        for start in starts {
            let solution = solver.minimize(residualCount: points.count, start: start) { p, r, J in
                for i in points.indices {
                    let prediction = model.predict(p, at: points[i], gradient: &gradient)
                    r[i] = log(prediction) - logLoss[i]
                    for j in 0..<n { J[i * n + j] = gradient[j] / prediction }
                }
            }
            guard solution.objective.isFinite, solution.parameters.allSatisfy(\.isFinite) else { continue }
            guard solution.converged else {
                bestUnconverged = min(bestUnconverged, solution.objective)
                continue
            }
            converged += 1
            if best == nil || solution.objective < best!.objective { best = solution }
        }
        guard let best else {
            throw .didNotConverge(reason: bestUnconverged.isFinite
                ? "no start converged within \(options.maxIterations) iterations"
                : "every start produced non-finite losses")
        }
        return MultiStartSolution(best: best, starts: starts.count, converged: converged)
    }

    /// A few starts for bootstrap refits: the original solution and a coarse grid.
    private func bootstrapStarts<Model: LossCurveModel>(_ model: Model, _ sample: [LossPoint],
                                                        _ law: ScalingLaw) -> [[Double]] {
        let grid = model.startingPoints(for: sample)
        let stride = max(grid.count / 6, 1)
        var starts = Swift.stride(from: 0, to: grid.count, by: stride).map { grid[$0] }
        if let original = model.internalParameters(of: law) { starts.insert(original, at: 0) }
        return starts
    }

    private func describe(_ law: ScalingLaw, points: [LossPoint], solution: MultiStartSolution) -> FitDiagnostics {
        let residuals = points.map { $0.loss - law.loss(atTokens: $0.tokens, parameters: $0.parameters) }
        let n = Double(points.count)
        let mean = points.map(\.loss).reduce(0, +) / n
        let ssRes = residuals.reduce(0) { $0 + $1 * $1 }
        let ssTot = points.reduce(0) { $0 + ($1.loss - mean) * ($1.loss - mean) }
        return FitDiagnostics(rmse: (ssRes / n).squareRoot(), rSquared: ssTot > 0 ? 1 - ssRes / ssTot : 1,
                              heldOutLastRelativeError: nil, residuals: residuals,
                              huberDelta: options.huberDelta, starts: solution.starts,
                              convergedStarts: solution.converged, warnings: [])
    }

    /// Refits without the point with the most tokens and measures the relative error there.
    private func heldOutLastError(_ points: [LossPoint], required: Int,
                                  refit: ([LossPoint]) throws(FitError) -> ScalingLaw) -> Double? {
        guard points.count - 1 >= required,
              let last = points.indices.max(by: {
                  (points[$0].tokens, points[$0].parameters ?? 0) < (points[$1].tokens, points[$1].parameters ?? 0)
              }) else { return nil }
        var subset = points
        let held = subset.remove(at: last)
        guard let law = try? refit(subset) else { return nil }
        return abs(law.loss(atTokens: held.tokens, parameters: held.parameters) - held.loss) / held.loss
    }

    static func validate(_ points: [LossPoint], required: Int) throws(FitError) {
        guard points.count >= required else { throw .tooFewPoints(count: points.count, required: required) }
        for (index, point) in points.enumerated() {
            guard point.tokens.isFinite else { throw .invalidValue(index: index, field: "tokens", value: point.tokens) }
            guard point.tokens > 0 else { throw .nonPositiveTokens(index: index, tokens: point.tokens) }
            guard point.loss.isFinite, point.loss > 0 else {
                throw .invalidValue(index: index, field: "loss", value: point.loss)
            }
        }
    }

    /// Linear-interpolated quantile of sorted values (NaN when empty).
    static func quantile(_ sorted: [Double], _ q: Double) -> Double {
        guard !sorted.isEmpty else { return .nan }
        let position = q * Double(sorted.count - 1)
        let lowerIndex = Int(position.rounded(.down))
        let upperIndex = min(lowerIndex + 1, sorted.count - 1)
        let fraction = position - Double(lowerIndex)
        return sorted[lowerIndex] * (1 - fraction) + sorted[upperIndex] * fraction
    }
}

extension ScalingLaw {
    /// Number of free parameters of the law's form.
    var parameterCount: Int {
        switch self {
        case .dataOnly: return 3
        case .chinchilla: return 5
        }
    }

    /// Fewest points the form accepts.
    var minimumPoints: Int {
        switch self {
        case .dataOnly: return 4
        case .chinchilla: return 6
        }
    }
}

extension LossCurveModel {
    /// The internal parameters of `law` in this model's scaling, if the forms match.
    func internalParameters(of law: ScalingLaw) -> [Double]? {
        switch (law, self) {
        case let (.dataOnly(l), curve as PowerLawCurve):
            return [min(l.E, curve.maximumE), log(l.B) - l.beta * log(curve.tokenScale), l.beta]
        case let (.chinchilla(l), curve as ChinchillaCurve):
            return [min(l.E, curve.maximumE), log(l.A) - l.alpha * log(curve.parameterScale), l.alpha,
                    log(l.B) - l.beta * log(curve.tokenScale), l.beta]
        default:
            return nil
        }
    }
}
