import Foundation
import GRDB

/// The controller's SQLite database: WAL journal, `synchronous=FULL` (a committed report
/// survives a crash or power loss), foreign keys, and versioned migrations
/// (`ControllerMigrations`).
public enum ControllerDatabase {
    /// Opens (creating if needed) and migrates the database at `path`. A database written by an
    /// older build is migrated in one transaction; when that rewrote stored versions, the file is
    /// vacuumed afterwards so the space they took is returned.
    public static func open(path: String) throws -> DatabasePool {
        let pool = try DatabasePool(path: path, configuration: configuration())
        let applied = try pool.read { try ControllerMigrations.migrator.appliedIdentifiers($0) }
        try ControllerMigrations.migrator.migrate(pool)
        if !applied.isEmpty, !applied.contains(ControllerMigrations.compactVersions) {
            try pool.vacuum()
        }
        return pool
    }

    /// An in-memory database (tests).
    public static func inMemory() throws -> DatabaseQueue {
        let queue = try DatabaseQueue(configuration: configuration())
        try ControllerMigrations.migrator.migrate(queue)
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
}
