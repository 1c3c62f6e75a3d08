import Common
import Foundation
import ScalingLaws
import TestSupport

/// Random learning curves with known parameters, for accuracy tests.
struct SyntheticCurve {
    var truth: PowerLaw
    var points: [LossPoint]
    /// Where predictions are checked: 10x past the last point.
    var extrapolationTokens: Double

    var trueLossAtExtrapolation: Double { truth.loss(atTokens: extrapolationTokens) }

    /// The benchmark: 8 points over 1.5 decades, 1% multiplicative noise, E in [1, 3],
    /// beta in [0.2, 0.8], the reducible loss at the first point in [0.5, 2].
    static func batch(count: Int, seed: UInt64, noise: Double = 0.01) -> [SyntheticCurve] {
        var rng = SplitMix64(seed: seed)
        return (0..<count).map { _ in
            let E = 1.0 + 2.0 * rng.nextUnitDouble()
            let beta = 0.2 + 0.6 * rng.nextUnitDouble()
            let firstTokens = 1e6 * pow(10, 2 * rng.nextUnitDouble())
            let B = (0.5 + 1.5 * rng.nextUnitDouble()) * pow(firstTokens, beta)
            let truth = PowerLaw(E: E, B: B, beta: beta)
            let tokens = (0..<8).map { firstTokens * pow(10, 1.5 * Double($0) / 7) }
            let points = tokens.map {
                LossPoint(tokens: $0, loss: truth.loss(atTokens: $0) * (1 + noise * rng.nextGaussian()))
            }
            return SyntheticCurve(truth: truth, points: points, extrapolationTokens: tokens.last! * 10)
        }
    }
}

/// Runs `scripts/fit_scipy.py` on the same curves; nil when Python with scipy is unavailable.
func scipyPredictions(_ curves: [SyntheticCurve]) throws -> [Double]? {
    guard PythonPeer.available(["numpy", "scipy"]) else { return nil }
    let directory = try Repository.temporaryDirectory("vt-scipy")
    defer { try? FileManager.default.removeItem(at: directory) }
    var points = "curve,tokens,loss\n", at = "curve,tokens\n"
    for (i, c) in curves.enumerated() {
        for p in c.points { points += "c\(i),\(p.tokens),\(p.loss)\n" }
        at += "c\(i),\(c.extrapolationTokens)\n"
    }
    let pointsFile = directory.appendingPathComponent("points.csv"), atFile = directory.appendingPathComponent("at.csv")
    try points.write(to: pointsFile, atomically: false, encoding: .utf8)
    try at.write(to: atFile, atomically: false, encoding: .utf8)
    let output = try PythonPeer.runScript("scripts/fit_scipy.py", [pointsFile.path, atFile.path])
    guard output.status == 0 else { throw PeerFailure(message: output.stderr) }
    let predictions = try JSONDecoder().decode([String: Double].self, from: output.stdout)
    return curves.indices.map { predictions["c\($0)"]! }
}

struct PeerFailure: Error { var message: String }

func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    let n = sorted.count
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2
}
