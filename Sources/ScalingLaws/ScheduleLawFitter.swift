import Common
import Foundation

/// A schedule-aware law fitted to the observations of one or more learning-rate curves.
public struct ScheduleLawFit: Codable, Sendable, Hashable {
    /// The fitted law.
    public var law: ScheduleLaw
    /// The curves the observations were made on (index 0: the trunk).
    public var curves: [LearningRateCurve]
    /// The observations that were fitted (those before `skip_steps` left out).
    public var observations: [CurveObservation]
    /// Goodness-of-fit figures and warnings.
    public var diagnostics: ScheduleFitDiagnostics

    /// The predicted loss after `t` updates of `curve`.
    public func predict(curve: LearningRateCurve, at t: Int) -> Double { law.loss(curve: curve, at: t) }
}

/// How well a schedule-aware law fits.
public struct ScheduleFitDiagnostics: Codable, Sendable, Hashable {
    /// Root-mean-square of `observed - fitted`.
    public var rmse: Double
    /// Standard deviation of the log residuals: the curve's fluctuation from one evaluation to
    /// the next (relative), which the interval includes.
    public var relativeNoise: Double
    /// `observed - fitted` per observation.
    public var residuals: [Double]
    /// Cases the user should know about.
    public var warnings: [String]

    enum CodingKeys: String, CodingKey {
        case rmse, residuals, warnings
        case relativeNoise = "relative_noise"
    }
}

/// Fits schedule-aware laws (`ScheduleLawMethod`) to held-out losses measured along learning-rate
/// curves: a constant-rate trunk (curve 0) and cool-down branches taken from it. Residuals are
/// relative (log losses) with a Huber threshold, weighted by each observation's standard error
/// when it is known; observations before `skipSteps` (the warm-up transient) are left out.
public struct ScheduleLawFitter: Sendable {
    /// Huber threshold, iterations, bootstrap settings.
    public var options: FitOptions
    /// Observations at fewer updates are left out.
    public var skipSteps: Int

    /// Creates a fitter.
    public init(options: FitOptions = FitOptions(), skipSteps: Int = 0) {
        self.options = options
        self.skipSteps = skipSteps
    }

    /// Fits `method` to `observations` of `curves` (curve 0 is the constant-rate trunk).
    /// - Throws: `FitError` for too few usable observations, non-finite or non-positive losses,
    ///   or a fit that does not converge.
    public func fit(_ method: ScheduleLawMethod, curves: [LearningRateCurve], observations all: [CurveObservation]) throws(FitError) -> ScheduleLawFit {
        for (index, o) in all.enumerated() {
            guard o.loss.isFinite, o.loss > 0 else { throw .invalidValue(index: index, field: "loss", value: o.loss) }
            guard o.curve >= 0, o.curve < curves.count, o.step >= 1, o.step <= curves[o.curve].steps else {
                throw .invalidValue(index: index, field: "step", value: Double(o.step))
            }
        }
        let observations = all.filter { $0.step >= max(skipSteps, 1) }
        let trunk = observations.filter { $0.curve == 0 }
        var warnings: [String] = []
        let law: ScheduleLaw
        switch method {
        case .cooldown:
            guard trunk.count >= 3 else { throw .tooFewPoints(count: trunk.count, required: 3) }
            law = .cooldown(try fitCooldown(curves: curves, trunk: trunk, branches: observations.filter { $0.curve != 0 }, warnings: &warnings))
        case .momentum:
            guard observations.count >= 5 else { throw .tooFewPoints(count: observations.count, required: 5) }
            law = .momentum(try fitMomentum(curves: curves, observations: observations))
        case .multiPower:
            guard observations.count >= 6 else { throw .tooFewPoints(count: observations.count, required: 6) }
            law = .multiPower(try fitMultiPower(curves: curves, observations: observations))
        }
        if method != .cooldown && !observations.contains(where: { o in curves[o.curve].rates[o.step - 1] < 1 - 1e-9 }) {
            warnings.append("no observation after any learning-rate decrease: the annealing term is not identified")
        }
        let residuals = observations.map { $0.loss - law.loss(curve: curves[$0.curve], at: $0.step) }
        let logResiduals = observations.map { log($0.loss) - log(law.loss(curve: curves[$0.curve], at: $0.step)) }
        let n = Double(observations.count)
        let mean = logResiduals.reduce(0, +) / n
        let noise = (logResiduals.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / max(n - 1, 1)).squareRoot()
        return ScheduleLawFit(law: law, curves: curves, observations: observations,
                              diagnostics: ScheduleFitDiagnostics(rmse: (residuals.reduce(0) { $0 + $1 * $1 } / n).squareRoot(),
                                                                  relativeNoise: noise, residuals: residuals, warnings: warnings))
    }

