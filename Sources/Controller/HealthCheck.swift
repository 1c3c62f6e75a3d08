import Foundation
import GRDB
import Synchronization
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What `GET /healthz` checks (issue 14, finding 10: it said ok with a damaged database or a
/// full disk):
///
/// 1. SQLite's `quick_check` of the whole file (damage: 503);
/// 2. the space left on the database's file system (less than `minimumFreeBytes`: 507);
/// 3. a committed write of `probeBytes` of fresh random bytes (the `health` row; SQLite does
///    not rewrite pages whose content is unchanged), which fails when the database cannot grow
///    by a transaction a few times a small report's size, or is read-only.
///
/// The outcome is kept for `cacheSeconds`, so polling cannot make the server scan and write
/// its database more than once a second.
final class HealthCheck: Sendable {
    /// How long an outcome is reused.
    static let cacheSeconds = 1.0
    /// Free space below which the store counts as full.
    static let minimumFreeBytes: UInt64 = 16 << 20
    /// The size of the probe write (eight pages).
    static let probeBytes = 32 << 10

    private let storage: StorageAccess
    private let last = Mutex<(at: Date, failure: ControllerError?)?>(nil)

    init(storage: StorageAccess) {
        self.storage = storage
    }

    /// Throws `storageUnavailable` or `storageFull` when the database cannot be read whole or
    /// written.
    func check() async throws {
        if let cached = last.withLock({ $0 }), Date().timeIntervalSince(cached.at) < Self.cacheSeconds {
            if let failure = cached.failure { throw failure }
            return
        }
        var failure: ControllerError?
        do {
            try await probe()
        } catch let error as ControllerError {
            failure = error
        } catch {
            failure = .storageUnavailable("\(error)")
        }
        let outcome = failure
        last.withLock { $0 = (Date(), outcome) }
        if let failure { throw failure }
    }

    private func probe() async throws {
        let problems = try await storage.read { db in try String.fetchAll(db, sql: "PRAGMA quick_check") }
        guard problems == ["ok"] else {
            throw ControllerError.storageUnavailable("the database is damaged: " + problems.prefix(3).joined(separator: "; "))
        }
        if let free = Self.freeBytes(near: storage.database.path), free < Self.minimumFreeBytes {
            throw ControllerError.storageFull("\(free >> 20) MB left on the database's file system")
        }
        try await storage.write { db in
            try db.execute(sql: "UPDATE health SET checked_at = ?, probe = randomblob(?) WHERE id = 1",
                           arguments: [Date().timeIntervalSince1970, Self.probeBytes])
        }
    }

    /// Bytes available to this process on the file system of the database at `path`; nil for
    /// an in-memory database or when it cannot be told.
    static func freeBytes(near path: String) -> UInt64? {
        guard !path.isEmpty, path != ":memory:" else { return nil }
        var stats = statvfs()
        guard statvfs(URL(fileURLWithPath: path).deletingLastPathComponent().path, &stats) == 0 else { return nil }
        return UInt64(stats.f_bavail) * UInt64(stats.f_frsize)
    }
}
