import Foundation

/// A box-constrained Levenberg-Marquardt minimiser of `sum_i huber(r_i(p))` for small problems
/// (a handful of parameters, up to a few thousand residuals).
///
/// The Huber objective is minimised by iteratively reweighted least squares: at each iteration a
/// residual larger than `delta` gets weight `delta / |r|`, which makes `J^T W r` the exact
/// gradient of the Huber objective; the damped Gauss-Newton system uses those weights. Bounds are
/// handled by an active set (a parameter on its bound whose gradient points outwards is frozen
/// for the step) and projection. A step is accepted only if it lowers the Huber objective.
struct RobustLeastSquares {
    /// Fills the residuals `r` (count m) and the Jacobian `J` (m x n, row-major) at `p`.
    typealias Model = (_ p: [Double], _ r: inout [Double], _ J: inout [Double]) -> Void

    /// Per-parameter lower bounds.
    var lower: [Double]
    /// Per-parameter upper bounds.
    var upper: [Double]
    /// Residuals larger than this count linearly instead of quadratically.
    var huberDelta: Double
    /// Maximum Gauss-Newton iterations before giving up.
    var maxIterations = 300
    /// Relative decrease of the objective below which the minimiser stops.
    var relativeTolerance = 1e-13

    /// The outcome of one minimisation.
    struct Solution {
        var parameters: [Double]
        var objective: Double
        var iterations: Int
        var converged: Bool
    }

    /// `huber(r) = r^2/2` for `|r| <= delta`, `delta * (|r| - delta/2)` beyond.
    static func huber(_ r: [Double], delta: Double) -> Double {
        var total = 0.0
        for value in r {
            let a = abs(value)
            total += a <= delta ? 0.5 * a * a : delta * (a - 0.5 * delta)
        }
        return total
    }

    /// Minimises from `start` (projected into the box first).
    func minimize(residualCount m: Int, start: [Double], model: Model) -> Solution {
        let n = start.count
        var p = project(start)
        var r = [Double](repeating: 0, count: m)
        var J = [Double](repeating: 0, count: m * n)
        model(p, &r, &J)
        var objective = Self.huber(r, delta: huberDelta)
        guard objective.isFinite else {
            return Solution(parameters: p, objective: .infinity, iterations: 0, converged: false)
        }
        var lambda = 1e-3
        var trialR = r
        var trialJ = J
        for iteration in 1...maxIterations {
            // Weighted normal equations: A = J^T W J, g = J^T W r.
            var A = [Double](repeating: 0, count: n * n)
            var g = [Double](repeating: 0, count: n)
            for i in 0..<m {
                let a = abs(r[i])
                let w = a <= huberDelta ? 1.0 : huberDelta / a
                for j in 0..<n {
                    let wj = w * J[i * n + j]
                    g[j] += wj * r[i]
                    for k in j..<n { A[j * n + k] += wj * J[i * n + k] }
                }
            }
            for j in 0..<n { for k in 0..<j { A[j * n + k] = A[k * n + j] } }
            let free = (0..<n).filter { j in
                let atLower = p[j] <= lower[j] && g[j] > 0
                let atUpper = p[j] >= upper[j] && g[j] < 0
                return !(atLower || atUpper)
            }
            if free.isEmpty || free.allSatisfy({ abs(g[$0]) <= 1e-15 }) {
                return Solution(parameters: p, objective: objective, iterations: iteration, converged: true)
            }
            var accepted = false
            while lambda < 1e16 {
                guard let step = Self.solveDamped(A: A, g: g, n: n, free: free, lambda: lambda) else {
                    lambda *= 10
                    continue
                }
                var candidate = p
                for (index, j) in free.enumerated() { candidate[j] += step[index] }
                candidate = project(candidate)
                model(candidate, &trialR, &trialJ)
                let trialObjective = Self.huber(trialR, delta: huberDelta)
                if trialObjective.isFinite && trialObjective < objective {
                    let decrease = objective - trialObjective
                    p = candidate
                    swap(&r, &trialR)
                    swap(&J, &trialJ)
                    objective = trialObjective
                    lambda = max(lambda / 3, 1e-12)
                    accepted = true
                    if decrease <= relativeTolerance * (objective + 1e-300) {
                        return Solution(parameters: p, objective: objective, iterations: iteration, converged: true)
                    }
                    break
                }
                lambda *= 4
            }
            if !accepted {
                // No damping level lowers the objective: a (local) minimum within the box.
                return Solution(parameters: p, objective: objective, iterations: iteration, converged: true)
            }
        }
        return Solution(parameters: p, objective: objective, iterations: maxIterations, converged: false)
    }

    private func project(_ p: [Double]) -> [Double] {
        var q = p
        for j in q.indices { q[j] = min(max(q[j], lower[j]), upper[j]) }
        return q
    }

    /// Solves `(A_ff + lambda * diag(A_ff)) x = -g_f` on the free parameters by Cholesky;
    /// nil when the damped matrix is not positive definite.
    private static func solveDamped(A: [Double], g: [Double], n: Int, free: [Int], lambda: Double) -> [Double]? {
        let f = free.count
        var M = [Double](repeating: 0, count: f * f)
        var b = [Double](repeating: 0, count: f)
        for (a, j) in free.enumerated() {
            b[a] = -g[j]
            for (c, k) in free.enumerated() { M[a * f + c] = A[j * n + k] }
            M[a * f + a] += lambda * max(A[j * n + j], 1e-12)
        }
        // Cholesky factorisation M = L L^T, in place in the lower triangle.
        for j in 0..<f {
            var d = M[j * f + j]
            for k in 0..<j { d -= M[j * f + k] * M[j * f + k] }
            guard d > 0, d.isFinite else { return nil }
            let ljj = d.squareRoot()
            M[j * f + j] = ljj
            for i in (j + 1)..<f {
                var s = M[i * f + j]
                for k in 0..<j { s -= M[i * f + k] * M[j * f + k] }
                M[i * f + j] = s / ljj
            }
        }
        for i in 0..<f {
            var s = b[i]
            for k in 0..<i { s -= M[i * f + k] * b[k] }
            b[i] = s / M[i * f + i]
        }
        for i in stride(from: f - 1, through: 0, by: -1) {
            var s = b[i]
            for k in (i + 1)..<f { s -= M[k * f + i] * b[k] }
            b[i] = s / M[i * f + i]
        }
        return b.allSatisfy(\.isFinite) ? b : nil
    }
}
