import Foundation
import Testing
import TestSupport

/// Finding 4 of issue 14 changed the schema (v2: a version stores O(domains)); a database
/// written by the previous build must open, migrate, and answer exactly as that build did.
@Suite(.serialized) struct MigrationTests {
    /// JSON text with `dropping` keys removed from the top level and from `current`, keys sorted,
    /// so two answers compare as values.
    static func canonical(_ data: Data, dropping: Set<String> = []) throws -> String {
        var object = try JSONSerialization.jsonObject(with: data) as! [String: Any]
        for key in dropping { object.removeValue(forKey: key) }
        if var current = object["current"] as? [String: Any] {
            for key in dropping { current.removeValue(forKey: key) }
            object["current"] = current
        }
        return String(decoding: try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]), as: UTF8.self)
    }

    @Test func aV1DatabaseMigratesAndAnswersAsTheOldBuildDid() throws {
        let dir = try Repository.temporaryDirectory("vt-migrate")
        let database = dir.appendingPathComponent("v1.sqlite")
        let load = try PythonPeer.run(["-c", "import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); c.executescript(sys.stdin.read()); c.close()", database.path],
                                      stdin: Data(V1DatabaseFixture.dump.utf8))
        try #require(load.status == 0, "\(load.stderr)")
        var server = try ServerProcess(database: database)
        for (run, export) in V1DatabaseFixture.exports {
            let response = try server.request("GET", "/v1/runs/\(run)/export")
            #expect(response.status == 200)
            #expect(try Self.canonical(response.body) == Self.canonical(Data(export.utf8)), "the export of \(run) is unchanged")
        }
        // Reopening a migrated database migrates nothing more.
        server.kill9()
        server = try ServerProcess(database: database)
        for (run, body, reply) in V1DatabaseFixture.reports {
            let response = try server.request("POST", "/v1/runs/\(run)/reports", body)
            #expect(response.status == 201)
            #expect(try Self.canonical(response.body, dropping: ["created_at"]) == Self.canonical(Data(reply.utf8), dropping: ["created_at"]),
                    "\(run) \(body)")
        }
        for (run, state) in V1DatabaseFixture.states {
            let response = try server.request("GET", "/v1/runs/\(run)/state")
            #expect(try Self.canonical(response.body, dropping: ["created_at"]) == Self.canonical(Data(state.utf8), dropping: ["created_at"]),
                    "the state of \(run), schedule included, is the old build's")
        }
    }
}
