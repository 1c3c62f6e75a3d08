import Foundation
import GRDB

/// The controller's SQLite database: WAL journal, `synchronous=FULL` (a committed report
/// survives a crash or power loss), foreign keys, and versioned migrations.
public enum ControllerDatabase {
    /// Opens (creating if needed) and migrates the database at `path`.
    public static func open(path: String) throws -> DatabasePool {
        let pool = try DatabasePool(path: path, configuration: configuration())
        try migrator.migrate(pool)
        return pool
    }

    /// An in-memory database (tests).
    public static func inMemory() throws -> DatabaseQueue {
        let queue = try DatabaseQueue(configuration: configuration())
        try migrator.migrate(queue)
        return queue
    }

    private static func configuration() -> Configuration {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .timeout(10)
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = FULL")
        }
        return configuration
    }

    /// The schema's history.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: runs and versions") { db in
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
        return migrator
    }
}
