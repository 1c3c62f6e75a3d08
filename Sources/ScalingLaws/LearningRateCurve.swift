import Foundation

/// A run's learning rate at every optimizer step, and the schedule features the schedule-aware
/// loss laws read from it. Rates are in units of the peak rate; warm-up steps count at the peak
/// (as in Tissue et al. 2024's fitting code), so warm-up adds area but no annealing.
///
/// Index conventions: `rates[i]` is the rate of the update that takes the model from step `i` to
/// step `i + 1`; a quantity "at step t" covers the updates `0..<t`.
public struct LearningRateCurve: Codable, Sendable, Hashable {
    /// The rate of each update, divided by the peak rate.
    public let rates: [Double]
    /// `prefixSums[t]` is the area of the first `t` updates.
    private let prefixSums: [Double]

    /// A curve from raw rates: divided by `peak`, with the first `warmupSteps` counted at 1.
    public init(rates raw: [Double], peak: Double, warmupSteps: Int) {
        precondition(peak > 0, "the peak rate must be positive")
        self.init(normalizedRates: raw.enumerated().map { i, rate in i < warmupSteps ? 1 : max(rate / peak, 0) })
    }

    /// A curve of already normalised rates.
    public init(normalizedRates: [Double]) {
        rates = normalizedRates
        var sums = [0.0]
        sums.reserveCapacity(rates.count + 1)
        for rate in rates { sums.append(sums.last! + rate) }
        prefixSums = sums
    }

    private enum CodingKeys: String, CodingKey { case rates }

    /// Decodes the rates (the sums are derived).
    public init(from decoder: Decoder) throws {
        self.init(normalizedRates: try decoder.container(keyedBy: CodingKeys.self).decode([Double].self, forKey: .rates))
    }

    /// Encodes the rates.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(rates, forKey: .rates)
    }

    /// Equal when the rates are.
    public static func == (a: LearningRateCurve, b: LearningRateCurve) -> Bool { a.rates == b.rates }
    /// Hashes the rates.
    public func hash(into hasher: inout Hasher) { hasher.combine(rates) }

    /// Number of updates the curve covers.
    public var steps: Int { rates.count }

    /// S1, the learning-rate area after `t` updates (in peak-rate steps).
    public func area(at t: Int) -> Double { prefixSums[min(max(t, 0), rates.count)] }

    /// The share of the annealing done by step `t`: `(1 - r) / (1 - r_min)` with `r` the last
    /// rate used and `r_min` the curve's final rate (0 when the curve never decays).
    public func decayedFraction(at t: Int) -> Double {
        guard t > 0, let last = rates.last, last < 1 - 1e-12 else { return 0 }
        let current = rates[min(t, rates.count) - 1]
        return min(max((1 - current) / (1 - last), 0), 1)
    }

    /// S2 of Tissue et al. (2024): the momentum-smoothed annealing area after `t` updates,
    /// `S2 = sum_i m_i`, `m_i = lambda * m_(i-1) + (r_(i-1) - r_i)`.
    public func momentumArea(at t: Int, lambda: Double) -> Double {
        var momentum = 0.0, total = 0.0
        for i in 0..<min(max(t, 0), rates.count) {
            momentum = lambda * momentum + (i > 0 ? rates[i - 1] - rates[i] : 0)
            total += momentum
        }
        return total
    }

    /// The loss-drop sum of the multi-power law (Luo et al. 2025) after `t` updates, and its
    /// derivative with respect to `c`:
    /// `LD = sum_(k=1..t-1) (r_(k-1) - r_k) G(r_k^-gamma S_k)`, `G(x) = 1 - (c x + 1)^-beta`,
    /// `S_k = sum_(tau=k..t-1) r_tau`.
    public func multiPowerDrop(at t: Int, c: Double, beta: Double, gamma: Double) -> (value: Double, dC: Double) {
        let t = min(max(t, 0), rates.count)
        guard t > 1 else { return (0, 0) }
        var value = 0.0, dC = 0.0
        let end = prefixSums[t]
        for k in 1..<t {
            let gap = rates[k - 1] - rates[k]
            guard gap != 0 else { continue }
            let x = pow(max(rates[k], 1e-10), -gamma) * (end - prefixSums[k])
            let base = c * x + 1
            value += gap * (1 - pow(base, -beta))
            dC += gap * beta * x * pow(base, -beta - 1)
        }
        return (value, dC)
    }
}
