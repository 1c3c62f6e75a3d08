import Common
import Foundation

/// Learning-rate schedules.
public enum LearningRateSchedule: String, Codable, Sendable, CaseIterable, NamedOptionValue {
    /// Linear warm-up, then cosine decay to `min_lr` at `max_steps`.
    case cosine
    /// Linear warm-up, then constant.
    case constant
    /// Warmup-stable-decay: warm-up, constant, then linear decay to `min_lr` over the last
    /// `decay_fraction` of the steps.
    case wsd
}

/// A run's learning rate at every optimizer step: the schedule and its parameters.
public struct ScheduleShape: Codable, Sendable, Hashable {
    /// The schedule after warm-up.
    public var kind: LearningRateSchedule
    /// Peak learning rate (reached at the end of warm-up).
    public var peak: Double
    /// Final learning rate of the decaying schedules.
    public var minimum: Double
    /// Linear warm-up steps.
    public var warmupSteps: Int
    /// Optimizer steps of the run.
    public var totalSteps: Int
    /// Share of the steps decaying in `wsd`.
    public var decayFraction: Double

    /// Creates a shape.
    public init(kind: LearningRateSchedule, peak: Double, minimum: Double, warmupSteps: Int, totalSteps: Int, decayFraction: Double) {
        self.kind = kind
        self.peak = peak
        self.minimum = minimum
        self.warmupSteps = warmupSteps
        self.totalSteps = totalSteps
        self.decayFraction = decayFraction
    }

    /// Steps of the `wsd` decay.
    public var decaySteps: Int { kind == .wsd ? Int((Double(totalSteps) * decayFraction).rounded()) : 0 }

    /// The learning rate for optimizer step `step` (0-based).
    public func rate(atStep step: Int) -> Double {
        if step < warmupSteps { return peak * Double(step + 1) / Double(warmupSteps) }
        switch kind {
        case .constant:
            return peak
        case .cosine:
            let span = max(totalSteps - warmupSteps, 1)
            let progress = min(Double(step - warmupSteps) / Double(span), 1)
            return minimum + 0.5 * (peak - minimum) * (1 + cos(Double.pi * progress))
        case .wsd:
            let decayStart = totalSteps - decaySteps
            guard step >= decayStart, decaySteps > 0 else { return peak }
            let progress = Double(step - decayStart + 1) / Double(decaySteps)
            return peak + (minimum - peak) * min(progress, 1)
        }
    }

    /// The learning rate of every step, `0..<totalSteps`.
    public var rates: [Double] { (0..<totalSteps).map(rate(atStep:)) }

    /// A constant-rate run of `stableSteps` steps followed by a linear decay to `minimum` over
    /// `decaySteps` (a cool-down branch taken at step `stableSteps`).
    public func coolDown(from stableSteps: Int, over decaySteps: Int) -> ScheduleShape {
        let total = stableSteps + decaySteps
        return ScheduleShape(kind: .wsd, peak: peak, minimum: minimum, warmupSteps: warmupSteps, totalSteps: total,
                             decayFraction: Double(decaySteps) / Double(max(total, 1)))
    }
}