    /// A prediction interval for the loss after `t` updates of `curve`: percentiles of refits
    /// on observations resampled within each curve, widened (in quadrature) by the curve's
    /// evaluation-to-evaluation fluctuation, so it covers where one run actually ends.
    public func predictionInterval(for fit: ScheduleLawFit, curve: LearningRateCurve, at t: Int) -> PredictionInterval {
        let settings = options.bootstrap
        var rng = SplitMix64(seed: settings.seed)
        let byCurve = Dictionary(grouping: fit.observations, by: \.curve)
        var predictions: [Double] = []
        for _ in 0..<settings.samples {
            var sample: [CurveObservation] = []
            for (_, members) in byCurve.sorted(by: { $0.key < $1.key }) {
                for _ in members.indices { sample.append(members[rng.nextIndex(below: members.count)]) }
            }
            guard let refit = try? ScheduleLawFitter(options: options, skipSteps: 0).fit(fit.law.method, curves: fit.curves, observations: sample) else { continue }
            let value = refit.predict(curve: curve, at: t)
            if value.isFinite { predictions.append(value) }
        }
        predictions.sort()
        let center = fit.predict(curve: curve, at: t)
        let tail = (1 - settings.confidence) / 2
        let z = Self.normalQuantile(1 - tail)
        let spread = z * fit.diagnostics.relativeNoise * center
        guard !predictions.isEmpty else {
            return PredictionInterval(lower: center - spread, upper: center + spread, confidence: settings.confidence, samples: 0)
        }
        let low = center - ScalingLawFitter.quantile(predictions, tail), high = ScalingLawFitter.quantile(predictions, 1 - tail) - center
        return PredictionInterval(lower: center - (max(low, 0) * max(low, 0) + spread * spread).squareRoot(),
                                  upper: center + (max(high, 0) * max(high, 0) + spread * spread).squareRoot(),
                                  confidence: settings.confidence, samples: predictions.count)
    }

    // MARK: - The methods

    private func fitCooldown(curves: [LearningRateCurve], trunk: [CurveObservation], branches: [CurveObservation],
                             warnings: inout [String]) throws(FitError) -> CooldownLaw {
        // Stage 1: log L = log A - alpha log S1 on the trunk.
        let area = trunk.map { log(max(curves[0].area(at: $0.step), 1e-9)) }
        let powerLaw = try minimize(trunk, lower: [-50, -1], upper: [50, 3], starts: [[log(trunk[0].loss) + 0.1 * area[0], 0.1]]) { p, i, gradient in
            let value = exp(p[0] - p[1] * area[i])
            gradient[0] = value
            gradient[1] = -value * area[i]
            return value
        }
        let A = exp(powerLaw[0]), alpha = powerLaw[1]
        // Stage 2: the relative gain of a full decay, from the branches.
        guard !branches.isEmpty else {
            warnings.append("no cool-down branch: the annealing gain is taken as 0")
            return CooldownLaw(A: A, alpha: alpha, gain: 0)
        }
        let base = branches.map { A * pow(max(curves[$0.curve].area(at: $0.step), 1e-9), -alpha) }
        let decayed = branches.map { curves[$0.curve].decayedFraction(at: $0.step) }
        let gain = try minimize(branches, lower: [-0.5], upper: [0.9], starts: [[0.0]]) { p, i, gradient in
            gradient[0] = -base[i] * decayed[i]
            return base[i] * (1 - p[0] * decayed[i])
        }[0]
        return CooldownLaw(A: A, alpha: alpha, gain: gain)
    }

    private func fitMomentum(curves: [LearningRateCurve], observations: [CurveObservation]) throws(FitError) -> MomentumLaw {
        let smallest = observations.map(\.loss).min()!
        let area = observations.map { max(curves[$0.curve].area(at: $0.step), 1e-9) }
        var best: (law: MomentumLaw, objective: Double)?
        for lambda in [0.9, 0.95, 0.98, 0.99, 0.995, 0.999] {
            let annealing = observations.map { curves[$0.curve].momentumArea(at: $0.step, lambda: lambda) }
            var starts: [[Double]] = []
            for fraction in [0.0, 0.5, 0.9] {
                for alpha in [0.05, 0.2, 0.6] {
                    let scale = max(observations[0].loss - fraction * smallest, 1e-6) * pow(area[0], alpha)
                    starts.append([fraction * smallest, log(scale), alpha, 0])
                }
            }
            guard let (p, objective) = try? minimizeWithObjective(observations, lower: [0, -50, 0, 0], upper: [smallest * 0.999, 50, 3, 1e6],
                                                                  starts: starts, model: { p, i, gradient in
                let power = exp(p[1]) * pow(area[i], -p[2])
                gradient[0] = 1
                gradient[1] = power
                gradient[2] = -power * log(area[i])
                gradient[3] = -annealing[i]
                return p[0] + power - p[3] * annealing[i]
            }) else { continue }
            if best == nil || objective < best!.objective {
                best = (MomentumLaw(L0: p[0], A: exp(p[1]), alpha: p[2], C: p[3], lambda: lambda), objective)
            }
        }
        guard let best else { throw .didNotConverge(reason: "no momentum value gave a finite fit") }
        return best.law
    }

