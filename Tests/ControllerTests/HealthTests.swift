import Foundation
import Testing
import TestSupport

/// Finding 10 of issue 14: `/healthz` said ok with a damaged database or a full disk. It now
/// checks the whole file and commits a write; a store that fails answers 503 or 507, never a
/// 500 that clients would take for a bug.
@Suite(.serialized) struct HealthTests {
    static let registration = #"{"domains": ["a", "b"], "l_init": {"a": 3.0, "b": 2.5}, "l_target": {"a": 2.0, "b": 2.0}, "policy": "velocitune", "update_every": 100}"#

    static func report(_ k: Int) -> String {
        #"{"step": \#(100 * k), "base_version": \#(k - 1), "losses": {"a": \#(3.0 - 0.001 * Double(k)), "b": 2.2}}"#
    }

    @Test func aDamagedDatabaseIsNotHealthy() throws {
        let dir = try Repository.temporaryDirectory("vt-health")
        let database = dir.appendingPathComponent("c.sqlite")
        var server = try ServerProcess(database: database)
        #expect(try server.request("GET", "/healthz").status == 200)
        #expect(try server.request("PUT", "/v1/runs/r", Self.registration).status == 201)
        for k in 1...300 { _ = try server.request("POST", "/v1/runs/r/reports", Self.report(k)) }
        server.stop()
        // Move everything from the journal into the file, then overwrite three pages near its
        // end (versions and their index), not the schema.
        let checkpoint = try PythonPeer.run(["-c", "import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); c.execute('PRAGMA wal_checkpoint(TRUNCATE)'); c.close()",
                                             database.path])
        try #require(checkpoint.status == 0, "\(checkpoint.stderr)")
        let handle = try FileHandle(forUpdating: database)
        let size = try handle.seekToEnd()
        try #require(size >= 16 * 4096, "the database has \(size) bytes")
        try handle.seek(toOffset: size - 4 * 4096)
        try handle.write(contentsOf: Data(repeating: 0xA5, count: 3 * 4096))
        try handle.close()
        server = try ServerProcess(database: database)
        let health = try server.request("GET", "/healthz")
        #expect(health.status == 503 && health.json["type"] as? String == "urn:velocitune:problem:storage-unavailable",
                "\(health.status) \(String(decoding: health.body, as: UTF8.self))")
    }

    @Test func aFullDiskIsNotHealthyAndReportsAreNot500() throws {
        let dir = try Repository.temporaryDirectory("vt-full")
        let server = try ServerProcess(database: dir.appendingPathComponent("c.sqlite"), fileSizeLimitKB: 256)
        #expect(try server.request("GET", "/healthz").status == 200)
        #expect(try server.request("PUT", "/v1/runs/r", Self.registration).status == 201)
        var refused: HTTPTestClient.Response?
        for k in 1...400 {
            let response = try server.request("POST", "/v1/runs/r/reports", Self.report(k))
            if response.status != 201 { refused = response; break }
        }
        let failure = try #require(refused, "the file size limit was never reached")
        #expect([503, 507].contains(failure.status) && (failure.json["type"] as? String)?.hasPrefix("urn:velocitune:problem:storage-") == true,
                "\(failure.status) \(String(decoding: failure.body, as: UTF8.self))")
        usleep(1_100_000)  // past the health check's cache
        let health = try server.request("GET", "/healthz")
        #expect([503, 507].contains(health.status), "\(health.status) \(String(decoding: health.body, as: UTF8.self))")
    }
}
