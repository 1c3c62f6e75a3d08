import Foundation
import Testing
import TestSupport

/// Finding 9 of issue 14: `PUT /state` checked nothing of `current` (weights off the simplex or
/// over unknown domains were stored and served by `GET /weights`; negative versions and steps
/// were accepted; the body's id was ignored), and NaN in current.velocity answered 500
/// (finding 8). Every field is checked; a refused import stores nothing.
@Suite(.serialized) struct ImportedStateTests {
    static let domains = #"["shell", "code", "math"]"#
    static let registration = #"{"domains": \#(domains), "l_init": {"shell": 3.0, "code": 2.5, "math": 2.0}, "l_target": {"shell": 2.0, "code": 2.0, "math": 1.5}, "policy": "velocitune", "update_every": 100, "apply_delay": 10}"#

    /// The state of a registered run with one report, as a mutable JSON object.
    static func snapshot(_ server: ServerProcess) throws -> [String: Any] {
        #expect(try server.request("PUT", "/v1/runs/source", registration).status == 201)
        let report = #"{"step": 100, "base_version": 0, "losses": {"shell": 2.6, "code": 2.2, "math": 1.9}}"#
        #expect(try server.request("POST", "/v1/runs/source/reports", report).status == 201)
        return try JSONSerialization.jsonObject(with: try server.request("GET", "/v1/runs/source/state").body) as! [String: Any]
    }

    static func text(_ object: [String: Any]) throws -> String {
        String(decoding: try JSONSerialization.data(withJSONObject: object), as: UTF8.self)
    }

    /// `object` with the value at `path` (keys, then the last key) replaced by `value`, or
    /// removed when `value` is nil. NaN is written as the token NaN.
    static func edited(_ object: [String: Any], _ path: [String], _ value: Any?) throws -> String {
        func set(_ object: [String: Any], _ path: ArraySlice<String>) -> [String: Any] {
            var object = object
            if path.count == 1 { object[path.first!] = value } else { object[path.first!] = set(object[path.first!] as? [String: Any] ?? [:], path.dropFirst()) }
            return object
        }
        return try text(set(object, path[...])).replacingOccurrences(of: "\"__NaN__\"", with: "NaN")
    }

    @Test func everyFieldOfAnImportedStateIsChecked() throws {
        let dir = try Repository.temporaryDirectory("vt-state")
        let server = try ServerProcess(database: dir.appendingPathComponent("c.sqlite"))
        let snapshot = try Self.snapshot(server)
        let nan = "__NaN__"
        let refused: [([String], Any?)] = [
            (["current", "velocity"], ["shell": nan, "code": 0.5, "math": 0.5]),                     // finding 8: NaN served, 500
            (["current", "velocity"], ["shell": 7.0, "code": 0.5, "math": 0.5]),
            (["current", "weights"], ["shell": 1e300, "code": -5, "math": 0]),                     // finding 9
            (["current", "weights"], ["shell": 0.5, "code": 0.5, "math": 0, "prose": 0]),
            (["current", "weights"], ["shell": 0.5, "code": 0.5]),
            (["current", "weights"], ["shell": 0.2, "code": 0.3, "math": 0.5]),                     // not the state's weights
            (["current", "losses"], ["shell": nan, "code": 2.2, "math": 1.9]),
            (["current", "losses"], ["shell": -1, "code": 2.2, "math": 1.9]),
            (["current", "losses"], ["cobol": 1, "code": 2.2, "math": 1.9]),
            (["current", "version"], -1),
            (["current", "step"], -100),
            (["current", "apply_from_step"], -1),
            (["current", "apply_from_step"], 99),
            (["current", "apply_from_step"], 111),
            (["current", "tokens"], -5),
            (["state", "version"], -1),
            (["state", "version"], 0),
            (["state", "lastStep"], 500),
            (["state", "lastVelocity"], [nan, 0.5, 0.5]),
            (["state", "lastVelocity"], [0.5]),
            (["state", "schedule"], ["stages": [] as [Any]]),
            (["state", "schedule"], ["stages": [["fromStep": 5, "weights": [0.3, 0.3, 0.4]]]]),
            (["state", "schedule"], ["stages": [["fromStep": 0, "weights": [nan, 0.5, 0.5]]]]),
            (["id"], "another-run"),
        ]
        for (path, value) in refused {
            let response = try server.request("PUT", "/v1/runs/imported/state", try Self.edited(snapshot, path, value))
            #expect(response.status == 422, "\(path) = \(value ?? "absent"): \(response.status) \(String(decoding: response.body, as: UTF8.self))")
            #expect(try server.request("GET", "/v1/runs/imported/weights").status == 404, "\(path) imported nothing")
        }
        // The unchanged snapshot imports, also without its id; what is served is what was checked.
        let imported = try server.request("PUT", "/v1/runs/imported/state", try Self.edited(snapshot, ["id"], nil))
        #expect(imported.status == 201)
        let served = try server.request("GET", "/v1/runs/imported/weights").json["weights"] as? [String: Double]
        #expect(served == (snapshot["current"] as? [String: Any])?["weights"] as? [String: Double])
    }
}
