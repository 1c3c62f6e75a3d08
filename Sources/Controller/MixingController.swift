import Common
import Foundation
import GRDB
import Mixing

/// The mixing controller without any transport: registers runs, turns loss reports into new
/// weights with the `Mixing` module, keeps every version (forks mark later versions superseded,
/// never delete them), and answers repeated reports with the stored reply. Every method is one
/// database transaction, so concurrent calls for the same run are serialised and a reply is only
/// returned once it is on disk. Storage is `VersionStore`'s.
public final class MixingController: Sendable {
    private let database: StorageAccess
    private let health: HealthCheck

    /// Creates a controller over an opened, migrated database (`ControllerDatabase`).
    public init(database: any DatabaseWriter) {
        self.database = StorageAccess(database: database)
        health = HealthCheck(storage: self.database)
    }

    /// Checks that the database can be read whole and written (`HealthCheck`).
    /// - Throws: `ControllerError.storageUnavailable` or `.storageFull`.
    public func checkHealth() async throws {
        try await health.check()
    }

    /// Registers run `id`. Returns version 0 and whether the run was created (false when the
    /// same registration was already stored).
    /// - Throws: `ControllerError.invalid` for an unusable registration, `.registrationConflict`
    ///   when the run exists with a different one.
    public func register(_ id: String, _ registration: RunRegistration) async throws -> (created: Bool, version: WeightsVersion) {
        try Self.validate(id: id)
        let configuration = try Self.mixerConfiguration(registration)
        let text = try VersionStore.json(registration)
        return try await database.write { db in
            if let stored = try String.fetchOne(db, sql: "SELECT registration FROM run WHERE id = ?", arguments: [id]) {
                try Self.requireSameRegistration(run: id, stored: stored, given: registration)
                return (false, try VersionStore.version(db, run: id, number: 0))
            }
            let mixer: Mixer
            do { mixer = try Mixer(configuration: configuration) } catch { throw ControllerError.invalid("\(error)") }
            let velocity = mixer.velocity(for: configuration.initialLoss) ?? []
            try Self.validate(computed: mixer.weights, velocity: velocity, domains: configuration.domains)
            let now = Date().timeIntervalSince1970
            try db.execute(sql: "INSERT INTO run (id, registration, created_at) VALUES (?, ?, ?)", arguments: [id, text, now])
            let record = WeightsVersion(version: 0, baseVersion: nil, step: 0, applyFromStep: 0,
                                        weights: Self.map(configuration.domains, mixer.weights),
                                        velocity: Self.map(configuration.domains, velocity), losses: nil, tokens: nil,
                                        superseded: false, createdAt: now)
            try VersionStore.insert(db, run: id, record, state: mixer.state)
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
            if let existing = try VersionStore.reported(db, run: id, step: report.step, base: report.baseVersion) {
                return (false, try VersionStore.version(db, run: id, number: existing))
            }
            guard let base = try VersionStore.stepAndSuperseded(db, run: id, number: report.baseVersion) else {
                throw ControllerError.invalid("base_version \(report.baseVersion) does not exist for run \"\(id)\"")
            }
            guard !base.superseded else { throw ControllerError.supersededBase(run: id, version: report.baseVersion) }
            guard report.step >= base.step else {
                throw ControllerError.invalid("step \(report.step) is before the base version's step \(base.step)")
            }
            let configuration = try Self.mixerConfiguration(registration)
            let state = try VersionStore.state(db, run: id, number: report.baseVersion, configuration: configuration, schedule: false)
            var mixer: Mixer
            do { mixer = try Mixer(restoring: state) } catch { throw ControllerError.invalid("\(error)") }
            let update: MixUpdate
            do { update = try mixer.update(step: report.step, losses: report.losses) } catch { throw ControllerError.invalid("\(error)") }
            try Self.validate(computed: update.weights, velocity: update.velocity, domains: configuration.domains)
            let next = try ProtocolLimits.sum(try VersionStore.lastNumber(db, run: id), 1, "the next version number")
            let applyFromStep = try ProtocolLimits.sum(report.step, registration.applyDelay ?? 0, "apply_from_step (step + apply_delay)")
            // Fork: versions derived after the base stop being current (kept for the record).
            try VersionStore.supersede(db, run: id, after: report.baseVersion)
            let domains = registration.domains
            let record = WeightsVersion(version: next, baseVersion: report.baseVersion, step: report.step, applyFromStep: applyFromStep,
                                        weights: Self.map(domains, update.weights), velocity: Self.map(domains, update.velocity ?? []),
                                        losses: report.losses, tokens: report.tokens, superseded: false,
                                        createdAt: Date().timeIntervalSince1970)
            try VersionStore.insert(db, run: id, record, state: mixer.state)
            return (true, record)
        }
    }

