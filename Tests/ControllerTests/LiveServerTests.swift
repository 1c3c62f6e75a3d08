import Foundation
import Testing
import TestSupport

@Suite(.serialized) struct LiveServerTests {
    let registration = #"{"domains": ["shell", "code"], "l_init": {"shell": 3.0, "code": 2.5}, "l_target": {"shell": 2.0, "code": 2.0}, "policy": "velocitune", "update_every": 100}"#

    func report(step: Int, base: Int, shell: String = "2.5", code: String = "2.2") -> String {
        #"{"step": \#(step), "base_version": \#(base), "losses": {"shell": \#(shell), "code": \#(code)}, "tokens": \#(step * 1000)}"#
    }

    @Test func theProtocolOverARealSocket() throws {
        let dir = try Repository.temporaryDirectory("vt-serve")
        let token = "s3cret-token-0123456789"
        let server = try ServerProcess(database: dir.appendingPathComponent("c.sqlite"), token: token)
        #expect(try server.request("GET", "/healthz").status == 200, "health needs no token")
        // Authentication.
        #expect(try server.request("PUT", "/v1/runs/a", registration).status == 401)
        let wrong = try server.request("PUT", "/v1/runs/a", registration, token: "s3cret-token-012345678N")
        #expect(wrong.status == 401 && wrong.headers["content-type"] == "application/problem+json")
        #expect(wrong.json["type"] as? String == "urn:velocitune:problem:unauthorized")
        // Registration: created, repeated, conflicting.
        let created = try server.request("PUT", "/v1/runs/a", registration, token: token)
        #expect(created.status == 201 && created.json["version"] as? Int == 0)
        #expect(try server.request("PUT", "/v1/runs/a", registration, token: token).status == 200)
        let conflict = try server.request("PUT", "/v1/runs/a", registration.replacingOccurrences(of: "100}", with: "50}"), token: token)
        #expect(conflict.status == 409 && (conflict.json["detail"] as? String)?.contains("update_every") == true, "\(String(decoding: conflict.body, as: UTF8.self))")
        // Reports, idempotency and a fork.
        let first = try server.request("POST", "/v1/runs/a/reports", report(step: 100, base: 0), token: token)
        #expect(first.status == 201 && first.json["version"] as? Int == 1 && first.json["apply_from_step"] as? Int == 100)
        let weights = first.json["weights"] as! [String: Double]
        #expect(abs(weights.values.reduce(0, +) - 1) < 1e-12)
        let repeated = try server.request("POST", "/v1/runs/a/reports", report(step: 100, base: 0), token: token)
        #expect(repeated.status == 200 && repeated.body == first.body)
        #expect(try server.request("POST", "/v1/runs/a/reports", report(step: 200, base: 1), token: token).status == 201)
        let fork = try server.request("POST", "/v1/runs/a/reports", report(step: 250, base: 1, shell: "2.4"), token: token)
        #expect(fork.status == 201 && fork.json["version"] as? Int == 3)
        let versionList = try server.request("GET", "/v1/runs/a/versions", token: token)
        let versions = versionList.json["versions"] as! [[String: Any]]
        #expect(versions.map { $0["superseded"] as! Bool } == [false, false, true, false])
        // The list is written from the stored JSON: each element is the version's own reply, byte for byte.
        let singles = try (0..<4).map { try server.request("GET", "/v1/runs/a/weights?version=\($0)", token: token).body }
        #expect(versionList.body == Data("{\"versions\":[".utf8) + singles.joined(separator: Data(",".utf8)) + Data("]}".utf8))
        #expect(try server.request("GET", "/v1/runs/a/weights", token: token).json["version"] as? Int == 3)
        #expect(try server.request("GET", "/v1/runs/a/weights?version=2", token: token).json["superseded"] as? Bool == true)
        #expect(try server.request("POST", "/v1/runs/a/reports", report(step: 300, base: 2), token: token).status == 409)
        let export = try server.request("GET", "/v1/runs/a/export", token: token)
        #expect(export.status == 200 && (export.json["versions"] as? [Any])?.count == 4)
        // Rebuild on a fresh controller from the state endpoint.
        let state = try server.request("GET", "/v1/runs/a/state", token: token)
        let other = try ServerProcess(database: dir.appendingPathComponent("fresh.sqlite"))
        #expect(try other.request("PUT", "/v1/runs/a/state", String(decoding: state.body, as: UTF8.self)).status == 201)
        #expect(try other.request("GET", "/v1/runs/a/weights").json["weights"] as? [String: Double] == fork.json["weights"] as? [String: Double])
        // Every 4xx case.
        let cases: [(String, String, String?, Int, String)] = [
            ("POST", "/v1/runs/a/reports", "{not json", 400, "malformed-body"),
            ("POST", "/v1/runs/a/reports", "", 400, "malformed-body"),
            ("POST", "/v1/runs/a/reports", #"{"step": 400}"#, 400, "malformed-body"),
            ("PUT", "/v1/runs/bad%20id", registration, 400, "non-canonical-path"),
            ("PUT", "/v1/runs/" + String(repeating: "x", count: 129), registration, 400, "invalid-run-id"),
            ("GET", "/v1/runs/a/weights?version=x", nil, 400, "malformed-body"),
            ("GET", "/v1/runs/zzz/weights", nil, 404, "run-not-found"),
            ("GET", "/v1/runs/a/weights?version=99", nil, 404, "version-not-found"),
            ("GET", "/v1/nothing", nil, 404, "not-found"),
            ("DELETE", "/v1/runs/a", nil, 405, "method-not-allowed"),
            ("POST", "/v1/runs/a/weights", "{}", 405, "method-not-allowed"),
            ("GET", "/v1/runs/a/reports/x", nil, 404, "not-found"),
            ("POST", "/v1/runs/a/reports", report(step: 400, base: 3, shell: "NaN"), 422, "invalid-values"),
            ("POST", "/v1/runs/a/reports", report(step: 400, base: 3, shell: "Infinity"), 422, "invalid-values"),
            ("POST", "/v1/runs/a/reports", #"{"step": 400, "base_version": 3, "losses": {"shell": 2.0}}"#, 422, "invalid-values"),
            ("POST", "/v1/runs/a/reports", #"{"step": 400, "base_version": 3, "losses": {"shell": 2.0, "code": 2.0, "math": 1.0}}"#, 422, "invalid-values"),
            ("PUT", "/v1/runs/b", registration.replacingOccurrences(of: "velocitune", with: "replay"), 422, "invalid-values"),
            ("POST", "/v1/runs/a/reports", "{\"pad\": \"" + String(repeating: "x", count: 2 << 20) + "\"}", 413, "body-too-large"),
        ]
        for (method, path, body, status, type) in cases {
            let response = try server.request(method, path, body, token: token)
            #expect(response.status == status, "\(method) \(path): \(response.status) \(String(decoding: response.body, as: UTF8.self).prefix(200))")
            #expect(response.json["type"] as? String == "urn:velocitune:problem:\(type)", "\(method) \(path)")
            #expect(response.json["status"] as? Int == status && response.json["instance"] != nil)
        }
        #expect(try server.request("GET", "/v1/runs/a/weights", token: token).json["version"] as? Int == 3, "4xx changed nothing")
        #expect(try server.request("TRACE", "/healthz").headers["allow"] == "GET, HEAD")
        #expect(try server.request("PATCH", "/v1/runs/a/state", token: token).headers["allow"] == "GET, HEAD, PUT")
    }

    @Test func killNineLosesNoAcknowledgedReport() throws {
        let dir = try Repository.temporaryDirectory("vt-kill")
        let database = dir.appendingPathComponent("c.sqlite")
        var server = try ServerProcess(database: database)
        #expect(try server.request("PUT", "/v1/runs/k", registration).status == 201)
        var acknowledged: [Int: Data] = [:]
        var base = 0
        for step in stride(from: 100, through: 1000, by: 100) {
            let reply = try server.request("POST", "/v1/runs/k/reports", report(step: step, base: base, shell: "\(3.0 - Double(step) / 1000)"))
            #expect(reply.status == 201)
            base = reply.json["version"] as! Int
            acknowledged[base] = reply.body
            if step == 500 {
                server.kill9()
                server = try ServerProcess(database: database)
            }
        }
        server.kill9()
        server = try ServerProcess(database: database)
        for (version, body) in acknowledged {
            let stored = try server.request("GET", "/v1/runs/k/weights?version=\(version)")
            let acknowledgedWeights = (try JSONSerialization.jsonObject(with: body) as! [String: Any])["weights"] as? [String: Double]
            #expect(stored.status == 200 && stored.json["weights"] as? [String: Double] == acknowledgedWeights)
        }
        #expect(try server.request("GET", "/v1/runs/k/weights").json["version"] as? Int == 10)
    }

    @Test func concurrentClientsOnDifferentRunsMatchSequentialOnes() throws {
        let dir = try Repository.temporaryDirectory("vt-conc")
        let runs = (0..<8).map { "run-\($0)" }
        let registration = self.registration
        @Sendable func drive(_ port: Int, _ run: String, _ index: Int) throws -> [String] {
            _ = try HTTPTestClient.request("PUT", port: port, path: "/v1/runs/\(run)", body: registration)
            var base = 0
            var replies: [String] = []
            for k in 1...15 {
                let shell = 3.0 - 0.05 * Double(k) * Double(index + 1) / 4, code = 2.5 - 0.02 * Double(k)
                let body = #"{"step": \#(100 * k), "base_version": \#(base), "losses": {"shell": \#(shell), "code": \#(code)}}"#
                let reply = try HTTPTestClient.request("POST", port: port, path: "/v1/runs/\(run)/reports", body: body)
                base = reply.json["version"] as! Int
                let weights = (reply.json["weights"] as? [String: Double] ?? [:]).sorted { $0.key < $1.key }
                replies.append("\(reply.json["version"]!) " + weights.map { "\($0.key)=\($0.value)" }.joined(separator: " "))
            }
            return replies
        }
        let sequentialServer = try ServerProcess(database: dir.appendingPathComponent("seq.sqlite"))
        let sequential = try runs.enumerated().map { try drive(sequentialServer.port, $1, $0) }
        let concurrentServer = try ServerProcess(database: dir.appendingPathComponent("conc.sqlite"))
        let port = concurrentServer.port
        let results = ResultBox(count: runs.count)
        DispatchQueue.concurrentPerform(iterations: runs.count) { i in
            results.set(i, (try? drive(port, runs[i], i)) ?? ["failed"])
        }
        #expect(results.values == sequential)
    }

    @Test func refusesToExposeAnUnauthenticatedController() throws {
        let dir = try Repository.temporaryDirectory("vt-bind")
        let result = try CLIRunner.run(["serve", "--host", "0.0.0.0", "--port", "0", "--db", dir.appendingPathComponent("c.sqlite").path])
        #expect(result.status == 2 && result.stderr.contains("not a loopback address"))
    }
}

/// Results written by concurrent workers, each to its own slot.
final class ResultBox: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [[String]]
    init(count: Int) { slots = Array(repeating: [], count: count) }
    func set(_ i: Int, _ value: [String]) { lock.lock(); slots[i] = value; lock.unlock() }
    var values: [[String]] { lock.lock(); defer { lock.unlock() }; return slots }
}
