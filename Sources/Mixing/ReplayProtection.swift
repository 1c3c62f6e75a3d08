/// What a domain is for in continual pre-training.
public enum DomainRole: String, Codable, Sendable, CaseIterable {
    /// New data the run should learn: steered toward its target.
    case target
    /// Data of the original pre-training, kept to limit forgetting: its job is not to reach a
    /// target but to keep its loss near `l_init` (see `ReplayRule`).
    case replay
}

/// How replay domains are treated. Both follow the literature on replay in continual
/// pre-training, which fixes the replay share offline (Ibrahim et al. 2024) or bounds the general
/// loss (CMR, Gu et al. 2024); neither lets a replay domain starve because its target says it has
/// nothing left to learn.
public enum ReplayRule: String, Codable, Sendable, CaseIterable {
    /// Replay domains keep their initial share; the policy reweights the other domains among
    /// themselves in what is left. (The default.)
    case share
    /// A forgetting constraint (after CMR, Gu et al. 2024): a replay domain's velocity is how
    /// close its loss is to the bound `l_init * (1 + tolerance)`,
    /// `V = clamp((l_t - l_init) / (tolerance * l_init), 0, 1)`, and at every update its weight is
    /// set to its initial weight times `V` (at least the floor), not compounded: full initial share
    /// at the bound, none while its loss is at or below `l_init`. The policy reweights the other
    /// domains among themselves in what is left (for `velocitune` and `distance` alike).
    case constraint
}

/// The defaults of replay protection.
public enum ReplayDefaults {
    /// The rule.
    public static let rule = ReplayRule.share
    /// The forgetting tolerance of the constraint rule: 1% above `l_init`.
    public static let tolerance = 0.01
}

extension Velocity {
    /// A replay domain's velocity: how close its loss is to the forgetting bound
    /// `initial * (1 + tolerance)`, `clamp((current - initial) / (tolerance * initial), 0, 1)`.
    public static func forgetting(current: Double, initial: Double, tolerance: Double) -> Double {
        let span = tolerance * initial
        guard span > 0 else { return current > initial ? 1 : 0 }
        return min(max((current - initial) / span, 0), 1)
    }
}
