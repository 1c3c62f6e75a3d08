import Foundation

/// Targets refitted during the run from its own evaluations: at every update, each domain's
/// target becomes the loss a static run reaches at the budget, extrapolated from a power law in
/// the domain's own learning-rate area fitted to the updates of the most recent `window` share
/// of the run's steps. Replay domains are not refitted: they are not steered to a target.
///
/// A domain's area counts every step's learning rate (in peak-rate steps) times its weight over
/// its initial weight: the area a static mixture would have needed for the same data, so a run
/// whose weights moved still predicts the *static* run's end, which is what the target means.
/// Until a domain has `minimumPoints` updates in the window (and its loss falls with its area
/// there) its target is the proxy's, and it returns to the proxy's whenever its loss stops falling
/// with its area over the window. It exists because proxy targets miss by several percent
/// when a curve changes shape after the proxy (README "How good the targets are").
public struct TargetRefit: Codable, Sendable, Hashable {
    /// The learning-rate area of a static run at the budget (peak-rate steps).
    public var budgetArea: Double
    /// The share of the run so far whose updates are fitted: the points from step
    /// `(1 - window) * step` on.
    public var window: Double
    /// Updates a domain needs in the window before its target is refitted.
    public var minimumPoints: Int

    /// A refit for a run whose static learning-rate area at the budget is `budgetArea`.
    public init(budgetArea: Double, window: Double = TargetRefitDefaults.window, minimumPoints: Int = TargetRefitDefaults.minimumPoints) {
        self.budgetArea = budgetArea
        self.window = window
        self.minimumPoints = minimumPoints
    }

    /// Checks the ranges.
    func validate() throws(MixingError) {
        guard budgetArea.isFinite, budgetArea > 0 else { throw .invalidConfiguration("the target refit's budget area must be a positive number, got \(budgetArea)") }
        guard window > 0, window <= 1 else { throw .invalidConfiguration("the target refit's window must be in (0, 1], got \(window)") }
        guard minimumPoints >= 2 else { throw .invalidConfiguration("the target refit needs at least 2 points, got \(minimumPoints)") }
    }
}

/// Defaults of `TargetRefit`.
public enum TargetRefitDefaults {
    /// The most recent half of the run (a longer window reaches back into the re-warm transient).
    public static let window = 0.5
    /// Three points: the fewest that leave a residual, so a line through noise is not all there is.
    public static let minimumPoints = 3
}

/// One update's observation for the refit: each domain's learning-rate area and loss.
public struct RefitPoint: Codable, Sendable, Hashable {
    /// The step of the update.
    public var step: Int
    /// Each domain's learning-rate area at that step (`TargetRefit`).
    public var area: [Double]
    /// Each domain's held-out loss at that step.
    public var losses: [Double]
}

/// What the refit remembers between updates (mixer state, so a resumed run refits the same way).
public struct RefitMemory: Codable, Sendable, Hashable {
    /// The run's learning-rate area at the last update.
    public var runArea: Double
    /// Each domain's learning-rate area at the last update.
    public var domainArea: [Double]
    /// The updates in the current window, oldest first.
    public var points: [RefitPoint]
    /// Each domain's refitted target (nil: not enough points yet, or a loss that does not fall
    /// with its area; the proxy's target applies).
    public var targets: [Double?]

    /// The memory after observing `losses` at `step`, where the run's learning-rate area is
    /// `runArea` and `weights` were in effect since the previous update.
    static func observing(step: Int, runArea: Double, losses: [Double], weights: [Double], after previous: RefitMemory?,
                          configuration c: MixerConfiguration, refit: TargetRefit) throws(MixingError) -> RefitMemory {
        let count = c.domains.count
        var memory = previous ?? RefitMemory(runArea: 0, domainArea: Array(repeating: 0, count: count), points: [],
                                             targets: Array(repeating: nil, count: count))
        guard runArea.isFinite, runArea >= memory.runArea else {
            throw .invalidStep("the learning-rate area at step \(step) is \(runArea); expected a finite number >= the last update's \(memory.runArea)")
        }
        let added = runArea - memory.runArea
        for i in 0..<count {
            let initial = c.initialWeights[i]
            memory.domainArea[i] += initial > 0 ? added * weights[i] / initial : 0
        }
        memory.runArea = runArea
        memory.points.append(RefitPoint(step: step, area: memory.domainArea, losses: losses))
        let start = (1 - refit.window) * Double(step)
        memory.points.removeAll { Double($0.step) < start }
        memory.targets = (0..<count).map { i in
            c.initialWeights[i] > 0 && !c.isReplay(i) ? Self.extrapolate(memory.points.map { ($0.area[i], $0.losses[i]) }, to: refit.budgetArea,
                                                       minimumPoints: refit.minimumPoints) : nil
        }
        return memory
    }

    /// The least-squares line through `(log area, log loss)`, evaluated at `log budgetArea`; nil
    /// with fewer than `minimumPoints` usable points, areas that do not spread (a domain whose
    /// weight was 0 over the window), a slope that is not negative, or a target that is not a
    /// positive number.
    static func extrapolate(_ points: [(area: Double, loss: Double)], to budgetArea: Double, minimumPoints: Int) -> Double? {
        let logs = points.filter { $0.area > 0 && $0.loss > 0 }.map { (x: log($0.area), y: log($0.loss)) }
        guard logs.count >= minimumPoints, let lowest = logs.map(\.x).min(), let highest = logs.map(\.x).max(),
              highest - lowest > 1e-6 else { return nil }
        let n = Double(logs.count)
        let meanX = logs.reduce(0) { $0 + $1.x } / n, meanY = logs.reduce(0) { $0 + $1.y } / n
        let sxx = logs.reduce(0) { $0 + ($1.x - meanX) * ($1.x - meanX) }
        let slope = logs.reduce(0) { $0 + ($1.x - meanX) * ($1.y - meanY) } / sxx
        guard slope < 0 else { return nil }
        let target = exp(meanY + slope * (log(budgetArea) - meanX))
        return target.isFinite && target > 0 ? target : nil
    }

    /// Checks the shape against `domains` domains.
    func validate(domains count: Int) throws(MixingError) {
        guard domainArea.count == count, targets.count == count, runArea.isFinite, runArea >= 0,
              domainArea.allSatisfy({ $0.isFinite && $0 >= 0 }), targets.allSatisfy({ $0.map { $0.isFinite && $0 > 0 } ?? true }),
              points.allSatisfy({ $0.area.count == count && $0.losses.count == count
                                  && $0.area.allSatisfy { $0.isFinite && $0 >= 0 } && $0.losses.allSatisfy(\.isFinite) }) else {
            throw .invalidConfiguration("saved refitMemory must hold one finite area, target and loss per domain (\(count))")
        }
    }
}