    /// The latest active version, or version `number`.
    public func weights(_ id: String, version number: Int? = nil) async throws -> WeightsVersion {
        try Self.validate(id: id)
        return try await database.read { db in
            _ = try Self.registration(db, run: id)
            let number = try number ?? VersionStore.latestActive(db, run: id)
            return try VersionStore.version(db, run: id, number: number)
        }
    }

    /// Every version, oldest first.
    public func versions(_ id: String) async throws -> [WeightsVersion] {
        try Self.validate(id: id)
        return try await database.read { db in
            _ = try Self.registration(db, run: id)
            return try VersionStore.versions(db, run: id)
        }
    }

    /// Every version, oldest first, as a JSON array: the same values as `versions`, written from
    /// the stored JSON without decoding it (`VersionStore.versionsJSON`).
    public func versionsJSON(_ id: String) async throws -> Data {
        try Self.validate(id: id)
        return try await database.read { db in
            _ = try Self.registration(db, run: id)
            return try VersionStore.versionsJSON(db, run: id)
        }
    }

    /// `snapshot(id, history: true)` as JSON (keys sorted, as `JSONConventions` writes them),
    /// its versions written from the stored JSON (`VersionStore.versionsJSON`).
    public func exportJSON(_ id: String) async throws -> Data {
        try Self.validate(id: id)
        return try await database.read { db in
            var text = try JSONConventions.encode(try Self.snapshot(db, run: id, history: false), pretty: false)
            // "versions" sorts after every other key of a snapshot, so it goes last.
            guard text.last == UInt8(ascii: "}") else { throw ControllerError.corruptStorage("the snapshot of run \"\(id)\" is not a JSON object") }
            text.removeLast()
            text.append(contentsOf: Data(",\"versions\":".utf8))
            text.append(try VersionStore.versionsJSON(db, run: id))
            text.append(UInt8(ascii: "}"))
            return text
        }
    }

    /// The registration, the latest active version with its mixer state (schedule rebuilt from
    /// the chain of bases), and (with `history`) every version.
    public func snapshot(_ id: String, history: Bool) async throws -> RunSnapshot {
        try Self.validate(id: id)
        return try await database.read { db in try Self.snapshot(db, run: id, history: history) }
    }

    /// Rebuilds a run from a trainer's saved snapshot (after the controller's database was lost).
    /// Creates the run if it does not exist; repeating the same import is harmless; a different
    /// history is a conflict.
    public func importState(_ id: String, _ snapshot: RunSnapshot) async throws -> (created: Bool, version: WeightsVersion) {
        try Self.validate(id: id)
        let configuration = try Self.mixerConfiguration(snapshot.registration)
        guard snapshot.state.configuration == configuration else {
            throw ControllerError.invalid("the state's mixer configuration does not match the registration")
        }
        do { _ = try Mixer(restoring: snapshot.state) } catch { throw ControllerError.invalid("\(error)") }
        try Self.validate(snapshot: snapshot, id: id, configuration: configuration)
        let text = try VersionStore.json(snapshot.registration)
        return try await database.write { db in
            if let stored = try String.fetchOne(db, sql: "SELECT registration FROM run WHERE id = ?", arguments: [id]) {
                try Self.requireSameRegistration(run: id, stored: stored, given: snapshot.registration)
                guard let existing = try? VersionStore.version(db, run: id, number: snapshot.current.version),
                      existing.weights == snapshot.current.weights else {
                    throw ControllerError.stateConflict(run: id, detail: "the stored history has no version \(snapshot.current.version) with these weights")
                }
                return (false, existing)
            }
            let now = Date().timeIntervalSince1970
            try db.execute(sql: "INSERT INTO run (id, registration, created_at) VALUES (?, ?, ?)", arguments: [id, text, now])
            var record = snapshot.current
            record.baseVersion = nil
            record.superseded = false
            record.createdAt = now
            try VersionStore.insert(db, run: id, record, state: snapshot.state)
            return (true, record)
        }
    }

