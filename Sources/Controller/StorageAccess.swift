import Foundation
import GRDB

/// Database access that reports a failing store as what it is: `storageFull` (507) when SQLite
/// runs out of space, `storageUnavailable` (503) for I/O errors, damage, a read-only file or a
/// lock held too long. Refusals thrown inside a transaction pass through unchanged.
struct StorageAccess: Sendable {
    let database: any DatabaseWriter

    func read<T: Sendable>(_ body: @escaping @Sendable (Database) throws -> T) async throws -> T {
        do { return try await database.read(body) } catch let error as DatabaseError { throw Self.problem(error) }
    }

    func write<T: Sendable>(_ body: @escaping @Sendable (Database) throws -> T) async throws -> T {
        do { return try await database.write(body) } catch let error as DatabaseError { throw Self.problem(error) }
    }

    /// The problem a database error is for clients; errors that are not the store's fault stay
    /// as they are (500).
    static func problem(_ error: DatabaseError) -> any Error {
        let detail = "SQLite: \(error.message ?? "\(error.resultCode)")"
        switch error.resultCode.primaryResultCode {
        case .SQLITE_FULL: return ControllerError.storageFull(detail)
        case .SQLITE_IOERR, .SQLITE_CORRUPT, .SQLITE_NOTADB, .SQLITE_CANTOPEN, .SQLITE_READONLY, .SQLITE_BUSY, .SQLITE_LOCKED,
             .SQLITE_PROTOCOL, .SQLITE_NOMEM:
            return ControllerError.storageUnavailable(detail)
        default: return error
        }
    }
}
