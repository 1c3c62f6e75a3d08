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
    /// Target loss of each domain.
    public var targetLoss: [Double]
    /// Starting weights (on the simplex).
    public var initialWeights: [Double]
    /// For `replay`: the schedule to replay.
    public var schedule: WeightSchedule?

    /// Creates a configuration. Defaults are the paper's: eta 1, no smoothing beyond the
    /// policy's default, no floor.
    public init(policy: PolicyKind, domains: [String], initialLoss: [Double], targetLoss: [Double],
                initialWeights: [Double], eta: Double = 1, smoothing: Double? = nil, floor: Double = 0,
                epsilon: Double = 1e-6, schedule: WeightSchedule? = nil) {
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

    /// The smoothing actually applied.
    public var effectiveSmoothing: Double { smoothing ?? policy.defaultSmoothing }

    /// Domains whose target is not below their initial loss by more than `epsilon`: they have
    /// nothing left to learn, get velocity 0, and deserve a look at their fit.
    public var flaggedDomains: [String] {
        domains.indices.filter { initialLoss[$0] - targetLoss[$0] <= epsilon }.map { domains[$0] }
    }

    /// The policy object this configuration describes.
    public func makePolicy() -> any MixingPolicy {
        switch policy {
        case .static: return StaticPolicy()
        case .velocitune: return VelocitunePolicy(eta: eta)
        case .distance: return DistancePolicy(eta: eta)
        case .noTarget: return NoTargetPolicy(eta: eta, epsilon: epsilon)
        case .linear: return LinearPolicy(eta: eta)
        case .replay: return ReplayPolicy(schedule: schedule ?? WeightSchedule(stages: [.init(fromStep: 0, weights: initialWeights)]))
        }
    }

    /// Checks shapes and ranges.
    public func validate() throws(MixingError) {
        let k = domains.count
        guard k > 0 else { throw .invalidConfiguration("no domains") }
        guard Set(domains).count == k else { throw .invalidConfiguration("duplicate domain names in \(domains)") }
        for (name, array) in [("initial losses", initialLoss), ("target losses", targetLoss), ("initial weights", initialWeights)] {
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
