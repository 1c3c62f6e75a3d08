import Common
import Foundation
import GRDB
import Mixing

/// The mixing controller without any transport: registers runs, turns loss reports into new
/// weights with the `Mixing` module, keeps every version (forks mark later versions superseded,
/// never delete them), and answers repeated reports with the stored reply. Every method is one
/// database transaction, so concurrent calls for the same run are serialised and a reply is only
/// returned once it is on disk.
public final class MixingController: Sendable {
    private let database: any DatabaseWriter

    /// Creates a controller over an opened, migrated database (`ControllerDatabase`).
    public init(database: any DatabaseWriter) {
        self.database = database
    }

    /// Registers run `id`. Returns version 0 and whether the run was created (false when the
    /// same registration was already stored).
    /// - Throws: `ControllerError.invalid` for an unusable registration, `.registrationConflict`
    ///   when the run exists with a different one.
    public func register(_ id: String, _ registration: RunRegistration) async throws -> (created: Bool, version: WeightsVersion) {
        try Self.validate(id: id)
        let configuration = try Self.mixerConfiguration(registration)
        let canonical = try Self.json(registration)
        return try await database.write { db in
            if let stored = try String.fetchOne(db, sql: "SELECT registration FROM run WHERE id = ?", arguments: [id]) {
                guard stored == canonical else {
                    throw ControllerError.registrationConflict(run: id, detail: try Self.difference(stored, registration))
                }
                return (false, try Self.version(db, run: id, number: 0))
            }
            let mixer: Mixer
            do { mixer = try Mixer(configuration: configuration) } catch { throw ControllerError.invalid("\(error)") }
            let now = Date().timeIntervalSince1970
            try db.execute(sql: "INSERT INTO run (id, registration, created_at) VALUES (?, ?, ?)", arguments: [id, canonical, now])
            let velocity = mixer.velocity(for: configuration.initialLoss) ?? []
            let record = WeightsVersion(version: 0, baseVersion: nil, step: 0, applyFromStep: 0,
                                        weights: Self.map(configuration.domains, mixer.weights),
                                        velocity: Self.map(configuration.domains, velocity), losses: nil, tokens: nil,
                                        superseded: false, createdAt: now)
            try Self.insert(db, run: id, record, state: mixer.state)
            return (true, record)
        }
    }

    /// Turns a loss report into the next version. The same (step, base_version) returns the
    /// stored reply (`created` false). A report on an older base forks: the active versions after
    /// it are marked superseded.
    public func report(_ id: String, _ report: LossReport) async throws -> (created: Bool, version: WeightsVersion) {
        try Self.validate(id: id)
        try Self.validate(report)
        return try await database.write { db in
            let registration = try Self.registration(db, run: id)
            if let existing = try Row.fetchOne(db, sql: "SELECT version FROM version WHERE run_id = ? AND step = ? AND base_version = ?",
                                               arguments: [id, report.step, report.baseVersion]) {
                return (false, try Self.version(db, run: id, number: existing["version"]))
            }
            guard let base = try Row.fetchOne(db, sql: "SELECT step, superseded, state FROM version WHERE run_id = ? AND version = ?",
                                              arguments: [id, report.baseVersion]) else {
                throw ControllerError.invalid("base_version \(report.baseVersion) does not exist for run \"\(id)\"")
            }
            guard (base["superseded"] as Int) == 0 else { throw ControllerError.supersededBase(run: id, version: report.baseVersion) }
            let baseStep: Int = base["step"]
            guard report.step >= baseStep else {
                throw ControllerError.invalid("step \(report.step) is before the base version's step \(baseStep)")
            }
            let state = try JSONConventions.decode(MixerState.self, from: Data((base["state"] as String).utf8))
            var mixer: Mixer
            do { mixer = try Mixer(restoring: state) } catch { throw ControllerError.invalid("\(error)") }
            let update: MixUpdate
            do { update = try mixer.update(step: report.step, losses: report.losses) } catch { throw ControllerError.invalid("\(error)") }
            // Fork: versions derived after the base stop being current (kept for the record).
            try db.execute(sql: "UPDATE version SET superseded = 1 WHERE run_id = ? AND version > ? AND superseded = 0",
                           arguments: [id, report.baseVersion])
            let last = try Int.fetchOne(db, sql: "SELECT MAX(version) FROM version WHERE run_id = ?", arguments: [id]) ?? 0
            let next = try ProtocolLimits.sum(last, 1, "the next version number")
            let applyFromStep = try ProtocolLimits.sum(report.step, registration.applyDelay ?? 0, "apply_from_step (step + apply_delay)")
            let domains = registration.domains
            let record = WeightsVersion(version: next, baseVersion: report.baseVersion, step: report.step,
                                        applyFromStep: applyFromStep,
                                        weights: Self.map(domains, update.weights), velocity: Self.map(domains, update.velocity ?? []),
                                        losses: report.losses, tokens: report.tokens, superseded: false,
                                        createdAt: Date().timeIntervalSince1970)
            try Self.insert(db, run: id, record, state: mixer.state)
            return (true, record)
        }
    }

