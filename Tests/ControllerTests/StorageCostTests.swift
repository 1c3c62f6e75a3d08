import Foundation
import Testing
import TestSupport

/// Findings 3 and 4 of issue 14: reads loaded every stored mixer state although replies do not
/// contain them, and every version stored the whole weight schedule again.
@Suite(.serialized) struct StorageCostTests {
    static let registration = #"{"domains": ["a", "b"], "l_init": {"a": 3.0, "b": 2.5}, "l_target": {"a": 2.0, "b": 2.0}, "policy": "velocitune", "update_every": 100}"#

    /// A run imported with a schedule of `stages` stages (a long history, consistent in every
    /// field), then `reports` reports on top of it.
    static func longRun(_ server: ServerProcess, stages: Int, reports: Int) throws {
        #expect(try server.request("PUT", "/v1/runs/seed", registration).status == 201)
        var snapshot = try JSONSerialization.jsonObject(with: try server.request("GET", "/v1/runs/seed/state").body) as! [String: Any]
        let last = stages - 1
        let weights = { (i: Int) -> [Double] in i % 2 == 0 ? [0.5, 0.5] : [0.25, 0.75] }
        var state = snapshot["state"] as! [String: Any]
        state["schedule"] = ["stages": (0..<stages).map { ["fromStep": $0, "weights": weights($0)] }]
        state["weights"] = weights(last)
        state["version"] = last
        state["lastStep"] = last
        state["lastVelocity"] = [0.5, 0.4]
        snapshot["state"] = state
        snapshot["current"] = ["version": last, "step": last, "apply_from_step": last, "weights": ["a": weights(last)[0], "b": weights(last)[1]],
                               "velocity": ["a": 0.5, "b": 0.4], "losses": ["a": 2.5, "b": 2.2], "superseded": false, "created_at": 0.0]
        snapshot["id"] = "long"
        let body = String(decoding: try JSONSerialization.data(withJSONObject: snapshot), as: UTF8.self)
        let imported = try server.request("PUT", "/v1/runs/long/state", body)
        #expect(imported.status == 201, "\(String(decoding: imported.body.prefix(300), as: UTF8.self))")
        var base = last
        for k in 1...reports {
            let step = last + k
            let reply = try server.request("POST", "/v1/runs/long/reports",
                                           #"{"step": \#(step), "base_version": \#(base), "losses": {"a": \#(2.5 - 0.001 * Double(k)), "b": 2.2}}"#)
            #expect(reply.status == 201)
            base = reply.json["version"] as? Int ?? base
        }
    }

    static func peakResidentMB(_ server: ServerProcess) throws -> Double {
        let status = try String(contentsOfFile: "/proc/\(server.process.processIdentifier)/status", encoding: .utf8)
        let line = status.split(separator: "\n").first { $0.hasPrefix("VmHWM:") } ?? ""
        return Double(line.split(separator: " ").dropFirst().first ?? "0").map { $0 / 1024 } ?? 0
    }

    /// Finding 3: `GET /versions` and `/export` select only what they return. With 80 versions
    /// on top of a 20,000-stage history, four concurrent reads of each raise the server's peak
    /// memory by tens of megabytes at most (they loaded every version's copy of the schedule: > 100 MB).
    @Test func readsLoadOnlyWhatTheyReturn() throws {
        let dir = try Repository.temporaryDirectory("vt-reads")
        let server = try ServerProcess(database: dir.appendingPathComponent("c.sqlite"))
        try Self.longRun(server, stages: 20_000, reports: 80)
        _ = try server.request("GET", "/v1/runs/long/export")
        let before = try Self.peakResidentMB(server)
        let port = server.port
        let paths = Array(repeating: "/v1/runs/long/versions", count: 4) + Array(repeating: "/v1/runs/long/export", count: 4)
        let statuses = ResultBox(count: paths.count)
        DispatchQueue.concurrentPerform(iterations: paths.count) { i in
            let status = (try? HTTPTestClient.request("GET", port: port, path: paths[i]).status) ?? 0
            statuses.set(i, ["\(status)"])
        }
        #expect(statuses.values.allSatisfy { $0 == ["200"] })
        let growth = try Self.peakResidentMB(server) - before
        #expect(growth < 50, "peak resident memory grew by \(growth) MB over 8 concurrent reads")
    }
}

extension StorageCostTests {
    /// Finding 4: a version costs O(domains). 80 versions on top of a 20,000-stage history take
    /// a few kilobytes each (each stored its own copy of the schedule, about 0.9 MB: 72 MB).
    @Test func aVersionCostsItsDomainsNotItsHistory() throws {
        let dir = try Repository.temporaryDirectory("vt-size")
        let database = dir.appendingPathComponent("c.sqlite")
        let server = try ServerProcess(database: database)
        try Self.longRun(server, stages: 20_000, reports: 80)
        let bytes = try ["", "-wal"].reduce(0) { total, suffix in
            let path = database.path + suffix
            guard FileManager.default.fileExists(atPath: path) else { return total }
            return total + (try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int ?? 0)
        }
        #expect(bytes < 8 << 20, "the database and its journal take \(bytes) bytes")
        // The rebuilt schedule is the imported one plus one stage per changed version.
        let state = try server.request("GET", "/v1/runs/long/state").json["state"] as? [String: Any]
        #expect(((state?["schedule"] as? [String: Any])?["stages"] as? [Any])?.count == 20_080)
    }
}
