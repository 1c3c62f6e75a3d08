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
    /// A forgetting constraint (after CMR, Gu et al. 2024): a replay domain may end at most
    /// `tolerance` above `l_init`. Its velocity is where its loss sits in a band just below that
    /// bound, `V = clamp((l_t - (bound - band)) / band, 0, 1)` with `bound = l_init * (1 + tolerance)`,
    /// and at every update its weight is set to its initial weight times `V` (at least the floor),
    /// not compounded: full initial share at the bound, none below the band. The band starts at
    /// `tolerance * l_init` and widens to the largest rise of the loss seen between two updates
    /// (`ReplayMemory`), so one update without replay data cannot carry the loss from "safe" past
    /// the bound: a band narrower than that rise makes the share flip between 0 and full at
    /// every update. The policy reweights the other domains among themselves in what is left (for
    /// `velocitune` and `distance` alike).
    case constraint
}

/// The defaults of replay protection.
public enum ReplayDefaults {
    /// The rule.
    public static let rule = ReplayRule.share
    /// The forgetting tolerance of the constraint rule: 1% above `l_init`.
    public static let tolerance = 0.01
}

/// What the `constraint` rule carries from one update to the next.
public struct ReplayMemory: Codable, Sendable, Hashable {
    /// Every domain's loss at the last update.
    public var lastLosses: [Double]
    /// Every domain's control band (`ReplayRule.constraint`); 0 for target domains.
    public var band: [Double]

    /// Creates a memory.
    public init(lastLosses: [Double], band: [Double]) {
        self.lastLosses = lastLosses
        self.band = band
    }

    /// The memory after observing `losses`: each replay domain's band widened to the loss's rise
    /// since the last update (since `l_init` at the first), never narrower than
    /// `tolerance * l_init`.
    static func observing(_ losses: [Double], after memory: ReplayMemory?, configuration c: MixerConfiguration) -> ReplayMemory {
        let previous = memory?.lastLosses ?? c.initialLoss
        let band = losses.indices.map { i -> Double in
            guard c.isReplay(i) else { return 0 }
            let floor = max(memory?.band[i] ?? 0, c.effectiveReplayTolerance * c.initialLoss[i])
            let rise = losses[i] - previous[i]
            return rise.isFinite ? max(floor, rise) : floor
        }
        return ReplayMemory(lastLosses: losses, band: band)
    }
}

extension Velocity {
    /// A replay domain's velocity: where `current` sits in the band of width `band` below the
    /// forgetting bound `initial * (1 + tolerance)`, `clamp((current - (bound - band)) / band, 0, 1)`
    /// (with `band = tolerance * initial`: `(current - initial) / (tolerance * initial)`).
    public static func forgetting(current: Double, initial: Double, tolerance: Double, band: Double) -> Double {
        let bound = initial * (1 + tolerance)
        guard band > 0 else { return current >= bound ? 1 : 0 }
        return min(max((current - (bound - band)) / band, 0), 1)
    }
}
