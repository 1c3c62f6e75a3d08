import Foundation
import Testing
import TestSupport

/// Finding 2 of issue 14: integers at the edge of Int crashed the server (arithmetic overflow
/// traps) and stayed in the database, so every restart and retry crashed it again.
@Suite(.serialized) struct IntegerOverflowTests {
    static let registration = #"{"domains": ["a", "b"], "l_init": {"a": 3.0, "b": 2.5}, "l_target": {"a": 2.0, "b": 2.0}, "policy": "velocitune", "update_every": 100, "apply_delay": 1}"#

    static func report(step: String, base: String = "0") -> String {
        #"{"step": \#(step), "base_version": \#(base), "losses": {"a": 2.5, "b": 2.2}}"#
    }

    /// A JSON object with `edit` applied to `current` or `state` of a snapshot.
    static func edited(_ snapshot: Data, _ key: String, _ field: String, _ value: Any) throws -> String {
        var object = try JSONSerialization.jsonObject(with: snapshot) as! [String: Any]
        var part = object[key] as! [String: Any]
        part[field] = value
        object[key] = part
        return String(decoding: try JSONSerialization.data(withJSONObject: object), as: UTF8.self)
    }

    @Test func integersAtTheEdgeAreRefusedAndTheServerSurvives() throws {
        let dir = try Repository.temporaryDirectory("vt-overflow")
        let database = dir.appendingPathComponent("c.sqlite")
        var server = try ServerProcess(database: database)
        #expect(try server.request("PUT", "/v1/runs/r", Self.registration).status == 201)
        let max = Int.max, limit = 9_007_199_254_740_991
        let refused: [(String, String, String)] = [
            ("POST", "/v1/runs/r/reports", Self.report(step: "\(max)")),            // step + apply_delay
            ("POST", "/v1/runs/r/reports", Self.report(step: "\(limit)")),          // apply_from_step above the limit
            ("POST", "/v1/runs/r/reports", Self.report(step: "\(limit + 1)")),
            ("POST", "/v1/runs/r/reports", Self.report(step: "100", base: "\(max)")),
            ("PUT", "/v1/runs/big", Self.registration.replacingOccurrences(of: #""apply_delay": 1"#, with: #""apply_delay": \#(max)"#)),
            ("PUT", "/v1/runs/big", Self.registration.replacingOccurrences(of: #""update_every": 100"#, with: #""update_every": \#(max)"#)),
        ]
        for (method, path, body) in refused {
            let response = try server.request(method, path, body)
            #expect(response.status == 422, "\(method) \(path) \(body): \(response.status) \(String(decoding: response.body, as: UTF8.self))")
            #expect(try server.request("GET", "/healthz").status == 200, "the server survived \(body)")
        }
        // Imported states with a version or step at the edge (a report after them overflowed).
        let snapshot = try server.request("GET", "/v1/runs/r/state").body
        let imports = [try Self.edited(snapshot, "current", "version", max), try Self.edited(snapshot, "current", "version", limit + 1),
                       try Self.edited(snapshot, "state", "version", max), try Self.edited(snapshot, "current", "step", max),
                       try Self.edited(snapshot, "current", "apply_from_step", max), try Self.edited(snapshot, "state", "lastStep", max)]
        for body in imports {
            let response = try server.request("PUT", "/v1/runs/imported/state", body)
            #expect(response.status == 422, "\(response.status) \(String(decoding: response.body, as: UTF8.self))")
            #expect(try server.request("POST", "/v1/runs/imported/reports", Self.report(step: "100")).status == 404, "nothing was imported")
        }
        // Nothing poisoned the database: a restarted server serves the run and takes reports.
        server.kill9()
        server = try ServerProcess(database: database)
        let next = try server.request("POST", "/v1/runs/r/reports", Self.report(step: "100"))
        #expect(next.status == 201 && next.json["version"] as? Int == 1 && next.json["apply_from_step"] as? Int == 101)
        #expect(try server.request("GET", "/v1/runs/r/weights?version=\(max)").status == 400, "a version beyond the limit is not a version")
    }
}
