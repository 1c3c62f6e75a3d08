import Common
import Foundation
import GRDB
import Mixing

/// The `version` table (schema v2, `ControllerMigrations`): the one place that knows its columns.
///
/// A version costs O(domains): its weights, velocity and losses, three integers of the mixer
/// state (`mixer_version`, `last_step`, `velocity_is_last`) and its replay memory, if any. The full `MixerState`, schedule
/// included, is stored only at a run's root version (the registration, or an imported state);
/// every other version's schedule is its base's plus one stage when its weights changed, which is
/// exactly what `Mixer.update` appends, so it is rebuilt from the chain of bases when a snapshot
/// asks for it.
enum VersionStore {
    /// The columns of a version that replies contain.
    static let replyColumns = "version, base_version, step, apply_from_step, tokens, losses, weights, velocity, superseded, created_at"
    /// The columns a mixer state is rebuilt from.
    private static let stateColumns = "weights, velocity, mixer_version, last_step, velocity_is_last, replay_memory, state"

    /// Stores version `v`, after which the mixer is in `state`. A root (no base version) keeps
    /// the whole state; any other version keeps what it cannot rebuild from its base.
    static func insert(_ db: Database, run id: String, _ v: WeightsVersion, state: MixerState) throws {
        let isRoot = v.baseVersion == nil
        try db.execute(sql: """
            INSERT INTO version (run_id, version, base_version, step, apply_from_step, tokens, losses, weights, velocity,
                                 mixer_version, last_step, velocity_is_last, replay_memory, state, superseded, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [id, v.version, v.baseVersion, v.step, v.applyFromStep, v.tokens, try v.losses.map(json), try json(v.weights),
                             try json(v.velocity), state.version, state.lastStep, state.lastVelocity != nil,
                             try state.replayMemory.map(json),
                             isRoot ? try json(state) : nil, v.superseded, v.createdAt])
    }

    /// Version `number` of run `id`.
    static func version(_ db: Database, run id: String, number: Int) throws -> WeightsVersion {
        guard let row = try Row.fetchOne(db, sql: "SELECT \(replyColumns) FROM version WHERE run_id = ? AND version = ?", arguments: [id, number]) else {
            throw ControllerError.versionNotFound(run: id, version: number)
        }
        return try decode(row)
    }

    /// Every version of run `id`, oldest first.
    static func versions(_ db: Database, run id: String) throws -> [WeightsVersion] {
        var versions: [WeightsVersion] = []
        let rows = try Row.fetchCursor(db, sql: "SELECT \(replyColumns) FROM version WHERE run_id = ? ORDER BY version", arguments: [id])
        while let row = try rows.next() { versions.append(try decode(row)) }
        return versions
    }

    /// The number of the latest version that is not superseded.
    static func latestActive(_ db: Database, run id: String) throws -> Int {
        try Int.fetchOne(db, sql: "SELECT version FROM version WHERE run_id = ? AND superseded = 0 ORDER BY version DESC LIMIT 1",
                         arguments: [id]) ?? 0
    }

    /// The largest version number of run `id` (superseded or not).
    static func lastNumber(_ db: Database, run id: String) throws -> Int {
        try Int.fetchOne(db, sql: "SELECT MAX(version) FROM version WHERE run_id = ?", arguments: [id]) ?? 0
    }

    /// The version a report of `step` on `base` created, if any.
    static func reported(_ db: Database, run id: String, step: Int, base: Int) throws -> Int? {
        try Int.fetchOne(db, sql: "SELECT version FROM version WHERE run_id = ? AND step = ? AND base_version = ?", arguments: [id, step, base])
    }

    /// The step of version `number` and whether it is superseded; nil when there is no such version.
    static func stepAndSuperseded(_ db: Database, run id: String, number: Int) throws -> (step: Int, superseded: Bool)? {
        try Row.fetchOne(db, sql: "SELECT step, superseded FROM version WHERE run_id = ? AND version = ?", arguments: [id, number])
            .map { ($0["step"], $0["superseded"]) }
    }

    /// Marks the active versions after `base` superseded (a fork).
    static func supersede(_ db: Database, run id: String, after base: Int) throws {
        try db.execute(sql: "UPDATE version SET superseded = 1 WHERE run_id = ? AND version > ? AND superseded = 0", arguments: [id, base])
    }

    /// The mixer state after version `number`. With `schedule` false its schedule is empty
    /// (`Mixer.update` only appends to it); with `schedule` true it is rebuilt from the chain of
    /// bases, which costs O(length of the chain x domains).
    static func state(_ db: Database, run id: String, number: Int, configuration: MixerConfiguration, schedule: Bool) throws -> MixerState {
        guard let row = try Row.fetchOne(db, sql: "SELECT \(stateColumns) FROM version WHERE run_id = ? AND version = ?", arguments: [id, number]) else {
            throw ControllerError.versionNotFound(run: id, version: number)
        }
        if let root = row["state"] as String? {
            return try JSONConventions.decode(MixerState.self, from: Data(root.utf8))
        }
        let domains = configuration.domains
        var state: MixerState
        do { state = try Mixer(configuration: configuration).state } catch { throw ControllerError.invalid(error.description) }
        state.weights = try ordered(try map(row, "weights"), domains, "weights of version \(number)")
        state.version = row["mixer_version"]
        state.lastStep = row["last_step"]
        state.lastVelocity = (row["velocity_is_last"] as Bool) ? try ordered(try map(row, "velocity"), domains, "velocity of version \(number)") : nil
        state.replayMemory = try (row["replay_memory"] as String?).map { try JSONConventions.decode(ReplayMemory.self, from: Data($0.utf8)) }
        state.schedule = schedule ? try self.schedule(db, run: id, number: number, domains: domains) : WeightSchedule(stages: [])
        return state
    }

    /// The schedule after version `number`: the root's, then one stage for every version of the
    /// chain whose weights differ from its base's (what `Mixer.update` appends).
    private static func schedule(_ db: Database, run id: String, number: Int, domains: [String]) throws -> WeightSchedule {
        let rows = try Row.fetchCursor(db, sql: """
            WITH RECURSIVE chain(version) AS (
                SELECT ?
                UNION ALL
                SELECT v.base_version FROM version v JOIN chain ON v.run_id = ? AND v.version = chain.version
                WHERE v.base_version IS NOT NULL)
            SELECT v.version, v.step, v.weights, v.state FROM version v JOIN chain ON v.run_id = ? AND v.version = chain.version
            ORDER BY v.version
            """, arguments: [number, id, id])
        var schedule: WeightSchedule?
        var previous: [Double] = []
        while let row = try rows.next() {
            if let root = row["state"] as String? {
                let state = try JSONConventions.decode(MixerState.self, from: Data(root.utf8))
                schedule = state.schedule
                previous = state.weights
            } else {
                guard schedule != nil else { throw ControllerError.corruptStorage("version \(row["version"] as Int) of run \"\(id)\" has no root") }
                let weights = try ordered(try map(row, "weights"), domains, "weights of version \(row["version"] as Int)")
                if weights != previous {
                    schedule?.stages.append(.init(fromStep: row["step"], weights: weights))
                    previous = weights
                }
            }
        }
        guard let schedule else { throw ControllerError.corruptStorage("version \(number) of run \"\(id)\" has no root") }
        return schedule
    }

    private static func decode(_ row: Row) throws -> WeightsVersion {
        WeightsVersion(version: row["version"], baseVersion: row["base_version"], step: row["step"], applyFromStep: row["apply_from_step"],
                       weights: try map(row, "weights") ?? [:], velocity: try map(row, "velocity") ?? [:], losses: try map(row, "losses"),
                       tokens: row["tokens"], superseded: row["superseded"], createdAt: row["created_at"])
    }

    private static func map(_ row: Row, _ column: String) throws -> [String: Double]? {
        try (row[column] as String?).map { try JSONConventions.decode([String: Double].self, from: Data($0.utf8)) }
    }

    /// The values of `map` in domain order.
    private static func ordered(_ map: [String: Double]?, _ domains: [String], _ what: String) throws -> [Double] {
        try domains.map { (domain: String) throws -> Double in
            guard let value = map?[domain] else { throw ControllerError.corruptStorage("the stored \(what) lack domain \"\(domain)\"") }
            return value
        }
    }

    static func json<T: Encodable>(_ value: T) throws -> String {
        String(decoding: try JSONConventions.encode(value, pretty: false), as: UTF8.self)
    }
}
