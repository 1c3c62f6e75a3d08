/// A piecewise-constant weight schedule: each stage's weights apply from its step until the next
/// stage's step. It records what a run did, so it can be replayed or averaged.
public struct WeightSchedule: Codable, Sendable, Hashable {
    /// One stage of the schedule.
    public struct Stage: Codable, Sendable, Hashable {
        /// First optimizer step the weights apply to.
        public var fromStep: Int
        /// The weights, in the schedule's domain order.
        public var weights: [Double]

        /// Creates a stage.
        public init(fromStep: Int, weights: [Double]) {
            self.fromStep = fromStep
            self.weights = weights
        }
    }

    /// Stages in increasing `fromStep` order; the first starts at step 0.
    public var stages: [Stage]

    /// Creates a schedule; stages are sorted by step.
    public init(stages: [Stage]) {
        self.stages = stages.sorted { $0.fromStep < $1.fromStep }
    }

    /// The weights in effect at `step` (the first stage's before it begins).
    public func weights(atStep step: Int) -> [Double] {
        var current = stages[0].weights
        for stage in stages {
            if stage.fromStep <= step { current = stage.weights } else { break }
        }
        return current
    }

    /// The time average of the weights over steps `0..<totalSteps`, each stage weighted by the
    /// number of steps it was in effect: the static mixture with the same overall proportions.
    public func timeAverage(totalSteps: Int) -> [Double] {
        let k = stages[0].weights.count
        var sum = [Double](repeating: 0, count: k)
        for (index, stage) in stages.enumerated() {
            let start = max(stage.fromStep, 0)
            let end = min(index + 1 < stages.count ? stages[index + 1].fromStep : totalSteps, totalSteps)
            guard end > start else { continue }
            for j in 0..<k { sum[j] += stage.weights[j] * Double(end - start) }
        }
        return Simplex.normalize(sum) ?? stages[0].weights
    }
}
