import Mixing

/// What the controller accepts: run ids, the integers and values of reports, registrations and
/// imported snapshots. Each check throws the `ControllerError` the client sees.
extension MixingController {
    /// A run id: 1-128 characters of `A-Z a-z 0-9 . _ -`, and not `.` or `..`, which name
    /// directories in paths and URLs.
    static func validate(id: String) throws(ControllerError) {
        guard (1...128).contains(id.utf8.count), id != ".", id != "..",
              id.unicodeScalars.allSatisfy({ ($0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0))) || "._-".unicodeScalars.contains($0) }) else {
            throw .invalidRunID(id)
        }
    }

    /// Checks the report's integers against `ProtocolLimits` (its losses are checked by the mixer).
    static func validate(_ report: LossReport) throws(ControllerError) {
        guard report.step >= 0 else { throw .invalid("step must be >= 0, got \(report.step)") }
        try ProtocolLimits.check(report.step, "step")
        try ProtocolLimits.check(report.baseVersion, "base_version")
        if let tokens = report.tokens {
            guard tokens >= 0 else { throw .invalid("tokens must be >= 0, got \(tokens)") }
            try ProtocolLimits.check(tokens, "tokens")
        }
    }

    /// Checks the integers of an imported version and mixer state against `ProtocolLimits`.
    static func validateIntegers(_ snapshot: RunSnapshot) throws(ControllerError) {
        let current = snapshot.current
        try ProtocolLimits.check(current.version, "current.version")
        try ProtocolLimits.check(current.step, "current.step")
        try ProtocolLimits.check(current.applyFromStep, "current.apply_from_step")
        if let base = current.baseVersion { try ProtocolLimits.check(base, "current.base_version") }
        if let tokens = current.tokens { try ProtocolLimits.check(tokens, "current.tokens") }
        try ProtocolLimits.check(snapshot.state.version, "state.version")
        if let last = snapshot.state.lastStep { try ProtocolLimits.check(last, "state.lastStep") }
        for stage in snapshot.state.schedule.stages { try ProtocolLimits.check(stage.fromStep, "state.schedule.stages.fromStep") }
        guard snapshot.state.version <= current.version else {
            throw .invalid("state.version \(snapshot.state.version) exceeds current.version \(current.version): a version counts at least the updates before it")
        }
    }

    /// The mixer configuration a registration describes.
    static func mixerConfiguration(_ r: RunRegistration) throws(ControllerError) -> MixerConfiguration {
        let known = Set(r.domains)
        guard !r.domains.isEmpty, known.count == r.domains.count else {
            throw .invalid("domains must be a non-empty list of distinct names")
        }
        guard r.policy != .replay else { throw .invalid("the replay policy runs inside `velocitune train`, not in the controller") }
        guard r.updateEvery >= 1 else { throw .invalid("update_every must be >= 1, got \(r.updateEvery)") }
        try ProtocolLimits.check(r.updateEvery, "update_every", minimum: 1)
        if let delay = r.applyDelay {
            guard delay >= 0 else { throw .invalid("apply_delay must be >= 0, got \(delay)") }
            try ProtocolLimits.check(delay, "apply_delay")
        }
        func values(_ map: [String: Double]?, _ field: String, required: Bool) throws(ControllerError) -> [Double]? {
            guard let map else {
                if required { throw .invalid("\(field) is required for the \(r.policy.rawValue) policy") }
                return nil
            }
            if !map.keys.allSatisfy(known.contains), let unknown = map.keys.sorted().first(where: { !known.contains($0) }) {
                throw .invalid("\(field): unknown domain \"\(unknown)\"")
            }
            // Losses are finite and >= 0, so every difference the policies take is finite.
            return try r.domains.map { (d: String) throws(ControllerError) -> Double in
                guard let v = map[d] else { throw .invalid("\(field): missing domain \"\(d)\"") }
                guard v.isFinite, v >= 0 else { throw .invalid("\(field): the value of \"\(d)\" is \(v); expected a finite loss >= 0") }
                return v
            }
        }
        let initialLoss = try values(r.lInit, "l_init", required: true)!
        let targets = try values(r.lTarget, "l_target", required: r.policy.needsTargets)
        if let given = r.initialWeights, !given.values.reduce(0, +).isFinite, given.values.allSatisfy(\.isFinite) {
            throw .invalid("initial_weights: the weights sum beyond the largest double; scale them down")
        }
        let weights: [Double]
        do { weights = try (r.initialWeights.map { InitialWeights.explicit($0) } ?? .uniform).resolve(domains: r.domains, tokenCounts: r.domains.map { _ in 1 }) } catch {
            throw .invalid("initial_weights: \(error.description)")
        }
        if let tolerance = r.replayTolerance, !(tolerance.isFinite && tolerance > 0) {
            throw .invalid("replay_tolerance must be a positive number, got \(tolerance)")
        }
        var roles: [DomainRole]?
        if let replay = r.replayDomains, !replay.isEmpty {
            if let unknown = replay.first(where: { !known.contains($0) }) {
                throw .invalid("replay_domains: unknown domain \"\(unknown)\" (domains are \(r.domains))")
            }
            roles = r.domains.map { replay.contains($0) ? .replay : .target }
        }
        let configuration = MixerConfiguration(policy: r.policy, domains: r.domains, initialLoss: initialLoss, targetLoss: targets,
                                               initialWeights: weights, eta: r.eta ?? MixerDefaults.eta, smoothing: r.smoothing,
                                               floor: r.floor ?? MixerDefaults.floor, epsilon: r.epsilon ?? MixerDefaults.epsilon,
                                               roles: roles, replayRule: roles == nil ? nil : r.replayRule ?? ReplayDefaults.rule,
                                               replayTolerance: roles == nil ? nil : r.replayTolerance ?? ReplayDefaults.tolerance)
        do { try configuration.validate() } catch { throw .invalid(error.description) }
        return configuration
    }

    /// The registration with every default filled in (`eta`, `smoothing`, `floor`, `epsilon`,
    /// `apply_delay`, and with replay domains the replay rule and tolerance), the initial weights
    /// normalised and the replay domains in domain order: two registrations that configure the
    /// same run are equal, whatever they left out or how they wrote a number (`-0.0` and `0.0`).
    static func canonical(_ r: RunRegistration) throws(ControllerError) -> RunRegistration {
        let c = try mixerConfiguration(r)
        return RunRegistration(domains: c.domains, initialWeights: map(c.domains, c.initialWeights), lInit: r.lInit, lTarget: r.lTarget,
                               policy: c.policy, eta: c.eta, smoothing: c.effectiveSmoothing, floor: c.floor, epsilon: c.epsilon,
                               updateEvery: r.updateEvery, applyDelay: r.applyDelay ?? 0, replayDomains: c.roles.map { _ in c.replayDomains.map { c.domains[$0] } },
                               replayRule: c.replayRule, replayTolerance: c.replayTolerance)
    }

    /// Checks what a policy computed before it is stored and served: weights finite and on the
    /// simplex, velocities finite. Inputs are validated, so this only catches extreme options
    /// (an `eta` that overflows), answered as invalid values (422) rather than as a failure to
    /// encode the reply.
    static func validate(computed weights: [Double], velocity: [Double]?, domains: [String]) throws(ControllerError) {
        guard weights.count == domains.count, Simplex.contains(weights, tolerance: 1e-6) else {
            throw .invalid("the policy produced weights that are not finite numbers summing to 1 (\(weights.prefix(8))); check eta, smoothing and floor")
        }
        if let velocity, let bad = velocity.firstIndex(where: { !$0.isFinite }) {
            throw .invalid("the velocity of \"\(domains[bad])\" is \(velocity[bad]); check l_init, l_target and epsilon")
        }
    }
}