    // MARK: - Internals

    private static func snapshot(_ db: Database, run id: String, history: Bool) throws -> RunSnapshot {
        let registration = try registration(db, run: id)
        let latest = try VersionStore.latestActive(db, run: id)
        let configuration = try mixerConfiguration(registration)
        let state = try VersionStore.state(db, run: id, number: latest, configuration: configuration, schedule: true)
        return RunSnapshot(id: id, registration: registration, current: try VersionStore.version(db, run: id, number: latest), state: state,
                           versions: history ? try VersionStore.versions(db, run: id) : nil)
    }

    private static func registration(_ db: Database, run id: String) throws -> RunRegistration {
        guard let stored = try String.fetchOne(db, sql: "SELECT registration FROM run WHERE id = ?", arguments: [id]) else {
            throw ControllerError.runNotFound(id)
        }
        return try JSONConventions.decode(RunRegistration.self, from: Data(stored.utf8))
    }

    static func map(_ domains: [String], _ values: [Double]) -> [String: Double] {
        Dictionary(uniqueKeysWithValues: zip(domains, values))
    }

    /// Throws `.registrationConflict` unless `given` configures the run as the `stored`
    /// registration does (compared as `canonical` values, not as text).
    private static func requireSameRegistration(run id: String, stored: String, given: RunRegistration) throws {
        let saved = try canonical(try JSONConventions.decode(RunRegistration.self, from: Data(stored.utf8)))
        let new = try canonical(given)
        guard saved != new else { return }
        func text<T: Encodable>(_ value: T?) throws -> String { try value.map { try VersionStore.json($0) } ?? "absent" }
        let fields: [(String, Bool, () throws -> (String, String))] = [
            ("apply_delay", saved.applyDelay == new.applyDelay, { (try text(saved.applyDelay), try text(new.applyDelay)) }),
            ("domains", saved.domains == new.domains, { (try text(saved.domains), try text(new.domains)) }),
            ("epsilon", saved.epsilon == new.epsilon, { (try text(saved.epsilon), try text(new.epsilon)) }),
            ("eta", saved.eta == new.eta, { (try text(saved.eta), try text(new.eta)) }),
            ("floor", saved.floor == new.floor, { (try text(saved.floor), try text(new.floor)) }),
            ("initial_weights", saved.initialWeights == new.initialWeights, { (try text(saved.initialWeights), try text(new.initialWeights)) }),
            ("l_init", saved.lInit == new.lInit, { (try text(saved.lInit), try text(new.lInit)) }),
            ("l_target", saved.lTarget == new.lTarget, { (try text(saved.lTarget), try text(new.lTarget)) }),
            ("policy", saved.policy == new.policy, { (saved.policy.rawValue, new.policy.rawValue) }),
            ("smoothing", saved.smoothing == new.smoothing, { (try text(saved.smoothing), try text(new.smoothing)) }),
            ("update_every", saved.updateEvery == new.updateEvery, { (try text(saved.updateEvery), try text(new.updateEvery)) }),
            ("replay_domains", saved.replayDomains == new.replayDomains, { (try text(saved.replayDomains), try text(new.replayDomains)) }),
            ("replay_rule", saved.replayRule == new.replayRule, { (try text(saved.replayRule), try text(new.replayRule)) }),
            ("replay_tolerance", saved.replayTolerance == new.replayTolerance, { (try text(saved.replayTolerance), try text(new.replayTolerance)) }),
        ]
        guard let (key, _, values) = fields.first(where: { !$0.1 }) else {
            throw ControllerError.registrationConflict(run: id, detail: "the registrations differ")
        }
        let (first, second) = try values()
        throw ControllerError.registrationConflict(run: id, detail: "\(key) is \(first) in the stored registration, \(second) in this one")
    }
}