    private func fitMultiPower(curves: [LearningRateCurve], observations: [CurveObservation]) throws(FitError) -> MultiPowerLaw {
        let beta = 0.6, gamma = 0.6
        let smallest = observations.map(\.loss).min()!
        let area = observations.map { max(curves[$0.curve].area(at: $0.step), 1e-9) }
        var starts: [[Double]] = []
        for fraction in [0.0, 0.5, 0.9] {
            for alpha in [0.05, 0.3] {
                for c in [0.05, 1.0] {
                    let scale = max(observations[0].loss - fraction * smallest, 1e-6) * pow(area[0], alpha)
                    starts.append([fraction * smallest, log(scale), alpha, 0.1 * smallest, c])
                }
            }
        }
        let p = try minimize(observations, lower: [0, -50, 0, 0, 1e-4], upper: [smallest * 0.999, 50, 3, 10 * smallest, 100], starts: starts) { p, i, gradient in
            let o = observations[i]
            let power = exp(p[1]) * pow(area[i], -p[2])
            let drop = curves[o.curve].multiPowerDrop(at: o.step, c: p[4], beta: beta, gamma: gamma)
            gradient[0] = 1
            gradient[1] = power
            gradient[2] = -power * log(area[i])
            gradient[3] = -drop.value
            gradient[4] = -p[3] * drop.dC
            return p[0] + power - p[3] * drop.value
        }
        return MultiPowerLaw(L0: p[0], A: exp(p[1]), alpha: p[2], B: p[3], C: p[4], beta: beta, gamma: gamma)
    }

    // MARK: - The solver

    /// The best parameters over `starts` of the Huber objective on relative residuals
    /// `log(model(p, i)) - log(loss_i)`, weighted by the observations' relative standard errors.
    private func minimize(_ observations: [CurveObservation], lower: [Double], upper: [Double], starts: [[Double]],
                          model: (_ p: [Double], _ i: Int, _ gradient: inout [Double]) -> Double) throws(FitError) -> [Double] {
        try minimizeWithObjective(observations, lower: lower, upper: upper, starts: starts, model: model).parameters
    }

    private func minimizeWithObjective(_ observations: [CurveObservation], lower: [Double], upper: [Double], starts: [[Double]],
                                       model: (_ p: [Double], _ i: Int, _ gradient: inout [Double]) -> Double) throws(FitError)
        -> (parameters: [Double], objective: Double) {
        let n = lower.count
        let logLoss = observations.map { log($0.loss) }
        // Weights relative to the typical standard error, so equal errors mean equal weights.
        let relative = observations.map { o in o.standardError.map { max($0 / o.loss, 1e-4) } }
        let known = relative.compactMap { $0 }
        let typical = known.isEmpty ? 1 : known.sorted()[known.count / 2]
        let weights = relative.map { $0.map { typical / $0 } ?? 1 }
        let solver = RobustLeastSquares(lower: lower, upper: upper, huberDelta: options.huberDelta, maxIterations: options.maxIterations)
        var gradient = [Double](repeating: 0, count: n)
        var best: RobustLeastSquares.Solution?
        for start in starts {
            let solution = solver.minimize(residualCount: observations.count, start: start) { p, r, J in
                for i in observations.indices {
                    let prediction = model(p, i, &gradient)
                    guard prediction > 0, prediction.isFinite else {
                        r[i] = .infinity
                        continue
                    }
                    r[i] = weights[i] * (log(prediction) - logLoss[i])
                    for j in 0..<n { J[i * n + j] = weights[i] * gradient[j] / prediction }
                }
            }
            guard solution.objective.isFinite, solution.parameters.allSatisfy(\.isFinite) else { continue }
            if best == nil || solution.objective < best!.objective { best = solution }
        }
        guard let best else { throw .didNotConverge(reason: "every start produced non-finite losses") }
        return (best.parameters, best.objective)
    }

    /// The standard normal quantile (Acklam's rational approximation, |error| < 1.2e-9).
    static func normalQuantile(_ p: Double) -> Double {
        let a = [-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02, 1.383577518672690e+02, -3.066479806614716e+01, 2.506628277459239e+00]
        let b = [-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02, 6.680131188771972e+01, -1.328068155288572e+01]
        let c = [-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00, -2.549732539343734e+00, 4.374664141464968e+00, 2.938163982698783e+00]
        let d = [7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00, 3.754408661907416e+00]
        let q = min(max(p, 1e-12), 1 - 1e-12)
        if q < 0.02425 {
            let t = (-2 * log(q)).squareRoot()
            return (((((c[0] * t + c[1]) * t + c[2]) * t + c[3]) * t + c[4]) * t + c[5]) / ((((d[0] * t + d[1]) * t + d[2]) * t + d[3]) * t + 1)
        }
        if q > 1 - 0.02425 { return -normalQuantile(1 - q) }
        let u = q - 0.5, r = u * u
        return (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * u / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1)
    }
}