    /// The latest active version, or version `number`.
    public func weights(_ id: String, version number: Int? = nil) async throws -> WeightsVersion {
        try Self.validate(id: id)
        return try await database.read { db in
            _ = try Self.registration(db, run: id)
            let number = try number ?? Self.latest(db, run: id)
            return try Self.version(db, run: id, number: number)
        }
    }

    /// Every version, oldest first.
    public func versions(_ id: String) async throws -> [WeightsVersion] {
        try Self.validate(id: id)
        return try await database.read { db in
            _ = try Self.registration(db, run: id)
            return try Row.fetchAll(db, sql: "SELECT \(Self.replyColumns) FROM version WHERE run_id = ? ORDER BY version", arguments: [id]).map(Self.decode)
        }
    }

    /// The registration, the latest active version with its mixer state, and (with `history`)
    /// every version.
    public func snapshot(_ id: String, history: Bool) async throws -> RunSnapshot {
        try Self.validate(id: id)
        return try await database.read { db in
            let registration = try Self.registration(db, run: id)
            let latest = try Self.latest(db, run: id)
            let row = try Row.fetchOne(db, sql: "SELECT \(Self.replyColumns), state FROM version WHERE run_id = ? AND version = ?", arguments: [id, latest])!
            let state = try JSONConventions.decode(MixerState.self, from: Data((row["state"] as String).utf8))
            let versions = history
                ? try Row.fetchAll(db, sql: "SELECT \(Self.replyColumns) FROM version WHERE run_id = ? ORDER BY version", arguments: [id]).map(Self.decode)
                : nil
            return RunSnapshot(id: id, registration: registration, current: try Self.decode(row), state: state, versions: versions)
        }
    }

    /// Rebuilds a run from a trainer's saved snapshot (after the controller's database was lost).
    /// Creates the run if it does not exist; repeating the same import is harmless; a different
    /// history is a conflict.
    public func importState(_ id: String, _ snapshot: RunSnapshot) async throws -> (created: Bool, version: WeightsVersion) {
        try Self.validate(id: id)
        let configuration = try Self.mixerConfiguration(snapshot.registration)
        try Self.validateIntegers(snapshot)
        guard snapshot.state.configuration == configuration else {
            throw ControllerError.invalid("the state's mixer configuration does not match the registration")
        }
        do { _ = try Mixer(restoring: snapshot.state) } catch { throw ControllerError.invalid("\(error)") }
        let canonical = try Self.json(snapshot.registration)
        return try await database.write { db in
            if let stored = try String.fetchOne(db, sql: "SELECT registration FROM run WHERE id = ?", arguments: [id]) {
                guard stored == canonical else {
                    throw ControllerError.registrationConflict(run: id, detail: try Self.difference(stored, snapshot.registration))
                }
                guard let existing = try? Self.version(db, run: id, number: snapshot.current.version),
                      existing.weights == snapshot.current.weights else {
                    throw ControllerError.stateConflict(run: id, detail: "the stored history has no version \(snapshot.current.version) with these weights")
                }
                return (false, existing)
            }
            let now = Date().timeIntervalSince1970
            try db.execute(sql: "INSERT INTO run (id, registration, created_at) VALUES (?, ?, ?)", arguments: [id, canonical, now])
            var record = snapshot.current
            record.baseVersion = nil
            record.superseded = false
            record.createdAt = now
            try Self.insert(db, run: id, record, state: snapshot.state)
            return (true, record)
        }
    }

    // MARK: - Internals

