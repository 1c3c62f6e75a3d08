/// Learning velocity: the fraction of the way from the initial loss to the target that is still
/// left, `V = clamp((l_t - l_target) / (l_init - l_target), 0, 1)`.
///
/// 1 means no progress yet (or the loss rose above its initial value), 0 means the target is
/// reached or passed. A larger V marks a domain that learns more slowly.
public enum Velocity {
    /// The velocity of one domain. When `initial - target <= epsilon` there is nothing left to
    /// learn and the velocity is 0. Non-finite inputs give NaN (callers validate losses first).
    public static func of(current: Double, initial: Double, target: Double, epsilon: Double) -> Double {
        let span = initial - target
        guard span > epsilon else { return 0 }
        let v = (current - target) / span
        return min(max(v, 0), 1)
    }

    /// Velocities of all domains (parallel arrays).
    public static func of(current: [Double], initial: [Double], target: [Double], epsilon: Double) -> [Double] {
        current.indices.map { of(current: current[$0], initial: initial[$0], target: target[$0], epsilon: epsilon) }
    }
}
