/// Everything that defines a mixer: the policy and its options, the domains and their goals,
/// and the starting weights.
public struct MixerConfiguration: Codable, Sendable, Hashable {
    /// Which rule updates the weights.
    public var policy: PolicyKind
    /// Step size of multiplicative updates (1 in the paper).
    public var eta: Double
    /// Uniform smoothing `c` in `w <- (1 - c) w + c / k`; nil uses the policy's default.
    public var smoothing: Double?
    /// Minimum weight of every domain after an update (0 = none).
    public var floor: Double
    /// Domains with `l_init - l_target <= epsilon` get velocity 0 and are flagged.
    public var epsilon: Double
    /// Domain names, in the order of every per-domain array.
    public var domains: [String]
    /// Held-out loss of each domain before training.
    public var initialLoss: [Double]
    /// Target loss of each domain; nil when the run has none (allowed for policies that do not
    /// `needsTargets`).
    public var targetLoss: [Double]?
    /// Starting weights (on the simplex).
    public var initialWeights: [Double]
    /// For `replay`: the schedule to replay.
    public var schedule: WeightSchedule?
    /// Time-varying targets (nil: the fixed `targetLoss`, as in the paper).
    public var targetCurve: TargetCurve?
    /// Targets refitted during the run from its own evaluations (nil: the targets stay as given).
    public var targetRefit: TargetRefit?
    /// Each domain's role (nil: every domain is a target domain).
    public var roles: [DomainRole]?
    /// How replay domains are treated (nil: `ReplayDefaults.rule`).
    public var replayRule: ReplayRule?
    /// The constraint rule's forgetting tolerance, relative to `l_init` (nil: `ReplayDefaults.tolerance`).
    public var replayTolerance: Double?

    /// Creates a configuration. Defaults are the paper's (`MixerDefaults`): eta 1, no
    /// smoothing beyond the policy's default, no floor.
    public init(policy: PolicyKind, domains: [String], initialLoss: [Double], targetLoss: [Double]?,
                initialWeights: [Double], eta: Double = MixerDefaults.eta, smoothing: Double? = nil, floor: Double = MixerDefaults.floor,
                epsilon: Double = MixerDefaults.epsilon, schedule: WeightSchedule? = nil, targetCurve: TargetCurve? = nil,
                roles: [DomainRole]? = nil, replayRule: ReplayRule? = nil, replayTolerance: Double? = nil, targetRefit: TargetRefit? = nil) {
        self.targetCurve = targetCurve
        self.targetRefit = targetRefit
        self.roles = roles
        self.replayRule = replayRule
        self.replayTolerance = replayTolerance
        self.policy = policy
        self.eta = eta
        self.smoothing = smoothing
        self.floor = floor
        self.epsilon = epsilon
        self.domains = domains
        self.initialLoss = initialLoss
        self.targetLoss = targetLoss
        self.initialWeights = initialWeights
        self.schedule = schedule
    }

    /// Whether domain `index` is a replay domain.
    public func isReplay(_ index: Int) -> Bool { roles?[index] == .replay }

    /// The indices of the replay domains.
    public var replayDomains: [Int] { domains.indices.filter(isReplay) }

    /// The replay rule in effect.
    public var effectiveReplayRule: ReplayRule { replayRule ?? ReplayDefaults.rule }

    /// The forgetting tolerance in effect.
    public var effectiveReplayTolerance: Double { replayTolerance ?? ReplayDefaults.tolerance }

    /// The targets in effect at `step`: the target curve's, or the fixed targets.
    public func targets(atStep step: Int) -> [Double]? {
        targetCurve.map { $0.targets(atStep: step) } ?? targetLoss
    }

    /// The smoothing actually applied.
    public var effectiveSmoothing: Double { smoothing ?? policy.defaultSmoothing }

    /// Target domains whose target is not below their initial loss by more than `epsilon`: they
    /// have nothing left to learn, get velocity 0, and deserve a look at their fit. Empty without
    /// targets; replay domains are never flagged (their target does not steer them).
    public var flaggedDomains: [String] {
        guard let targetLoss else { return [] }
        return domains.indices.filter { !isReplay($0) && initialLoss[$0] - targetLoss[$0] <= epsilon }.map { domains[$0] }
    }

    /// The policy object this configuration describes.
    public func makePolicy() -> any MixingPolicy {
        switch policy {
        case .static: return StaticPolicy()
        case .velocitune: return VelocitunePolicy(eta: eta)
        case .distance: return DistancePolicy(eta: eta)
        case .noTarget: return NoTargetPolicy(eta: eta)
        case .linear: return LinearPolicy(eta: eta)
        case .replay: return ReplayPolicy(schedule: schedule ?? WeightSchedule(stages: [.init(fromStep: 0, weights: initialWeights)]))
        }
    }