    static func validate(id: String) throws(ControllerError) {
        guard (1...128).contains(id.utf8.count),
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
        guard !r.domains.isEmpty, Set(r.domains).count == r.domains.count else {
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
            if let unknown = map.keys.sorted().first(where: { !r.domains.contains($0) }) { throw .invalid("\(field): unknown domain \"\(unknown)\"") }
            return try r.domains.map { (d: String) throws(ControllerError) -> Double in
                guard let v = map[d] else { throw .invalid("\(field): missing domain \"\(d)\"") }
                guard v.isFinite else { throw .invalid("\(field): the value of \"\(d)\" is not finite") }
                return v
            }
        }
        let initialLoss = try values(r.lInit, "l_init", required: true)!
        let targets = try values(r.lTarget, "l_target", required: r.policy.needsTargets)
        let weights: [Double]
        do { weights = try (r.initialWeights.map { InitialWeights.explicit($0) } ?? .uniform).resolve(domains: r.domains, tokenCounts: r.domains.map { _ in 1 }) } catch {
            throw .invalid("initial_weights: \(error.description)")
        }
        let configuration = MixerConfiguration(policy: r.policy, domains: r.domains, initialLoss: initialLoss, targetLoss: targets,
                                               initialWeights: weights, eta: r.eta ?? MixerDefaults.eta, smoothing: r.smoothing,
                                               floor: r.floor ?? MixerDefaults.floor, epsilon: r.epsilon ?? MixerDefaults.epsilon)
        do { try configuration.validate() } catch { throw .invalid(error.description) }
        return configuration
    }

    private static func registration(_ db: Database, run id: String) throws -> RunRegistration {
        guard let stored = try String.fetchOne(db, sql: "SELECT registration FROM run WHERE id = ?", arguments: [id]) else {
            throw ControllerError.runNotFound(id)
        }
        return try JSONConventions.decode(RunRegistration.self, from: Data(stored.utf8))
    }

    private static func latest(_ db: Database, run id: String) throws -> Int {
        try Int.fetchOne(db, sql: "SELECT MAX(version) FROM version WHERE run_id = ? AND superseded = 0", arguments: [id]) ?? 0
    }

    private static func version(_ db: Database, run id: String, number: Int) throws -> WeightsVersion {
        guard let row = try Row.fetchOne(db, sql: "SELECT \(replyColumns) FROM version WHERE run_id = ? AND version = ?", arguments: [id, number]) else {
            throw ControllerError.versionNotFound(run: id, version: number)
        }
        return try decode(row)
    }

    /// The columns of a version that replies contain (never the mixer state, which only a
    /// snapshot needs, and then only the latest one's).
    static let replyColumns = "version, base_version, step, apply_from_step, tokens, losses, weights, velocity, superseded, created_at"

    private static func insert(_ db: Database, run id: String, _ v: WeightsVersion, state: MixerState) throws {
        try db.execute(sql: """
            INSERT INTO version (run_id, version, base_version, step, apply_from_step, tokens, losses, weights, velocity, state, superseded, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [id, v.version, v.baseVersion, v.step, v.applyFromStep, v.tokens, try v.losses.map(json), try json(v.weights),
                             try json(v.velocity), try json(state), v.superseded ? 1 : 0, v.createdAt])
    }

    private static func decode(_ row: Row) throws -> WeightsVersion {
        func map(_ column: String) throws -> [String: Double]? {
            try (row[column] as String?).map { try JSONConventions.decode([String: Double].self, from: Data($0.utf8)) }
        }
        return WeightsVersion(version: row["version"], baseVersion: row["base_version"], step: row["step"], applyFromStep: row["apply_from_step"],
                              weights: try map("weights") ?? [:], velocity: try map("velocity") ?? [:], losses: try map("losses"),
                              tokens: row["tokens"], superseded: (row["superseded"] as Int) != 0, createdAt: row["created_at"])
    }

    static func map(_ domains: [String], _ values: [Double]) -> [String: Double] {
        Dictionary(uniqueKeysWithValues: zip(domains, values))
    }

    static func json<T: Encodable>(_ value: T) throws -> String {
        String(decoding: try JSONConventions.encode(value, pretty: false), as: UTF8.self)
    }

    private static func difference(_ stored: String, _ given: RunRegistration) throws -> String {
        let saved = try JSONConventions.decode(RunRegistration.self, from: Data(stored.utf8))
        guard let d = JSONConventions.firstDifference(saved, given) else { return "the bodies differ" }
        return "\(d.key) is \(d.first) in the stored registration, \(d.second) in this one"
    }
}
