import Mixing

extension MixingController {
    /// Checks every field of a snapshot given to `PUT /v1/runs/{id}/state` (finding 9 of issue
    /// 14: weights off the simplex, unknown domains, negative steps and a foreign `id` were
    /// stored and served). The run's registration gives the domains and `configuration`; the
    /// version must be consistent in itself and with `state`, and `state` must be one a mixer
    /// could have reached. `current.base_version`, `superseded` and `created_at` are not
    /// checked: an import is a root, active, created now.
    static func validate(snapshot s: RunSnapshot, id: String, configuration c: MixerConfiguration) throws(ControllerError) {
        if let given = s.id, given != id {
            throw .invalid("the body's id \"\(given)\" is not the run of the path, \"\(id)\" (leave it out to import under another id)")
        }
        try validateIntegers(s)
        let current = s.current, state = s.state, domains = c.domains
        let known = Set(domains)
        /// The values of `map` in domain order; `map` must name exactly the registered domains.
        func ordered(_ map: [String: Double], _ field: String) throws(ControllerError) -> [Double] {
            if let unknown = map.keys.sorted().first(where: { !known.contains($0) }) { throw .invalid("\(field): unknown domain \"\(unknown)\"") }
            return try domains.map { (domain: String) throws(ControllerError) -> Double in
                guard let value = map[domain] else { throw .invalid("\(field): missing domain \"\(domain)\"") }
                return value
            }
        }
        func check(_ values: [Double], _ field: String, _ range: ClosedRange<Double>, _ expected: String) throws(ControllerError) {
            if let bad = values.firstIndex(where: { !$0.isFinite || !range.contains($0) }) {
                throw .invalid("\(field): the value of \"\(domains[bad])\" is \(values[bad]); expected \(expected)")
            }
        }
        let weights = try ordered(current.weights, "current.weights")
        try check(weights, "current.weights", 0...1, "a finite weight in [0, 1]")
        guard Simplex.contains(weights, tolerance: 1e-6) else { throw .invalid("current.weights must sum to 1, got \(weights.reduce(0, +))") }
        guard weights == state.weights else { throw .invalid("current.weights are not the weights of state (state.weights, in domain order)") }
        if !current.velocity.isEmpty {
            try check(try ordered(current.velocity, "current.velocity"), "current.velocity", 0...1, "a finite velocity in [0, 1]")
        }
        if let losses = current.losses {
            try check(try ordered(losses, "current.losses"), "current.losses", 0...Double.greatestFiniteMagnitude, "a finite loss >= 0")
        }
        let delay = s.registration.applyDelay ?? 0
        let latest = try ProtocolLimits.sum(current.step, delay, "current.step + apply_delay")
        guard (current.step...latest).contains(current.applyFromStep) else {
            throw .invalid("current.apply_from_step must be in current.step...current.step + apply_delay (\(current.step)...\(latest)), got \(current.applyFromStep)")
        }
        // The mixer state: what `Mixer` could have reached by state.version updates.
        guard (state.version == 0) == (state.lastStep == nil) else {
            throw .invalid("state.lastStep must be absent exactly when state.version is 0")
        }
        if let last = state.lastStep, last > current.step {
            throw .invalid("state.lastStep \(last) is after current.step \(current.step)")
        }
        if let velocity = state.lastVelocity {
            guard velocity.count == domains.count else { throw .invalid("state.lastVelocity must have one value per domain (\(domains.count)), got \(velocity.count)") }
            try check(velocity, "state.lastVelocity", 0...1, "a finite velocity in [0, 1]")
        }
        if let memory = state.replayMemory {
            guard memory.lastLosses.count == domains.count, memory.band.count == domains.count else {
                throw .invalid("state.replayMemory must have one last loss and one band per domain (\(domains.count))")
            }
            try check(memory.lastLosses, "state.replayMemory.lastLosses", 0...Double.greatestFiniteMagnitude, "a finite loss >= 0")
            try check(memory.band, "state.replayMemory.band", 0...Double.greatestFiniteMagnitude, "a finite band >= 0")
        }
        let stages = state.schedule.stages
        guard let first = stages.first, first.fromStep == 0 else { throw .invalid("state.schedule must start with a stage at step 0") }
        guard stages.count <= state.version + 1 else {
            throw .invalid("state.schedule has \(stages.count) stages, more than the \(state.version) updates of state.version add to the first")
        }
        var previous = 0
        for (index, stage) in stages.enumerated() {
            guard stage.weights.count == domains.count else {
                throw .invalid("state.schedule.stages[\(index)] must have one weight per domain (\(domains.count)), got \(stage.weights.count)")
            }
            try check(stage.weights, "state.schedule.stages[\(index)].weights", 0...1, "a finite weight in [0, 1]")
            guard Simplex.contains(stage.weights, tolerance: 1e-6) else { throw .invalid("state.schedule.stages[\(index)].weights must sum to 1") }
            guard stage.fromStep >= previous else { throw .invalid("state.schedule: stage \(index) starts before the stage preceding it") }
            previous = stage.fromStep
        }
        guard stages[stages.count - 1].weights == state.weights else {
            throw .invalid("the last stage of state.schedule must hold the state's weights")
        }
        guard previous <= state.lastStep ?? 0 else { throw .invalid("state.schedule has a stage after state.lastStep") }
    }
}