    /// Per-domain losses given by name, in domain order.
    /// - Throws: `MixingError.invalidLoss` when a domain is missing or unknown, or a loss is not a
    ///   finite number >= 0.
    public func orderedLosses(_ byName: [String: Double]) throws(MixingError) -> [Double] {
        let known = Set(domains)
        if !byName.keys.allSatisfy(known.contains), let unknown = byName.keys.sorted().first(where: { !known.contains($0) }) {
            throw .invalidLoss("unknown domain \"\(unknown)\" (known: \(domains.joined(separator: ", ")))")
        }
        let ordered = try domains.map { (domain: String) throws(MixingError) -> Double in
            guard let value = byName[domain] else { throw .invalidLoss("missing loss for domain \"\(domain)\"") }
            return value
        }
        try validate(losses: ordered)
        return ordered
    }

    /// Checks that `losses` has one finite, non-negative value per domain.
    public func validate(losses: [Double]) throws(MixingError) {
        guard losses.count == domains.count else {
            throw .invalidLoss("expected \(domains.count) losses (\(domains.joined(separator: ", "))), got \(losses.count)")
        }
        if let bad = losses.firstIndex(where: { !$0.isFinite || $0 < 0 }) {
            throw .invalidLoss("the loss of \"\(domains[bad])\" is \(losses[bad]); expected a finite number >= 0")
        }
    }

    /// Checks shapes and ranges.
    public func validate() throws(MixingError) {
        let k = domains.count
        guard k > 0 else { throw .invalidConfiguration("no domains") }
        guard Set(domains).count == k else { throw .invalidConfiguration("duplicate domain names in \(domains)") }
        if policy.needsTargets && targetLoss == nil {
            throw .invalidConfiguration("the \(policy.rawValue) policy needs target losses")
        }
        var arrays = [("initial losses", initialLoss), ("initial weights", initialWeights)]
        if let targetLoss { arrays.append(("target losses", targetLoss)) }
        for (name, array) in arrays {
            guard array.count == k else {
                throw .invalidConfiguration("\(name): expected \(k) values (one per domain), got \(array.count)")
            }
            if let bad = array.firstIndex(where: { !$0.isFinite }) {
                throw .invalidConfiguration("\(name): the value for \"\(domains[bad])\" is \(array[bad]), expected a finite number")
            }
        }
        guard Simplex.contains(initialWeights, tolerance: 1e-6) else {
            throw .invalidWeights("initial weights must be non-negative and sum to 1, got \(initialWeights)")
        }
        guard eta.isFinite, eta >= 0 else { throw .invalidConfiguration("eta must be a finite number >= 0, got \(eta)") }
        let c = effectiveSmoothing
        guard c.isFinite, c >= 0, c <= 1 else { throw .invalidConfiguration("smoothing must be in [0, 1], got \(c)") }
        guard floor.isFinite, floor >= 0, floor * Double(k) <= 1 else {
            throw .invalidConfiguration("floor must be in [0, 1/\(k)] for \(k) domains, got \(floor)")
        }
        try targetCurve?.validate(domains: k)
        if let targetRefit {
            try targetRefit.validate()
            guard targetCurve == nil else { throw .invalidConfiguration("a refitted target and a target curve cannot both steer: choose one") }
            guard targetLoss != nil else { throw .invalidConfiguration("target_refit needs targets to start from (a targets file)") }
        }
        if let roles {
            guard roles.count == k else { throw .invalidConfiguration("roles: expected \(k) values (one per domain), got \(roles.count)") }
            guard roles.contains(.target) else {
                throw .invalidConfiguration("every domain is a replay domain: at least one domain must be a target domain to steer")
            }
        }
        let tolerance = effectiveReplayTolerance
        guard tolerance.isFinite, tolerance > 0 else { throw .invalidConfiguration("the replay tolerance must be a positive number, got \(tolerance)") }
        guard epsilon.isFinite, epsilon >= 0 else { throw .invalidConfiguration("epsilon must be a finite number >= 0, got \(epsilon)") }
        if let schedule {
            guard !schedule.stages.isEmpty else { throw .invalidConfiguration("the replay schedule is empty") }
            for stage in schedule.stages where !(stage.weights.count == k && Simplex.contains(stage.weights, tolerance: 1e-6)) {
                throw .invalidWeights("replay stage at step \(stage.fromStep): weights must be \(k) non-negative values summing to 1")
            }
        } else if policy == .replay {
            throw .invalidConfiguration("the replay policy needs a schedule")
        }
    }
}
