import Foundation

/// A parametric loss curve as the fitter sees it: internal parameters with box bounds, a grid of
/// starting points, and the prediction with its gradient. Internal parameters are chosen for
/// conditioning (log-scales, tokens divided by a reference), not for presentation.
protocol LossCurveModel {
    /// Number of internal parameters.
    var parameterCount: Int { get }
    /// Lower bounds of the internal parameters.
    var lower: [Double] { get }
    /// Upper bounds of the internal parameters.
    var upper: [Double] { get }
    /// Starting points for the local optimiser.
    func startingPoints(for points: [LossPoint]) -> [[Double]]
    /// The predicted loss at `point`; writes d(prediction)/d(p) into `gradient[0..<n]`.
    func predict(_ p: [Double], at point: LossPoint, gradient: inout [Double]) -> Double
}

/// Least-squares scale `s >= tiny` of `y ~ s * x` (used to seed the scale parameters).
private func positiveScale(_ y: [Double], _ x: [Double]) -> Double {
    var num = 0.0, den = 0.0
    for i in y.indices { num += x[i] * y[i]; den += x[i] * x[i] }
    let s = den > 0 ? num / den : 1
    return s > 1e-12 ? s : 1e-12
}

/// Internal form of `E + B * D^-beta`: `p = (E, log B', beta)` with
/// `B' = B * tokenScale^-beta`, i.e. tokens measured in units of `tokenScale`.
struct PowerLawCurve: LossCurveModel {
    /// Tokens are divided by this (the geometric mean of the points' tokens).
    let tokenScale: Double
    /// E must stay below this (just under the smallest observed loss).
    let maximumE: Double

    let parameterCount = 3
    var lower: [Double] { [0, -50, 1e-4] }
    var upper: [Double] { [maximumE, 50, 2] }

    init(points: [LossPoint]) {
        tokenScale = exp(points.map { log($0.tokens) }.reduce(0, +) / Double(points.count))
        maximumE = points.map(\.loss).min()! * (1 - 1e-9)
    }

    func startingPoints(for points: [LossPoint]) -> [[Double]] {
        var starts: [[Double]] = []
        for beta in [0.05, 0.1, 0.2, 0.35, 0.5, 0.7, 1.0, 1.5] {
            for fraction in [0.0, 0.4, 0.7, 0.9, 0.98] {
                let e = fraction * maximumE
                let z = points.map { pow($0.tokens / tokenScale, -beta) }
                let b = positiveScale(points.map { $0.loss - e }, z)
                starts.append([e, log(b), beta])
            }
        }
        return starts
    }

    func predict(_ p: [Double], at point: LossPoint, gradient: inout [Double]) -> Double {
        let x = point.tokens / tokenScale
        let term = exp(p[1] - p[2] * log(x))
        gradient[0] = 1
        gradient[1] = term
        gradient[2] = -term * log(x)
        return p[0] + term
    }

    /// The public law for internal parameters `p`.
    func law(_ p: [Double]) -> PowerLaw {
        PowerLaw(E: p[0], B: exp(p[1] + p[2] * log(tokenScale)), beta: p[2])
    }
}

/// Internal form of `E + A N^-alpha + B D^-beta`: `p = (E, log A', alpha, log B', beta)` with
/// `N` and `D` measured in units of their geometric means.
struct ChinchillaCurve: LossCurveModel {
    /// Tokens are divided by this.
    let tokenScale: Double
    /// Parameter counts are divided by this.
    let parameterScale: Double
    /// E must stay below this.
    let maximumE: Double

    let parameterCount = 5
    var lower: [Double] { [0, -50, 1e-4, -50, 1e-4] }
    var upper: [Double] { [maximumE, 50, 2, 50, 2] }

    init(points: [LossPoint]) {
        let n = Double(points.count)
        tokenScale = exp(points.map { log($0.tokens) }.reduce(0, +) / n)
        parameterScale = exp(points.map { log($0.parameters ?? 1) }.reduce(0, +) / n)
        maximumE = points.map(\.loss).min()! * (1 - 1e-9)
    }

    func startingPoints(for points: [LossPoint]) -> [[Double]] {
        var starts: [[Double]] = []
        for alpha in [0.1, 0.3, 0.6, 1.0] {
            for beta in [0.1, 0.3, 0.6, 1.0] {
                for fraction in [0.0, 0.5, 0.9] {
                    let e = fraction * maximumE
                    let u = points.map { pow(($0.parameters ?? 1) / parameterScale, -alpha) }
                    let z = points.map { pow($0.tokens / tokenScale, -beta) }
                    let y = points.map { $0.loss - e }
                    // Split the reducible loss evenly between the two terms to start.
                    let a = positiveScale(y.map { $0 / 2 }, u)
                    let b = positiveScale(y.map { $0 / 2 }, z)
                    starts.append([e, log(a), alpha, log(b), beta])
                }
            }
        }
        return starts
    }

    func predict(_ p: [Double], at point: LossPoint, gradient: inout [Double]) -> Double {
        let logN = log((point.parameters ?? 1) / parameterScale)
        let logD = log(point.tokens / tokenScale)
        let modelTerm = exp(p[1] - p[2] * logN)
        let dataTerm = exp(p[3] - p[4] * logD)
        gradient[0] = 1
        gradient[1] = modelTerm
        gradient[2] = -modelTerm * logN
        gradient[3] = dataTerm
        gradient[4] = -dataTerm * logD
        return p[0] + modelTerm + dataTerm
    }

    /// The public law for internal parameters `p`.
    func law(_ p: [Double]) -> ChinchillaLaw {
        ChinchillaLaw(E: p[0], A: exp(p[1] + p[2] * log(parameterScale)), alpha: p[2],
                      B: exp(p[3] + p[4] * log(tokenScale)), beta: p[4])
    }
}
