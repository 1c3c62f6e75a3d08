import GRDB

/// The schema's history. A migration, once released, never changes: databases written by every
/// earlier build open with this one.
enum ControllerMigrations {
    /// The first schema: every version row held its whole mixer state, schedule included.
    static let runsAndVersions = "v1: runs and versions"
    /// Versions cost O(domains): the mixer state is kept whole only at a run's root version.
    static let compactVersions = "v2: versions store O(domains), states only at roots"
    /// A row for the health check's write probe.
    static let healthProbe = "v3: health probe"
    /// What the replay constraint carries between updates (`MixerState.replayMemory`).
    static let replayMemory = "v4: replay memory"

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration(runsAndVersions) { db in
            try db.execute(sql: """
                CREATE TABLE run (
                    id TEXT PRIMARY KEY NOT NULL,
                    registration TEXT NOT NULL,        -- canonical JSON of the registration
                    created_at REAL NOT NULL
                );
                CREATE TABLE version (
                    run_id TEXT NOT NULL REFERENCES run(id) ON DELETE CASCADE,
                    version INTEGER NOT NULL,
                    base_version INTEGER,              -- NULL: registration or imported state
                    step INTEGER NOT NULL,
                    apply_from_step INTEGER NOT NULL,
                    tokens INTEGER,
                    losses TEXT,                       -- JSON {domain: loss}
                    weights TEXT NOT NULL,             -- JSON {domain: weight}
                    velocity TEXT NOT NULL,            -- JSON {domain: velocity}
                    state TEXT NOT NULL,               -- JSON MixerState after this version
                    superseded INTEGER NOT NULL DEFAULT 0,
                    created_at REAL NOT NULL,
                    PRIMARY KEY (run_id, version)
                );
                CREATE UNIQUE INDEX version_report ON version(run_id, step, base_version) WHERE base_version IS NOT NULL;
                """)
        }
        // A version's mixer state is its weights and velocity (already stored), three integers,
        // and the schedule, which is its base's schedule plus at most one stage: the schedule is
        // rebuilt from the chain of bases when a snapshot needs it, and kept whole only at the
        // chain's root (the registration, or an imported state). v1 rows were written by
        // `Mixer.update` on their base's state, so the rule reproduces their states exactly.
        migrator.registerMigration(compactVersions) { db in
            try db.execute(sql: """
                CREATE TABLE version_v2 (
                    run_id TEXT NOT NULL REFERENCES run(id) ON DELETE CASCADE,
                    version INTEGER NOT NULL,
                    base_version INTEGER,              -- NULL: the root (registration or imported state)
                    step INTEGER NOT NULL,
                    apply_from_step INTEGER NOT NULL,
                    tokens INTEGER,
                    losses TEXT,                       -- JSON {domain: loss}
                    weights TEXT NOT NULL,             -- JSON {domain: weight}
                    velocity TEXT NOT NULL,            -- JSON {domain: velocity}
                    mixer_version INTEGER NOT NULL,    -- MixerState.version: updates on this version's chain
                    last_step INTEGER,                 -- MixerState.lastStep
                    velocity_is_last INTEGER NOT NULL, -- 1: MixerState.lastVelocity is `velocity` in domain order; 0: none
                    state TEXT,                        -- JSON MixerState, schedule included: roots only
                    superseded INTEGER NOT NULL DEFAULT 0,
                    created_at REAL NOT NULL,
                    PRIMARY KEY (run_id, version),
                    CHECK ((base_version IS NULL) = (state IS NOT NULL))
                );
                INSERT INTO version_v2
                    SELECT run_id, version, base_version, step, apply_from_step, tokens, losses, weights, velocity,
                           json_extract(state, '$.version'), json_extract(state, '$.lastStep'),
                           coalesce(json_type(state, '$.lastVelocity') = 'array', 0),
                           CASE WHEN base_version IS NULL THEN state END, superseded, created_at
                    FROM version;
                DROP TABLE version;
                ALTER TABLE version_v2 RENAME TO version;
                CREATE UNIQUE INDEX version_report ON version(run_id, step, base_version) WHERE base_version IS NOT NULL;
                """)
        }
        // The row `GET /healthz` rewrites to prove the database takes a transaction of a few
        // pages (`probe`: HealthCheck.probeBytes), as a report does.
        migrator.registerMigration(healthProbe) { db in
            try db.execute(sql: """
                CREATE TABLE health (
                    id INTEGER PRIMARY KEY CHECK (id = 1),
                    checked_at REAL NOT NULL,
                    probe BLOB
                );
                INSERT INTO health (id, checked_at) VALUES (1, 0);
                """)
        }
        // `MixerState.replayMemory` (the replay constraint's last losses and bands), which a
        // version's other columns cannot rebuild; NULL when the run has no replay domains, and in
        // rows written before it existed (whose builds had no such memory).
        migrator.registerMigration(replayMemory) { db in
            try db.execute(sql: "ALTER TABLE version ADD COLUMN replay_memory TEXT")
        }
        return migrator
    }
}
