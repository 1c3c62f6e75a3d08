/// Time-varying targets: each domain's predicted static loss at a series of steps (linearly
/// interpolated between them, held after the last). With one, a domain's velocity at step t
/// compares its loss with where a static run is predicted to be at t, instead of with where a
/// static run ends (the paper's fixed target).
public struct TargetCurve: Codable, Sendable, Hashable {
    /// Increasing optimizer steps.
    public var steps: [Int]
    /// Per step, the target of each domain (in the mixer's domain order).
    public var losses: [[Double]]

    /// Creates a curve.
    public init(steps: [Int], losses: [[Double]]) {
        self.steps = steps
        self.losses = losses
    }

    /// The targets at `step`.
    public func targets(atStep step: Int) -> [Double] {
        guard let first = steps.first else { return [] }
        if step <= first { return losses[0] }
        for i in 1..<steps.count where step <= steps[i] {
            let fraction = Double(step - steps[i - 1]) / Double(max(steps[i] - steps[i - 1], 1))
            return zip(losses[i - 1], losses[i]).map { $0 + ($1 - $0) * fraction }
        }
        return losses[losses.count - 1]
    }

    /// Checks the shape: increasing steps, one finite loss per domain at each.
    func validate(domains: Int) throws(MixingError) {
        guard !steps.isEmpty, steps.count == losses.count else {
            throw .invalidConfiguration("the target curve needs one row of losses per step, got \(steps.count) steps and \(losses.count) rows")
        }
        guard zip(steps, steps.dropFirst()).allSatisfy({ $0 < $1 }) else { throw .invalidConfiguration("the target curve's steps must increase") }
        guard losses.allSatisfy({ $0.count == domains && $0.allSatisfy(\.isFinite) }) else {
            throw .invalidConfiguration("the target curve needs \(domains) finite losses at every step")
        }
    }
}
